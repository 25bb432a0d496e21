// Plain Node. `npm run doctor -- report --in <report.json> --html <out.html> [--pdf <out.pdf>] [--appendix]` renders a
// report file (in English, or the language --lang names); `npm run doctor -- report verify <report.json>`
// exits 0 only when its digest matches. Its own lines come from the text catalogue (`cli.report.*`).
import { paperFor } from '@shared/report/paper-size';
import { parseArgs } from 'node:util';
import { writeFileDurably } from '@main/infra/durable-file';
import { htmlToPdfWithChromium } from '@main/reports/chromium-pdf';
import { readReportFile, ReportFileError, type OpenedReport } from '@main/reports/read-report-file';
import { renderReportHtml } from '@main/reports/render-html';
import { isLanguage, textIn } from '@shared/text/languages';
import type { CliCommand, CliIo } from './cli-command';
import { cliText } from '../cli-language';

/** A file the user named: its folder must exist, and it is theirs to share. */
const USER_FILE = { createDir: false, mode: 0o644 };

const VERIFY_USAGE = 'report verify <report.json>';
const USAGE =
  'report --in <report.json> --html <out.html> [--pdf <out.pdf>] [--paper A4|Letter] [--lang en|de] [--appendix] | report verify <report.json>';
type T = ReturnType<typeof textIn>;

async function open(file: string, io: CliIo, t: T): Promise<OpenedReport | null> {
  try {
    return await readReportFile(file);
  } catch (error) {
    io.err(
      t('cli.failed', {
        command: 'report',
        message:
          error instanceof ReportFileError
            ? t(`errors.${error.text.key}`, error.text.params)
            : t('cli.report.unreadable'),
      }),
    );
    return null;
  }
}

async function verify(argv: string[], io: CliIo, t: T): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    io.err(t('cli.run.usage', { usage: VERIFY_USAGE }));
    return 2;
  }
  const opened = await open(file, io, t);
  if (!opened) return 2;
  if (opened.digest === 'match') {
    io.out(t('cli.report.verified', { digest: opened.report.integrity?.digest ?? '' }));
    return 0;
  }
  io.err(opened.digest === 'missing' ? t('cli.report.noDigest') : t('cli.report.mismatch'));
  return 1;
}

async function render(argv: string[], io: CliIo, t: T): Promise<number> {
  let values: { in?: string; html?: string; pdf?: string; paper?: string; lang?: string; appendix?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        in: { type: 'string' },
        html: { type: 'string' },
        pdf: { type: 'string' },
        paper: { type: 'string' },
        lang: { type: 'string' },
        appendix: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(t('cli.badArgs', { command: 'report', message: (error as Error).message, usage: USAGE }));
    return 2;
  }
  if (!values.in || (!values.html && !values.pdf)) {
    io.err(t('cli.run.usage', { usage: USAGE }));
    return 2;
  }
  if (values.paper && values.paper !== 'A4' && values.paper !== 'Letter') {
    io.err(t('cli.report.badPaper'));
    return 2;
  }
  if (values.lang !== undefined && !isLanguage(values.lang)) {
    io.err(t('cli.report.badLang'));
    return 2;
  }
  const language = isLanguage(values.lang) ? values.lang : 'en';
  const opened = await open(values.in, io, t);
  if (!opened) return 2;
  if (opened.digest !== 'match') io.err(t('cli.report.unverifiedWarning'));
  const paper = values.paper as 'A4' | 'Letter' | undefined;
  // The one-page handover; --appendix adds the full evidence and raw responses after it.
  const appendix = values.appendix === true;
  if (values.html) {
    await writeFileDurably(
      values.html,
      await renderReportHtml(opened.report, { digest: opened.digest, language, appendix }),
      USER_FILE,
    );
    io.out(t('cli.report.wrote', { file: values.html }));
  }
  if (values.pdf) {
    try {
      await writeFileDurably(
        values.pdf,
        await htmlToPdfWithChromium(
          await renderReportHtml(opened.report, {
            digest: opened.digest,
            paper: paper ?? paperFor(language),
            language,
            appendix,
          }),
        ),
        USER_FILE,
      );
    } catch (error) {
      io.err(t('cli.failed', { command: 'report', message: (error as Error).message }));
      return 1;
    }
    io.out(t('cli.report.wrote', { file: values.pdf }));
  }
  return 0;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: textIn('en')('cli.summary.report'),
  usage: USAGE,
  run: (argv, io) =>
    argv[0] === 'verify' ? verify(argv.slice(1), io, cliText(argv)) : render(argv, io, cliText(argv)),
};
