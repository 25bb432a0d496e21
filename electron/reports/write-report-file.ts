// Main process (plain Node). Writes the exported report document (redacted, digested) to a file: what
// `doctor diagnose --out <file.json>` does. Written through the one durable write, so a failed write never
// leaves half a report behind.
import { writeFileDurably } from '../infra/durable-file';
import type { Report } from '@shared/report/report-schema';
import { buildForExport, serializeReport, type ExportOptions } from './build-for-export';

export async function writeReportFile(file: string, report: Report, options: ExportOptions): Promise<Report> {
  const doc = buildForExport(report, options);
  // A place the user named: its folder must exist, and the file is theirs to share (not 0o600).
  await writeFileDurably(file, serializeReport(doc), { createDir: false, mode: 0o644 });
  return doc;
}
