// Runs anywhere. The `reports:` area: export the current checklist run (redacted, digested) as JSON, HTML or
// PDF; open a report file read-only; re-run today's rules on it; the history of reports made here.
import { z } from 'zod';
import {
  CheckSchema,
  CheckStatusSchema,
  TextRefSchema,
  VERDICT_NAMES,
  VerdictsSchema,
} from '@shared/report/check-types';
import { RedactionPreviewSchema } from '@shared/redaction/redaction-preview';
import { ReportSchema } from '@shared/report/report-schema';
import { channel } from '../define';

export const ReportFormatSchema = z.enum(['json', 'html', 'pdf']);
/** The language of an HTML/PDF report's words: the app passes its UI language (English when absent). */
export const ReportLanguageSchema = z.enum(['en', 'de']);
/** A BCP 47 tag as the browser gives it; one that does not parse counts as none (shared/report/paper-size.ts). */
const Locale = z.string().max(100).optional();
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

/** Reports are small; a file larger than this is refused before it is sent (also by the main side). */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;

export const ExportPreviewSchema = z.object({
  /** False until a checklist run has finished: there is nothing to export yet. */
  available: z.boolean(),
  customerLabel: z.string().nullable(),
  preview: RedactionPreviewSchema.nullable(),
  fileNames: z.object({ json: z.string(), html: z.string(), pdf: z.string() }),
});
export type ExportPreview = z.infer<typeof ExportPreviewSchema>;

export const ExportResultSchema = z.object({
  /** saved: written through the save dialog; cancelled: the person closed it; download: the page saves it. */
  status: z.enum(['saved', 'cancelled', 'download']),
  fileName: z.string(),
  historyId: z.string().nullable(),
  /** Browser mode: the file's content for the page to download (base64 for PDF). */
  download: z.object({ mimeType: z.string(), encoding: z.enum(['utf8', 'base64']), data: z.string() }).optional(),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const DigestStateSchema = z.enum(['match', 'mismatch', 'missing']);

export const OpenedReportSchema = z.object({
  /** Handle for re-running and re-exporting this opened report (kept in memory on the main side). */
  openedId: z.string(),
  fileName: z.string(),
  digest: DigestStateSchema,
  report: ReportSchema,
});
export type OpenedReportView = z.infer<typeof OpenedReportSchema>;

export const HistoryEntryViewSchema = z.object({
  id: z.string(),
  exportedAt: z.string(),
  generatedAt: z.string(),
  customerLabel: z.string().nullable(),
  fileName: z.string(),
  /** The formats this report was saved in (one entry per report). */
  formats: z.array(ReportFormatSchema),
  counts: z.object({ pass: z.number(), warn: z.number(), fail: z.number(), unknown: z.number() }),
});
export type HistoryEntryView = z.infer<typeof HistoryEntryViewSchema>;

export const RerunResultSchema = z.object({
  /** False when this app has no rules that can read the report's raw responses. */
  available: z.boolean(),
  checks: z.array(CheckSchema),
  verdicts: VerdictsSchema.optional(),
  changes: z.array(
    z.object({
      checkId: z.string(),
      subjectId: z.string(),
      /** not_in_report: today's rules cannot judge it from this report (redacted or never kept): not a change. */
      kind: z.enum(['changed', 'added', 'removed', 'not_in_report']),
      before: CheckStatusSchema.nullable(),
      after: CheckStatusSchema.nullable(),
      /** The check's title as a message key; `title` is an old report's English title. */
      text: TextRefSchema.optional(),
      title: z.string().optional(),
    }),
  ),
  unchanged: z.number().int(),
  verdictChanges: z.array(
    z.object({ name: z.enum(VERDICT_NAMES), before: z.boolean().nullable(), after: z.boolean() }),
  ),
});
export type RerunResult = z.infer<typeof RerunResultSchema>;

const OpenedId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const AccountId = z.string().min(1).max(200).nullable().optional();

export const reportsChannels = {
  /** `accountId`: the selected customer account whose latest checklist run is exported. */
  'reports:preview': channel(
    z.object({ includeCustomerLabel: z.boolean(), accountId: AccountId }).strict(),
    ExportPreviewSchema,
  ),
  'reports:export': channel(
    z
      .object({
        format: ReportFormatSchema,
        includeCustomerLabel: z.boolean(),
        accountId: AccountId,
        language: ReportLanguageSchema.optional(),
        /** HTML/PDF: add the appendix (full evidence, settings, raw responses) after the one-page handover. */
        appendix: z.boolean().optional(),
        /** The person's locale (BCP 47, e.g. en-US): with the language it picks the PDF's paper, A4 or Letter. */
        locale: Locale,
      })
      .strict(),
    ExportResultSchema,
  ),
  'reports:open': channel(
    z.object({ fileName: z.string().max(1024), text: z.string().max(MAX_REPORT_FILE_BYTES) }).strict(),
    OpenedReportSchema,
  ),
  'reports:openHistory': channel(z.object({ id: z.string().max(64) }).strict(), OpenedReportSchema),
  'reports:history': channel(
    z.object({ query: z.string().max(200).optional() }).strict(),
    z.object({ entries: z.array(HistoryEntryViewSchema), rebuilt: z.boolean() }),
  ),
  'reports:rerun': channel(z.object({ openedId: OpenedId }).strict(), RerunResultSchema),
  /** An opened report as HTML or PDF (support forwards it); saved like an export, not added to history. */
  'reports:exportOpened': channel(
    z
      .object({
        openedId: OpenedId,
        format: z.enum(['html', 'pdf']),
        language: ReportLanguageSchema.optional(),
        appendix: z.boolean().optional(),
        locale: Locale,
      })
      .strict(),
    ExportResultSchema,
  ),
} as const;
