// Main process (plain Node). Reports made on this machine: each exported document is kept as
// `<dataDir>/reports/<id>.json` (already redacted) and listed in `history.json`. The index is a cache:
// when it is missing or corrupt it is rebuilt from the kept documents, never fatal.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { writeFileDurably } from '../infra/durable-file';
import path from 'node:path';
import { z } from 'zod';
import type { Report } from '../../shared/report/report-schema';
import { readReportFile, type OpenedReport } from './read-report-file';
import { serializeReport } from './build-for-export';

export const HistoryEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{6,40}$/),
  exportedAt: z.string(),
  generatedAt: z.string(),
  customerLabel: z.string().nullable(),
  fileName: z.string(),
  digest: z.string().nullable(),
  counts: z.object({ pass: z.number().int(), warn: z.number().int(), fail: z.number().int(), unknown: z.number().int() }),
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

  constructor(dataDir: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(dataDir, 'reports');
    this.indexFile = path.join(this.dir, 'history.json');
  }

  /**
   * Keeps an exported document and lists it; returns its entry. `localLabel`: the customer label as this
   * machine knows it, so the history stays searchable even when the label was left out of the file (it
   * stays in this index on this machine; a rebuilt index only has the labels that are in the files).
   */
  add(doc: Report, fileName: string, localLabel?: string | null): Promise<HistoryEntry> {
    return this.serial(async () => {
      await mkdir(this.dir, { recursive: true });
      const exportedAt = this.now().toISOString();
      const id = `${Date.parse(exportedAt).toString(36)}-${randomBytes(4).toString('hex')}`;
      await this.atomicWrite(path.join(this.dir, `${id}.json`), serializeReport(doc));
      const entry: HistoryEntry = {
        id,
        exportedAt,
        generatedAt: doc.generatedAt,
        customerLabel: localLabel ?? doc.customerLabel ?? null,
        fileName: path.basename(fileName).slice(0, 255),
        digest: doc.integrity?.digest ?? null,
        counts: counts(doc),
      };
      const { entries } = await this.readIndex();
      await this.writeIndex([...entries.filter((e) => e.id !== id), entry]);
      return entry;
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
    if (!ID.test(id)) throw new Error('bad history id');
    return readReportFile(path.join(this.dir, `${id}.json`));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
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
