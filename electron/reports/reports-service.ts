// Main process (plain Node). The reports feature behind the `reports:` handlers: export the current
// checklist run, open report files read-only, re-run today's rules on them, and the history of exports.
import { randomBytes } from 'node:crypto';
import { paperFor, type Paper } from '@shared/report/paper-size';
import pLimit from 'p-limit';
import type {
  ExportPreview,
  ExportResult,
  OpenedReportView,
  ReportFormat,
  RerunResult,
} from '@shared/contract/areas/reports';
import type { Report } from '@shared/report/report-schema';
import { TestRunSchema, type TestRun } from '@shared/report/test-run-schema';
import type { EventBus } from '../ipc/event-bus';
import { UserFacingError } from '../ipc/handler-types';
import { serializeReport } from './build-for-export';
import { htmlToPdfWithChromium, PdfError } from './chromium-pdf';
import { compareChecks } from './compare-checks';
import { ReportFileError, type OpenedReport } from './read-report-file';
import { runReportJob } from './report-off-loop';
import { reportFileName } from './report-file-name';
import { ReportHistory } from './report-history';
import { renderReportHtml } from './render-html';
import type { Language } from '@shared/text/languages';
import { todaysRules, type TodaysRules } from './todays-rules';

/** The latest checklist run as a report document (not yet redacted); null before one has run. */
export type ReportSource = (accountId: string | null) => Promise<Report | null>;

export type { TodaysRules } from './todays-rules';

/** What only the desktop shell can do: the system save dialog and Electron's printToPDF. */
export interface ReportShell {
  /** Shows the save dialog and writes `data`; returns the chosen path, or null when cancelled. */
  saveFile(request: { defaultName: string; format: ReportFormat; data: Buffer }): Promise<string | null>;
  /** `paper`: the page size the HTML's @page rule also names. */
  printToPdf?(html: string, paper?: Paper): Promise<Buffer>;
}

export interface ReportsServiceOptions {
  dataDir: string;
  now?: () => Date;
  shell?: ReportShell;
  source?: ReportSource;
  rules?: TodaysRules;
  /** Finished test runs are picked up from `testCharge:state` events and added to that account's report. */
  events?: EventBus;
  /** Told of each report of a customer saved (the visit's progress). */
  onExported?: (accountId: string) => void;
}

const MIME: Record<ReportFormat, string> = { json: 'application/json', html: 'text/html', pdf: 'application/pdf' };
const MAX_OPENED = 10;

/**
 * One PDF at a time for the whole process: each is a headless Chromium (hundreds of MB, seconds of CPU), and
 * several at once starved the machine (and the running test's polling with it). The rest wait in line.
 */
const pdfQueue = pLimit(1);

export class ReportsService {
  readonly history: ReportHistory;
  private source: ReportSource | null;
  private rules: TodaysRules;
  private readonly now: () => Date;
  private readonly opened = new Map<string, OpenedReport & { fileName: string }>();
  private readonly runs = new Map<string, TestRun[]>();
  /** One redaction salt per customer for this visit: JSON, HTML and PDF of a visit name its ids alike. */
  private readonly salts = new Map<string, string>();

  constructor(private readonly options: ReportsServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.history = new ReportHistory(options.dataDir, this.now);
    this.source = options.source ?? null;
    this.rules = options.rules ?? todaysRules;
    options.events?.addSink((event, payload) => {
      if (event !== 'testCharge:state') return;
      const view = payload as { accountId?: unknown; phase?: unknown; result?: unknown };
      if (view.phase !== 'finished' || typeof view.accountId !== 'string') return;
      const run = TestRunSchema.safeParse(view.result);
      if (run.success) this.recordTestRun(view.accountId, run.data);
    });
  }

  /** A finished test run goes into the next report for its account (once, by run id). */
  recordTestRun(accountId: string, run: TestRun): void {
    const list = (this.runs.get(accountId) ?? []).filter((r) => r.id !== run.id);
    this.runs.set(accountId, [...list, run]);
  }

