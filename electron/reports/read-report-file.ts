// Main process (plain Node). Reads a report someone sends to support: untrusted input. Every way it can be
// wrong (too big, empty, not JSON, cut off, another program's JSON, a newer or broken report) ends in a
// ReportFileError whose message says what is wrong and what to do; nothing throws past it.
import { readFile, stat } from 'node:fs/promises';
import { REPORT_SCHEMA_ID, ReportSchema, type Report } from '../../shared/report/report-schema';
import { checkDigest, type DigestState } from './report-digest';

/** Reports are a few hundred kB at most; anything far bigger is not one (and must not exhaust memory). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReportFileProblem = 'too_large' | 'empty' | 'not_json' | 'truncated' | 'foreign' | 'newer_version' | 'invalid' | 'unreadable';

export class ReportFileError extends Error {
  constructor(
    readonly problem: ReportFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ReportFileError';
  }
}

export interface OpenedReport {
  report: Report;
  /** match: unchanged since export; mismatch: edited after export; missing: no digest in the file. */
  digest: DigestState;
}

function looksTruncated(text: string, error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  // Any complaint about the very end (`Expected property name … at position <end>`) is a cut too.
  const position = /at position (\d+)/.exec(message);
  const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
  return (atEnd || /end of (JSON )?input|Unterminated|Expected .* after/i.test(message)) && /^\s*[{[]/.test(text);
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const shown = error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(top level)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (and ${error.issues.length - 3} more)` : '';
  return shown.join('; ') + more;
}

/** Parses a report from its text. Throws ReportFileError only. */
export function parseReportText(text: string): OpenedReport {
  if (text.length > MAX_REPORT_BYTES) {
    throw new ReportFileError('too_large', 'This file is too large to be a report (over 20 MB). Check that you picked the .json report file.');
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReportFileError('empty', 'This file is empty. Ask the installer to export the report again.');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    if (looksTruncated(body, error)) {
      throw new ReportFileError('truncated', 'This report file is cut off (it ends early). Ask for the file again; it may have been damaged while copying.');
    }
    throw new ReportFileError('not_json', 'This file is not a report: it is not JSON. Open the .json file exported by Tesla Connect Doctor.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ReportFileError('foreign', 'This JSON file is not a Tesla Connect Doctor report. Open the .json file the app exported.');
  }
  const schemaId = (raw as Record<string, unknown>).schema;
  if (typeof schemaId === 'string' && schemaId.startsWith('tesla-connect-doctor/report@') && schemaId !== REPORT_SCHEMA_ID) {
    throw new ReportFileError('newer_version', `This report uses format "${schemaId.slice(0, 60)}", which this version of the app cannot read. Update the app and open it again.`);
  }
  if (schemaId !== REPORT_SCHEMA_ID) {
    throw new ReportFileError('foreign', 'This JSON file is not a Tesla Connect Doctor report (it has no report format id). Open the .json file the app exported.');
  }
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ReportFileError('invalid', `This report is damaged or was edited by hand and cannot be shown: ${describeIssues(parsed.error)}. Ask for the file again.`);
  }
  let digest: DigestState;
  try {
    digest = checkDigest(raw as Record<string, unknown>);
  } catch {
    digest = 'mismatch';
  }
  return { report: parsed.data, digest };
}

/** Reads and parses a report file, refusing huge files before reading them. */
export async function readReportFile(file: string): Promise<OpenedReport> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ReportFileError('unreadable', 'That is a folder, not a report file. Pick the .json report file.');
    if (info.size > MAX_REPORT_BYTES) {
      throw new ReportFileError('too_large', 'This file is too large to be a report (over 20 MB). Check that you picked the .json report file.');
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError('unreadable', 'The report file could not be read. Check that it exists and that you may open it.');
  }
  return parseReportText(text);
}
