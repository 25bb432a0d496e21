// Main process (plain Node). Reports made on this machine: each exported document is kept as
// `<dataDir>/reports/<id>.json` (already redacted) and listed in `history.json`, one entry per report with
// the formats it was saved in. The index is a cache: when it is missing or corrupt it is rebuilt from the
// kept documents, never fatal. The end of a site visit removes that visit's entries and files.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { writeFileDurably } from '../infra/durable-file';
import { withFileLockAsync } from '../infra/file-lock';
import path from 'node:path';
import { z } from 'zod';
import type { Report } from '@shared/report/report-schema';
import type { ReportFormat } from '@shared/contract/areas/reports';
import { readReportFile, type OpenedReport } from './read-report-file';
import { serializeReport } from './build-for-export';

export const HistoryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,40}$/),
  exportedAt: z.string(),
  generatedAt: z.string(),
  customerLabel: z.string().nullable(),
  fileName: z.string(),
  /** The formats this report was saved in (an index written before formats were listed: none known). */
  formats: z.array(z.enum(['json', 'html', 'pdf'])).default([]),
  /** The customer account it was made for, on this machine only (never in the file): the end of a visit finds it by this. */
  accountId: z.string().nullable().default(null),
  digest: z.string().nullable(),
  counts: z.object({
    pass: z.number().int(),
    warn: z.number().int(),
    fail: z.number().int(),
    unknown: z.number().int(),
  }),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

const IndexSchema = z.object({ version: z.literal(1), entries: z.array(HistoryEntrySchema) });

const ID = /^[a-z0-9-]{6,40}$/;

function counts(report: Report): HistoryEntry['counts'] {
  const c = { pass: 0, warn: 0, fail: 0, unknown: 0 };
  for (const check of report.checks) if (check.status in c) c[check.status as keyof typeof c] += 1;
  return c;
}

