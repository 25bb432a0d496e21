// Main process (plain Node). The restore journal: the customer's original settings, written durably
// BEFORE the first write of a test and removed only after a verified restore. A journal left behind
// (crash, kill, a restore that could not complete) is what start-up recovery and `doctor recover` finish.
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { SiteSettingsSchema, type SiteSettings } from '@shared/report/test-run-schema';
import { dataFolderError } from '../infra/data-folder-error';
import { syncDir, writeFileDurably } from '../infra/durable-file';

export const JournalSchema = z.object({
  version: z.literal(1),
  runId: z.string().min(1),
  accountId: z.string().min(1),
  /** The Fleet API base the writes went to (recovery talks to the same one). */
  apiBase: z.string().url(),
  siteId: z.string().regex(/^[0-9A-Za-z_-]+$/),
  direction: z.enum(['charge', 'discharge']),
  startedAt: z.string(),
  /** Values to put back: only the settings the test touches, as they were before. */
  original: SiteSettingsSchema,
  /** The full snapshot, for the report. */
  snapshot: SiteSettingsSchema,
  /**
   * The values the test writes (same keys as `original`): a restore puts back only settings still holding
   * these, never one someone else set after the test's write. Absent in journals from before this field.
   */
  wrote: SiteSettingsSchema.optional(),
  /** Set when a restore was tried and could not complete, so the UI can show the values to set by hand. */
  lastRestoreError: z.string().optional(),
});
export type Journal = z.infer<typeof JournalSchema>;

export function journalsDir(dataDir: string): string {
  return path.join(dataDir, 'journals');
}

export function journalPath(dataDir: string, siteId: string): string {
  return path.join(journalsDir(dataDir), `site-${siteId}.json`);
}

export async function writeJournal(dataDir: string, journal: Journal): Promise<string> {
  const file = journalPath(dataDir, journal.siteId);
  try {
    await writeFileDurably(file, `${JSON.stringify(JournalSchema.parse(journal), null, 2)}\n`);
  } catch (error) {
    // `journals` being a file (or a read-only folder) is said as such, never as a raw ENOTDIR/EEXIST.
    throw dataFolderError(error, file);
  }
  return file;
}

export async function removeJournal(dataDir: string, siteId: string): Promise<void> {
  await fs.rm(journalPath(dataDir, siteId), { force: true });
  await syncDir(journalsDir(dataDir));
}

export type JournalEntry = { file: string; journal: Journal } | { file: string; error: string };

/** Every journal in the data folder; an unreadable one is reported (and kept), never silently dropped. */
export async function listJournals(dataDir: string): Promise<JournalEntry[]> {
  let names: string[];
  try {
    names = await fs.readdir(journalsDir(dataDir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw dataFolderError(error, path.join(journalsDir(dataDir), 'site-.json'));
  }
  const entries: JournalEntry[] = [];
  for (const name of names.filter((n) => n.startsWith('site-') && n.endsWith('.json')).sort()) {
    const file = path.join(journalsDir(dataDir), name);
    try {
      const parsed = JournalSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
      entries.push(
        parsed.success
          ? { file, journal: parsed.data }
          : { file, error: `not a valid journal (${parsed.error.issues[0]?.path.join('.') ?? ''})` },
      );
    } catch (error) {
      entries.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return entries;
}

export function journalSettings(journal: Journal): SiteSettings {
  return journal.original;
}

/**
 * The end of a site visit: removes the journals of the customers it forgot (a customer with a restore
 * still pending is kept, so what is left of theirs is finished). Journals of kept customers and unreadable
 * ones stay: they may still hold settings to put back (half-written copies are swept by start-up recovery,
 * under the site lock). Returns how many went.
 */
export async function removeVisitJournals(dataDir: string, forgotten: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const entry of await listJournals(dataDir)) {
    if (!('journal' in entry) || !forgotten.has(entry.journal.accountId)) continue;
    await fs.rm(entry.file, { force: true });
    removed += 1;
  }
  if (removed > 0) await syncDir(journalsDir(dataDir));
  return removed;
}
