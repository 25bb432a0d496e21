// Main process (plain Node). Reads a report someone sends to support: untrusted input. Every way it can be
// wrong (too big, empty, not JSON, cut off, another program's JSON, a newer or broken report) ends in a
// ReportFileError whose message says what is wrong and what to do; nothing throws past it.
import { readFile, stat } from 'node:fs/promises';
import { REPORT_SCHEMA_ID, ReportSchema, type Report } from '@shared/report/report-schema';
import { textIn } from '@shared/text/languages';
import type { TextParams } from '@shared/text/text-ref';
import type { ErrorKey } from '../ipc/handler-types';
import { checkDigest, type DigestState } from './report-digest';

/** Reports are a few hundred kB at most; anything far bigger is not one (and must not exhaust memory). */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export type ReportFileProblem =
  'too_large' | 'empty' | 'not_json' | 'truncated' | 'foreign' | 'newer_version' | 'invalid' | 'unreadable';

/** What is wrong, as a key under `errors.` in the text catalogue (the message is its English). */
export class ReportFileError extends Error {
  readonly text: { key: ErrorKey; params: TextParams };
  constructor(
    readonly problem: ReportFileProblem,
    key: ErrorKey,
    params: TextParams = {},
  ) {
    super(textIn('en')(`errors.${key}`, params));
    this.name = 'ReportFileError';
    this.text = { key, params };
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
    throw new ReportFileError('too_large', 'report_too_large');
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReportFileError('empty', 'report_empty');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    if (looksTruncated(body, error)) {
      throw new ReportFileError('truncated', 'report_truncated');
    }
    throw new ReportFileError('not_json', 'report_not_json');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ReportFileError('foreign', 'report_foreign');
  }
  const schemaId = (raw as Record<string, unknown>).schema;
  if (
    typeof schemaId === 'string' &&
    schemaId.startsWith('tesla-connect-doctor/report@') &&
    schemaId !== REPORT_SCHEMA_ID
  ) {
    throw new ReportFileError('newer_version', 'report_newer', { format: schemaId.slice(0, 60) });
  }
  if (schemaId !== REPORT_SCHEMA_ID) {
    throw new ReportFileError('foreign', 'report_no_format');
  }
  const parsed = ReportSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ReportFileError('invalid', 'report_invalid', { issues: describeIssues(parsed.error) });
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
    if (!info.isFile()) throw new ReportFileError('unreadable', 'report_folder');
    if (info.size > MAX_REPORT_BYTES) {
      throw new ReportFileError('too_large', 'report_too_large');
    }
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof ReportFileError) throw error;
    throw new ReportFileError('unreadable', 'report_unreadable');
  }
  return parseReportText(text);
}
