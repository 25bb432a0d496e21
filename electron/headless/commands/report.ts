// Plain Node. `npm run doctor -- report --in <report.json> --html <out.html> [--pdf <out.pdf>]` renders a
// report file; `npm run doctor -- report verify <report.json>` exits 0 only when its digest matches.
import { parseArgs } from 'node:util';
import { writeFileDurably } from '../../infra/durable-file';
import { htmlToPdfWithChromium } from '../../reports/chromium-pdf';
import { readReportFile, ReportFileError, type OpenedReport } from '../../reports/read-report-file';
import { renderReportHtml } from '../../reports/render-html';
import type { CliCommand, CliIo } from './index';

/** A file the user named: its folder must exist, and it is theirs to share. */
const USER_FILE = { createDir: false, mode: 0o644 };

const USAGE = 'report --in <report.json> --html <out.html> [--pdf <out.pdf>] [--paper A4|Letter] | report verify <report.json>';

async function open(file: string, io: CliIo): Promise<OpenedReport | null> {
  try {
    return await readReportFile(file);
  } catch (error) {
    io.err(`report: ${error instanceof ReportFileError ? error.message : 'the file could not be read.'}`);
    return null;
  }
}

async function verify(argv: string[], io: CliIo): Promise<number> {
  const file = argv[0];
  if (!file || argv.length > 1) {
    io.err(`Usage: npm run doctor -- report verify <report.json>`);
    return 2;
  }
  const opened = await open(file, io);
  if (!opened) return 2;
  if (opened.digest === 'match') {
    io.out(`OK: the digest matches (sha256 ${opened.report.integrity?.digest}); the report is as exported.`);
    return 0;
  }
  io.err(
    opened.digest === 'missing'
      ? 'NOT VERIFIED: the report has no integrity digest.'
      : 'MISMATCH: the report was changed after it was exported. Ask for the original file.',
  );
  return 1;
}

async function render(argv: string[], io: CliIo): Promise<number> {
  let values: { in?: string; html?: string; pdf?: string; paper?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { in: { type: 'string' }, html: { type: 'string' }, pdf: { type: 'string' }, paper: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    io.err(`report: ${(error as Error).message}\nUsage: npm run doctor -- ${USAGE}`);
    return 2;
  }
  if (!values.in || (!values.html && !values.pdf)) {
    io.err(`Usage: npm run doctor -- ${USAGE}`);
    return 2;
  }
  if (values.paper && values.paper !== 'A4' && values.paper !== 'Letter') {
    io.err('report: --paper must be A4 or Letter.');
    return 2;
  }
  const opened = await open(values.in, io);
  if (!opened) return 2;
  if (opened.digest !== 'match') io.err('Warning: this report was changed after export or has no digest; the output says so too.');
  const paper = values.paper as 'A4' | 'Letter' | undefined;
  if (values.html) {
    await writeFileDurably(values.html, await renderReportHtml(opened.report, { digest: opened.digest }), USER_FILE);
    io.out(`Wrote ${values.html}`);
  }
  if (values.pdf) {
    try {
      await writeFileDurably(values.pdf, await htmlToPdfWithChromium(await renderReportHtml(opened.report, { digest: opened.digest, paper: paper ?? 'A4' })), USER_FILE);
    } catch (error) {
      io.err(`report: ${(error as Error).message}`);
      return 1;
    }
    io.out(`Wrote ${values.pdf}`);
  }
  return 0;
}

export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'Render a report file as HTML/PDF, or verify its integrity digest.',
  usage: USAGE,
  run: (argv, io) => (argv[0] === 'verify' ? verify(argv.slice(1), io) : render(argv, io)),
};