  /** The end of a visit: drops the customer's test results and id salt; returns how many results went. */
  forgetAccount(accountId: string): number {
    const runs = this.runs.get(accountId)?.length ?? 0;
    this.runs.delete(accountId);
    this.salts.delete(accountId);
    return runs;
  }

  private saltFor(accountId: string | null): string | undefined {
    if (!accountId) return undefined;
    let salt = this.salts.get(accountId);
    if (!salt) {
      salt = randomBytes(16).toString('hex');
      this.salts.set(accountId, salt);
    }
    return salt;
  }

  /** The checklist registers where the current report comes from. */
  setSource(source: ReportSource): void {
    this.source = source;
  }

  setRules(rules: TodaysRules): void {
    this.rules = rules;
  }

  setShell(shell: ReportShell): void {
    this.options.shell = shell;
  }

  private async current(accountId: string | null): Promise<Report | null> {
    const report = this.source ? await this.source(accountId) : null;
    if (!report || !accountId) return report;
    const known = new Set(report.testRuns.map((r) => r.id));
    const extra = (this.runs.get(accountId) ?? []).filter((r) => !known.has(r.id));
    return extra.length ? { ...report, testRuns: [...report.testRuns, ...extra] } : report;
  }

  async preview(includeCustomerLabel: boolean, accountId: string | null = null): Promise<ExportPreview> {
    const report = await this.current(accountId);
    const label = report?.customerLabel ?? null;
    const names = (ext: ReportFormat) => reportFileName(this.now(), includeCustomerLabel ? label : null, ext);
    return {
      available: report !== null,
      customerLabel: label,
      preview: report
        ? await runReportJob('preview', { report, options: { includeCustomerLabel, salt: this.saltFor(accountId) } })
        : null,
      fileNames: { json: names('json'), html: names('html'), pdf: names('pdf') },
    };
  }

  /** Redacts, digests, renders and saves the current report; every export is kept in the history. */
  async export(
    format: ReportFormat,
    includeCustomerLabel: boolean,
    transport: 'electron' | 'browser',
    accountId: string | null = null,
    language: Language = 'en',
    appendix = false,
    locale?: string,
  ): Promise<ExportResult> {
    const report = await this.current(accountId);
    if (!report) throw new UserFacingError('nothing_to_export');
    const doc = await runReportJob('export', {
      report,
      options: { includeCustomerLabel, salt: this.saltFor(accountId) },
    });
    const fileName = reportFileName(this.now(), doc.customerLabel, format);
    const data = await this.render(doc, format, 'match', language, appendix, locale);
    const result = await this.deliver(fileName, format, data, transport);
    if (result.status === 'cancelled') return result;
    const entry = await this.history.add(doc, fileName, report.customerLabel ?? null, { format, accountId });
    if (accountId) this.options.onExported?.(accountId);
    return { ...result, historyId: entry.id };
  }

  async open(fileName: string, text: string): Promise<OpenedReportView> {
    try {
      return this.remember(await runReportJob('parse', { text }), fileName);
    } catch (error) {
      if (error instanceof ReportFileError) throw new UserFacingError(error.text.key, error.text.params);
      throw error;
    }
  }

  async openHistory(id: string): Promise<OpenedReportView> {
    try {
      const opened = await this.history.open(id);
      return this.remember(opened, `${id}.json`);
    } catch (error) {
      if (error instanceof ReportFileError)
        throw new UserFacingError('history_unreadable', {
          ...error.text.params,
          messageKey: `errors.${error.text.key}`,
        });
      throw new UserFacingError('history_gone');
    }
  }

