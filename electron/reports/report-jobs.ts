// Main process (plain Node), in a worker thread or inline. The long, pure steps of the reports feature as
// one table of jobs: what a worker thread runs for the service (report-worker.ts) and what runs inline
// when no worker can be started. Inputs and results are plain data (structured-clonable).
import type { RedactionPreview } from '@shared/redaction/redaction-preview';
import type { Report } from '@shared/report/report-schema';
import { buildForExport, previewRedaction, type ExportOptions } from './build-for-export';
import { parseReportText, type OpenedReport } from './read-report-file';
import { todaysRules } from './todays-rules';

export interface ReportJobs {
  /** Redacts and digests a report for export. */
  export: (input: { report: Report; options: ExportOptions }) => Report;
  /** What the export would remove, counted. */
  preview: (input: { report: Report; options: ExportOptions }) => RedactionPreview;
  /** Parses and validates an opened report file (untrusted text). */
  parse: (input: { text: string }) => OpenedReport;
  /** Today's rules on an opened report. */
  rules: (input: { report: Report }) => ReturnType<typeof todaysRules>;
}

export type ReportJobName = keyof ReportJobs;

export const REPORT_JOBS: ReportJobs = {
  export: ({ report, options }) => buildForExport(report, options),
  preview: ({ report, options }) => previewRedaction(report, options),
  parse: ({ text }) => parseReportText(text),
  rules: ({ report }) => todaysRules(report),
};
