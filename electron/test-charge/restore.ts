// Main process (plain Node). Puts the customer's settings back and proves it: read site_info, write what
// differs from the snapshot, read again; repeat with backoff until they match. Never aborted by a Stop.
// A setting that holds neither the customer's value nor the one this test wrote was set by someone else
// after the test's write (the customer in the Tesla app, another installation's test): it is left as it is
// and named, never overwritten, and the restore does not claim "restored" (settings-changed-by-others.ts).
import type { SiteSettings } from '@shared/report/test-run-schema';
import { diffSettings, settingsFromSiteInfo, type SettingChange } from '@shared/test-charge/settings';
import { parseSiteInfo } from '@shared/test-charge/site-facts';
import { RESTORE_ORDER, writesFor, type PlannedWrite } from '@shared/test-charge/strategy';
import { changedByOthers, withoutKeys, type ChangedByOther } from '@shared/test-charge/changed-by-others';
import { withBackoff, WRITE_BACKOFF, retryInfo } from './backoff';
import type { EnergySiteApi } from './energy-api';
import type { RunClock } from './run-clock';

export interface RestoreOptions {
  api: EnergySiteApi;
  siteId: string;
  original: SiteSettings;
  /**
   * The values this test wrote (journals from before this field restore as before). A setting holding
   * neither these nor the original was changed by someone else after the test's write: left as it is.
   */
  wrote?: SiteSettings;
  clock: RunClock;
  /** Rounds of read-compare-write (each write itself retried). */
  rounds?: number;
  onWrite?: (write: PlannedWrite) => void | Promise<void>;
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
}

export type RestoreResult =
  | { restored: true; settingsAfter: SiteSettings; rounds: number }
  | {
      restored: false;
      settingsAfter?: SiteSettings;
      remaining: SettingChange[];
      error: string;
      retryable: boolean;
      /** Settings someone else set after this test's write: left as they are (the journal is kept). */
      changedByOthers?: ChangedByOther[];
    };

/** The restore's error when only settings changed by someone else are left (the screen words it per setting). */
export const CHANGED_BY_OTHERS_ERROR = 'changed by someone else during the test; left as it is';

function safeMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function restoreSettings(opts: RestoreOptions): Promise<RestoreResult> {
  const rounds = opts.rounds ?? 6;
  const backoff = { ...WRITE_BACKOFF, onRetry: opts.onRetry };
  let lastRead: SiteSettings | undefined;
  let lastError = 'the settings did not read back as they were';
  // Whether trying again later may help: not after a refusal no retry fixes (token revoked, scope removed).
  let retryable = true;
  // Someone else's settings, by key (the value last read); and the keys this restore has written itself (a
  // value the cloud snapped after our own write is not someone else's).
  const others = new Map<string, ChangedByOther>();
  const writtenHere = new Set<string>();
  for (let round = 1; round <= rounds; round += 1) {
    try {
      lastRead = settingsFromSiteInfo(
        parseSiteInfo(await withBackoff(() => opts.api.siteInfo(opts.siteId), opts.clock, backoff)),
      );
      if (opts.wrote) {
        for (const c of changedByOthers(opts.original, opts.wrote, lastRead))
          if (!writtenHere.has(c.key) || others.has(c.key)) others.set(c.key, c);
      }
      const goal = withoutKeys(opts.original, [...others.keys()]);
      const remaining = diffSettings(goal, lastRead);
      if (remaining.length === 0) {
        if (others.size === 0) return { restored: true, settingsAfter: lastRead, rounds: round };
        // Everything of ours is back; what is left is someone else's and stays. Trying again later may still
        // help: another test putting our test value back is then restored (the journal is kept for that).
        return {
          restored: false,
          settingsAfter: lastRead,
          remaining: diffSettings(opts.original, lastRead),
          error: CHANGED_BY_OTHERS_ERROR,
          retryable: true,
          changedByOthers: [...others.values()],
        };
      }
      for (const write of writesFor(goal, lastRead, RESTORE_ORDER)) {
        await withBackoff(() => opts.api.write(opts.siteId, write), opts.clock, backoff);
        for (const key of Object.keys(write.body)) writtenHere.add(key);
        await opts.onWrite?.(write);
      }
    } catch (error) {
      lastError = safeMessage(error);
      // A refusal that no retry fixes (token revoked, scope removed): stop and keep the journal.
      if (!retryInfo(error).retryable) {
        retryable = false;
        break;
      }
    }
    if (round < rounds) await opts.clock.sleep(Math.min(WRITE_BACKOFF.maxMs, WRITE_BACKOFF.baseMs * 2 ** (round - 1)));
  }
  return {
    restored: false,
    settingsAfter: lastRead,
    remaining: diffSettings(opts.original, lastRead ?? {}),
    error: lastError,
    retryable,
    ...(others.size > 0 ? { changedByOthers: [...others.values()] } : {}),
  };
}