/** Case- and accent-insensitive, so "muller" finds "Müller". */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export class ReportHistory {
  private readonly dir: string;
  private readonly indexFile: string;
  /** Serialises writes so two exports at once cannot lose an entry. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.dir = path.join(dataDir, 'reports');
    this.indexFile = path.join(this.dir, 'history.json');
  }

  /**
   * Keeps an exported document and lists it; returns its entry. The same report saved again (in another
   * format, say) is the same entry, its format added: one entry per report. `localLabel`: the customer
   * label as this machine knows it, so the history stays searchable even when the label was left out of
   * the file (it stays in this index on this machine; a rebuilt index only has the labels in the files).
   */
  add(
    doc: Report,
    fileName: string,
    localLabel?: string | null,
    made: { format?: ReportFormat; accountId?: string | null } = {},
  ): Promise<HistoryEntry> {
    return this.serial(async () => {
      await mkdir(this.dir, { recursive: true });
      const { entries } = await this.readIndex();
      const digest = doc.integrity?.digest ?? null;
      const accountId = made.accountId ?? null;
      const same = digest === null ? undefined : entries.find((e) => e.digest === digest && e.accountId === accountId);
      if (same) {
        const formats =
          made.format && !same.formats.includes(made.format) ? [...same.formats, made.format] : same.formats;
        const entry: HistoryEntry = { ...same, formats, fileName: path.basename(fileName).slice(0, 255) };
        await this.writeIndex(entries.map((e) => (e.id === same.id ? entry : e)));
        return entry;
      }
      const exportedAt = this.now().toISOString();
      const id = `${Date.parse(exportedAt).toString(36)}-${randomBytes(4).toString('hex')}`;
      await this.atomicWrite(path.join(this.dir, `${id}.json`), serializeReport(doc));
      const entry: HistoryEntry = {
        id,
        exportedAt,
        generatedAt: doc.generatedAt,
        customerLabel: localLabel ?? doc.customerLabel ?? null,
        fileName: path.basename(fileName).slice(0, 255),
        formats: made.format ? [made.format] : [],
        accountId,
        digest,
        counts: counts(doc),
      };
      await this.writeIndex([...entries, entry]);
      return entry;
    });
  }

  /**
   * The end of a site visit: removes the entries (and kept documents) made for the visit's customers, and
   * those of no known customer (made by an older version) exported since the visit began. Returns how many.
   */
  removeVisit(visit: { accountIds: ReadonlySet<string>; since: string | null }): Promise<number> {
    return this.serial(async () => {
      const { entries } = await this.readIndex();
      const ofVisit = (e: HistoryEntry) =>
        e.accountId !== null ? visit.accountIds.has(e.accountId) : visit.since !== null && e.exportedAt >= visit.since;
      const gone = entries.filter(ofVisit);
      if (gone.length === 0) return 0;
      for (const e of gone) await rm(path.join(this.dir, `${e.id}.json`), { force: true });
      await this.writeIndex(entries.filter((e) => !ofVisit(e)));
      return gone.length;
    });
  }

  /** Newest first; `query` matches the customer label (case- and accent-insensitive). */
  async list(query?: string): Promise<{ entries: HistoryEntry[]; rebuilt: boolean }> {
    const { entries, rebuilt } = await this.serial(() => this.readIndex());
    const q = query?.trim() ? fold(query.trim()) : null;
    const shown = q ? entries.filter((e) => e.customerLabel !== null && fold(e.customerLabel).includes(q)) : entries;
    return { entries: [...shown].sort((a, b) => b.exportedAt.localeCompare(a.exportedAt)), rebuilt };
  }

  async open(id: string): Promise<OpenedReport> {
    // Never shown: ids come from this app's own index; a code word for the log.
    if (!ID.test(id)) throw new Error('bad_history_id');
    return readReportFile(path.join(this.dir, `${id}.json`));
  }

  /**
   * One change of the index at a time: in this process through the queue, across processes (five
   * `doctor diagnose` at once, the app beside them) through the lock on history.json, each a fresh read.
   */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const locked = () => withFileLockAsync(this.indexFile, task);
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async readIndex(): Promise<{ entries: HistoryEntry[]; rebuilt: boolean }> {
    let text: string | null = null;
    try {
      text = await readFile(this.indexFile, 'utf8');
    } catch {
      text = null;
    }
    if (text !== null) {
      try {
        const parsed = IndexSchema.safeParse(JSON.parse(text));
        if (parsed.success) return { entries: parsed.data.entries, rebuilt: false };
      } catch {
        // corrupt: fall through to the rebuild
      }
    }
    const entries = await this.rebuild();
    // A missing index with nothing kept is simply a fresh machine, not a repair.
    return { entries, rebuilt: text !== null || entries.length > 0 };
  }

  /** Re-lists the kept documents; unreadable ones are skipped (the rest still show). */
  private async rebuild(): Promise<HistoryEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const entries: HistoryEntry[] = [];
    for (const name of names) {
      const id = name.replace(/\.json$/, '');
      if (name === 'history.json' || !name.endsWith('.json') || !ID.test(id)) continue;
      try {
        const { report } = await readReportFile(path.join(this.dir, name));
        const stamp = parseInt(id.split('-')[0] ?? '', 36);
        entries.push({
          id,
          exportedAt: Number.isFinite(stamp) ? new Date(stamp).toISOString() : report.generatedAt,
          generatedAt: report.generatedAt,
          customerLabel: report.customerLabel ?? null,
          fileName: name,
          formats: [],
          accountId: null,
          digest: report.integrity?.digest ?? null,
          counts: counts(report),
        });
      } catch {
        continue;
      }
    }
    if (entries.length > 0 || names.includes('history.json')) await this.writeIndex(entries);
    return entries;
  }

  private async writeIndex(entries: HistoryEntry[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await this.atomicWrite(this.indexFile, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`);
  }

  private async atomicWrite(file: string, text: string): Promise<void> {
    await writeFileDurably(file, text);
  }
}
