// Main process (plain Node). Finishes restores left behind by a crash, a kill or a refused write: every
// journal in the data folder is restored (its site locked meanwhile, so a test still running elsewhere is
// left alone), verified against site_info, and removed. One that cannot be finished stays, with the
// original values listed so a person can set them by hand.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { SiteSettings } from '@shared/report/test-run-schema';
import type { ChangedByOther } from '@shared/test-charge/changed-by-others';
import { retryInfo } from './backoff';
import type { EnergySiteApi } from './energy-api';
import { journalsDir, listJournals, removeJournal, writeJournal, type Journal } from './journal';
import { restoreSettings } from './restore';
import type { RunClock } from './run-clock';
import { acquireSiteLock, SiteBusyError, sweepStaleLocks } from './site-lock';

export type RecoveryOutcome =
  | { status: 'restored'; siteId: string; accountId: string; runId: string; settings: SiteSettings }
  | { status: 'in_progress'; siteId: string; accountId: string; runId: string }
  | {
      status: 'failed';
      siteId: string;
      accountId: string;
      runId: string;
      error: string;
      original: SiteSettings;
      file: string;
      retryable: boolean;
      /** Settings someone else set after the test's write: left as they are. */
      changedByOthers?: ChangedByOther[];
    }
  | { status: 'unreadable'; file: string; error: string };

export interface RecoveryOptions {
  dataDir: string;
  /** The Fleet API for the journal's account and API base; throws when that account is gone or unusable. */
  apiFor(journal: Journal): Promise<EnergySiteApi>;
  clock: RunClock;
  onOutcome?: (outcome: RecoveryOutcome) => void;
  /** Rounds per site; recovery at start-up should not hold the app for long. */
  rounds?: number;
}

export async function recoverPending(opts: RecoveryOptions): Promise<RecoveryOutcome[]> {
  const outcomes: RecoveryOutcome[] = [];
  const report = (o: RecoveryOutcome) => {
    outcomes.push(o);
    opts.onOutcome?.(o);
  };
  for (const entry of await listJournals(opts.dataDir)) {
    if (!('journal' in entry)) {
      report({ status: 'unreadable', file: entry.file, error: entry.error });
      continue;
    }
    const j = entry.journal;
    const ids = { siteId: j.siteId, accountId: j.accountId, runId: j.runId };
    let lock;
    try {
      lock = await acquireSiteLock(opts.dataDir, j.siteId, 'recover');
    } catch (error) {
      if (error instanceof SiteBusyError) {
        report({ status: 'in_progress', ...ids });
        continue;
      }
      throw error;
    }
    try {
      const api = await opts.apiFor(j);
      const result = await restoreSettings({
        api,
        siteId: j.siteId,
        original: j.original,
        ...(j.wrote ? { wrote: j.wrote } : {}),
        clock: opts.clock,
        rounds: opts.rounds,
      });
      if (result.restored) {
        await removeJournal(opts.dataDir, j.siteId);
        report({ status: 'restored', ...ids, settings: result.settingsAfter });
      } else {
        await writeJournal(opts.dataDir, { ...j, lastRestoreError: result.error });
        report({
          status: 'failed',
          ...ids,
          error: result.error,
          original: j.original,
          file: entry.file,
          retryable: result.retryable,
          ...(result.changedByOthers ? { changedByOthers: result.changedByOthers } : {}),
        });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await writeJournal(opts.dataDir, { ...j, lastRestoreError: message }).catch(() => undefined);
      // The account is gone or unusable (apiFor threw), or the journal could not be written: unless it is a
      // passing network failure, trying again later will not help.
      report({
        status: 'failed',
        ...ids,
        error: message,
        original: j.original,
        file: entry.file,
        retryable: retryInfo(error).retryable,
      });
    } finally {
      await lock.release();
    }
  }
  await sweepJournalTemps(opts.dataDir);
  await sweepStaleLocks(opts.dataDir);
  return outcomes;
}

/**
 * A kill in the middle of writing a journal leaves its temp file (`.site-<id>.json.<pid>.<hex>.tmp`). It is
 * written under the site's lock, so once the lock can be taken its writer is gone and the half-written file
 * means nothing: the journal is written before the first change, so no change followed it.
 */
async function sweepJournalTemps(dataDir: string): Promise<void> {
  const names = await fs.readdir(journalsDir(dataDir)).catch(() => [] as string[]);
  for (const name of names) {
    const siteId = /^\.site-([0-9A-Za-z_-]+)\.json\.\d+\.[0-9a-f]+\.tmp$/.exec(name)?.[1];
    if (!siteId) continue;
    try {
      const lock = await acquireSiteLock(dataDir, siteId, 'sweep');
      try {
        await fs.rm(path.join(journalsDir(dataDir), name), { force: true });
      } finally {
        await lock.release();
      }
    } catch {
      // A live process holds the site: its write is still going on.
    }
  }
}
