// Main process (plain Node). Writes the exported report document (redacted, digested) to a file: what
// `doctor diagnose --out <file.json>` does. Written to a temporary name first so a failed write never
// leaves half a report behind.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Report } from '../../shared/report/report-schema';
import { buildForExport, serializeReport, type ExportOptions } from './build-for-export';

export async function writeReportFile(file: string, report: Report, options: ExportOptions): Promise<Report> {
  const doc = buildForExport(report, options);
  const tmp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, serializeReport(doc), 'utf8');
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  return doc;
}
