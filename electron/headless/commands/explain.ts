// Plain Node. `npm run doctor -- explain "<text>"` (or `--file <path>`, `--file -` for stdin; `--format
// json`; `--lang en|de`): names the cause of a pasted Tesla error — who fixes it, the fix, the check to run —
// from the error catalogue, offline, in the language asked (English by default). Text it does not know is
// said to be unknown, with the nearest known causes, and the exact text is asked for.
import { readFile, stat } from 'node:fs/promises';
import { isLanguage, textIn, type Translate } from '@shared/text/languages';
import { explainError, type ExplainResult } from '@shared/tesla/explain-error';
import type { CliCommand, CliIo } from './cli-command';
import { parseCommandArgs } from './parse-command-args';

const USAGE = 'explain "<error text>" | explain --file <path|-> [--format text|json] [--lang en|de]';
/** More than any log excerpt a person would paste; a bigger file is refused, not half-read silently. */
const MAX_FILE_BYTES = 1024 * 1024;
const MAX_KB = MAX_FILE_BYTES / 1024;

/** An input that cannot be read, said in the terminal's words. */
class InputError extends Error {}

async function readStdin(t: Translate): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new InputError(t('cli.explain.stdinTooLarge', { kb: MAX_KB }));
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readText(file: string, t: Translate): Promise<string> {
  if (file === '-') return readStdin(t);
  const info = await stat(file);
  if (!info.isFile()) throw new InputError(t('cli.explain.notAFile', { file }));
  if (info.size > MAX_FILE_BYTES) throw new InputError(t('cli.explain.fileTooLarge', { file, kb: MAX_KB }));
  return readFile(file, 'utf8');
}

export function formatExplanation(r: ExplainResult, t: Translate = textIn('en')): string[] {
  if (!r.matched) {
    const lines = [t('cli.explain.notRecognised', { hint: r.hint })];
    if (r.nearest.length > 0) {
      lines.push('', t('cli.explain.nearest'));
      for (const n of r.nearest)
        lines.push(
          t('cli.explain.nearestLine', {
            title: n.title,
            cause: n.cause,
            actor: t(`cli.explain.actor.${n.actor}`),
            check: n.checkId,
          }),
        );
    }
    return lines;
  }
  return [
    t('cli.explain.cause', { title: r.title, cause: r.cause }),
    t('cli.explain.meaning', { meaning: r.meaning }),
    t('cli.explain.who', { who: t(`cli.explain.actor.${r.actor}`) }),
    ...(r.waitUntil ? [t('cli.explain.until', { until: r.waitUntil })] : []),
    ...(r.retryAfterSeconds !== undefined ? [t('cli.explain.wait', { seconds: r.retryAfterSeconds })] : []),
    t('cli.explain.fix', { summary: r.fix.summary }),
    ...r.fix.steps.map((s, i) => `  ${i + 1}. ${s}`),
    t('cli.explain.check', { check: r.checkId }),
    t(r.via ? 'cli.explain.confidenceVia' : 'cli.explain.confidence', {
      level: t(`cli.explain.level.${r.confidence}`),
      how: t(`cli.explain.how.${r.confidence}`),
      ...(r.via ? { via: r.via } : {}),
    }),
    ...(r.hint ? [r.hint] : []),
  ];
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: textIn('en')('cli.summary.explain'),
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(
      this,
      argv,
      io,
      { file: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' } },
      true,
    );
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    // parseCommandArgs has refused any --lang but en|de.
    const t = textIn(isLanguage(values.lang) ? values.lang : 'en');
    if ((values.file === undefined) === (positionals.length === 0)) {
      io.err(t('cli.explain.oneInput', { usage: USAGE }));
      return 2;
    }
    let text: string;
    try {
      text = values.file !== undefined ? await readText(values.file, t) : positionals.join(' ');
    } catch (error) {
      io.err(t('cli.failed', { command: 'explain', message: (error as Error).message }));
      return 2;
    }
    const result = explainError(text, t);
    if (values.format === 'json') io.out(JSON.stringify(result, null, 2));
    else for (const line of formatExplanation(result, t)) io.out(line);
    return 0;
  },
};
