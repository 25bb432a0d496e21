// Main process (plain Node). Puts the customer's settings back and proves it: read site_info, write what
// differs from the snapshot, read again; repeat with backoff until they match. Never aborted by a Stop.
import type { SiteSettings } from '@shared/report/test-run-schema';
import { diffSettings, settingsFromSiteInfo, type SettingChange } from '@shared/test-charge/settings';
import { parseSiteInfo } from '@shared/test-charge/site-facts';
import { RESTORE_ORDER, writesFor, type PlannedWrite } from '@shared/test-charge/strategy';
import { withBackoff, WRITE_BACKOFF, retryInfo } from './backoff';
import type { EnergySiteApi } from './energy-api';
import type { RunClock } from './run-clock';

export interface RestoreOptions {
  api: EnergySiteApi;
  siteId: string;
  original: SiteSettings;
  clock: RunClock;
  /** Rounds of read-compare-write (each write itself retried). */
  rounds?: number;
  onWrite?: (write: PlannedWrite) => void | Promise<void>;
  onRetry?: (info: { attempt: number; waitMs: number; error: unknown }) => void;
}

export type RestoreResult =
  | { restored: true; settingsAfter: SiteSettings; rounds: number }
  | { restored: false; settingsAfter?: SiteSettings; remaining: SettingChange[]; error: string; retryable: boolean };

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
  for (let round = 1; round <= rounds; round += 1) {
    try {
      lastRead = settingsFromSiteInfo(
        parseSiteInfo(await withBackoff(() => opts.api.siteInfo(opts.siteId), opts.clock, backoff)),
      );
      const remaining = diffSettings(opts.original, lastRead);
      if (remaining.length === 0) return { restored: true, settingsAfter: lastRead, rounds: round };
      for (const write of writesFor(opts.original, lastRead, RESTORE_ORDER)) {
        await withBackoff(() => opts.api.write(opts.siteId, write), opts.clock, backoff);
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
  };
}