  async rerun(openedId: string): Promise<RerunResult> {
    const opened = this.get(openedId);
    // Today's own rules run in the worker (a big report takes seconds); rules a test sets run here.
    const today =
      this.rules === todaysRules ? await runReportJob('rules', { report: opened.report }) : this.rules(opened.report);
    if (!today) return { available: false, checks: [], changes: [], unchanged: 0, verdictChanges: [] };
    const comparison = compareChecks(
      opened.report.checks,
      today.checks,
      opened.report.verdicts,
      today.verdicts,
      new Set(today.notInReport ?? []),
    );
    return {
      available: true,
      checks: today.checks,
      ...(today.verdicts ? { verdicts: today.verdicts } : {}),
      ...comparison,
    };
  }

  /** Saves an opened report as HTML or PDF for forwarding; it is shown exactly as received (already redacted). */
  async exportOpened(
    openedId: string,
    format: 'html' | 'pdf',
    transport: 'electron' | 'browser',
    language: Language = 'en',
    appendix = false,
    locale?: string,
  ): Promise<ExportResult> {
    const opened = this.get(openedId);
    const fileName = reportFileName(
      new Date(Date.parse(opened.report.generatedAt) || this.now().getTime()),
      opened.report.customerLabel,
      format,
    );
    const data = await this.render(opened.report, format, opened.digest, language, appendix, locale);
    return this.deliver(fileName, format, data, transport);
  }

  private get(openedId: string): OpenedReport & { fileName: string } {
    const opened = this.opened.get(openedId);
    if (!opened) throw new UserFacingError('report_not_open');
    return opened;
  }

  private remember(opened: OpenedReport, fileName: string): OpenedReportView {
    const openedId = randomBytes(6).toString('hex');
    this.opened.set(openedId, { ...opened, fileName });
    // Only the last few stay in memory; older handles ask to reopen the file.
    while (this.opened.size > MAX_OPENED) this.opened.delete(this.opened.keys().next().value as string);
    return {
      openedId,
      fileName: fileName.split(/[\\/]/).pop()!.slice(0, 255),
      digest: opened.digest,
      report: opened.report,
    };
  }

  /** JSON is the whole document; HTML and PDF are the one-page handover, with the appendix when asked. */
  private async render(
    doc: Report,
    format: ReportFormat,
    digest: 'match' | 'mismatch' | 'missing',
    language: Language,
    appendix: boolean,
    locale?: string,
  ): Promise<Buffer> {
    if (format === 'json') return Buffer.from(serializeReport(doc), 'utf8');
    // HTML prints on whatever paper the printer has; a PDF is laid out for one: A4, or Letter where that is
    // the paper in use (shared/report/paper-size.ts). Chromium's default was Letter for every language.
    const paper = format === 'pdf' ? paperFor(language, locale) : undefined;
    const html = await renderReportHtml(doc, { digest, language, appendix, ...(paper ? { paper } : {}) });
    if (format === 'html') return Buffer.from(html, 'utf8');
    try {
      const shell = this.options.shell;
      const print = shell?.printToPdf
        ? (page: string) => shell.printToPdf!(page, paper)
        : (page: string) => htmlToPdfWithChromium(page);
      return await pdfQueue(() => print(html));
    } catch (error) {
      throw error instanceof PdfError
        ? new UserFacingError('detail', { message: error.message })
        : new UserFacingError('pdf_failed');
    }
  }

  private async deliver(
    fileName: string,
    format: ReportFormat,
    data: Buffer,
    transport: 'electron' | 'browser',
  ): Promise<ExportResult> {
    if (transport === 'electron' && this.options.shell) {
      const saved = await this.options.shell.saveFile({ defaultName: fileName, format, data });
      return {
        status: saved ? 'saved' : 'cancelled',
        fileName: saved ? saved.split(/[\\/]/).pop()! : fileName,
        historyId: null,
      };
    }
    const encoding = format === 'pdf' ? 'base64' : 'utf8';
    return {
      status: 'download',
      fileName,
      historyId: null,
      download: { mimeType: MIME[format], encoding, data: data.toString(encoding) },
    };
  }
}
