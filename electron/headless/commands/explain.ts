// Plain Node. `npm run doctor -- explain "<text>"` (or `--file <path>`, `--file -` for stdin; `--format
// json`): names the cause of a pasted Tesla error — who fixes it, the fix, the check to run — from the error
// catalogue, offline. Text it does not know is said to be unknown, with the nearest known causes.
import { readFile, stat } from 'node:fs/promises';
import type { CauseActor } from '@shared/tesla/error-catalogue';
import { explainError, type ExplainResult } from '@shared/tesla/explain-error';
import type { CliCommand, CliIo } from './cli-command';
import { parseCommandArgs } from './parse-command-args';

const USAGE = 'explain "<error text>" | explain --file <path|-> [--format text|json]';
/** More than any log excerpt a person would paste; a bigger file is refused, not half-read silently. */
const MAX_FILE_BYTES = 1024 * 1024;

/** Who fixes it, said to the installer or support desk reading it. */
export const ACTOR_WORDS: Record<CauseActor, string> = {
  customer: 'the customer (in the Tesla app or at the car)',
  installer: 'you, on site (or in Tesla One / Powerhub)',
  platform: 'the energy platform (its Tesla developer account) — nobody on site can fix this',
  tesla_support: 'Tesla (support or service)',
  wait: 'nobody — it passes by itself',
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_FILE_BYTES) throw new Error(`the input is larger than ${MAX_FILE_BYTES / 1024} KB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readText(file: string): Promise<string> {
  if (file === '-') return readStdin();
  const info = await stat(file);
  if (!info.isFile()) throw new Error(`${file} is not a file`);
  if (info.size > MAX_FILE_BYTES)
    throw new Error(`${file} is larger than ${MAX_FILE_BYTES / 1024} KB; paste the error lines only`);
  return readFile(file, 'utf8');
}

export function formatExplanation(r: ExplainResult): string[] {
  if (!r.matched) {
    const lines = ['Not recognised: ' + r.hint];
    if (r.nearest.length > 0) {
      lines.push('', 'Nearest known causes (not a diagnosis):');
      for (const n of r.nearest) lines.push(`  - ${n.title} [${n.cause}] — who: ${n.actor}; check: ${n.checkId}`);
    }
    return lines;
  }
  const how =
    r.confidence === 'high'
      ? 'matched a known text'
      : r.confidence === 'medium'
        ? 'from the HTTP status only'
        : 'from the HTTP status only, which has several causes';
  return [
    `Cause: ${r.title} [${r.cause}]`,
    `What it means: ${r.meaning}`,
    `Who fixes it: ${ACTOR_WORDS[r.actor]}`,
    ...(r.waitUntil ? [`Until: ${r.waitUntil}`] : []),
    ...(r.retryAfterSeconds !== undefined ? [`Tesla asked to wait: ${r.retryAfterSeconds} s`] : []),
    `Fix: ${r.fix.summary}`,
    ...r.fix.steps.map((s, i) => `  ${i + 1}. ${s}`),
    `Check to run: ${r.checkId}`,
    `Confidence: ${r.confidence} (${how})${r.via ? `; the message came through ${r.via}` : ''}`,
  ];
}

export const explainCommand: CliCommand = {
  name: 'explain',
  summary: 'Name the cause of a Tesla error text, who fixes it and how (offline)',
  usage: USAGE,
  async run(argv: string[], io: CliIo): Promise<number> {
    const parsed = parseCommandArgs(this, argv, io, { file: { type: 'string' }, format: { type: 'string' } }, true);
    if (!parsed) return 2;
    const { values, positionals } = parsed;
    if ((values.file === undefined) === (positionals.length === 0)) {
      io.err(`explain: give the error text or --file, not both and not neither.\nUsage: npm run doctor -- ${USAGE}`);
      return 2;
    }
    let text: string;
    try {
      text = values.file !== undefined ? await readText(values.file) : positionals.join(' ');
    } catch (error) {
      io.err(`explain: ${(error as Error).message}`);
      return 2;
    }
    const result = explainError(text);
    if (values.format === 'json') io.out(JSON.stringify(result, null, 2));
    else for (const line of formatExplanation(result)) io.out(line);
    return 0;
  },
};
