// Main process (plain Node). The one shape every site lock has, whoever keeps it: this data folder's lock
// file, the energy platform's site lease, the team store's row. A test takes each before its first write,
// renews them while it runs, and releases them once the restore is verified; another installation that
// sees one held does not start (issue 26.1: two doctors on one site left the battery changed).
import { createHash } from 'node:crypto';
import os from 'node:os';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

/** `local`: this data folder only; `platform` and `team_store` are seen by every installation using them. */
export type SiteLockKind = 'local' | 'platform' | 'team_store';

/** One site's lock for one test or restore. */
export interface SiteLock {
  readonly kind: SiteLockKind;
  /** Takes the lock; throws SiteHeldError when someone else holds it. */
  take(): Promise<void>;
  /** Keeps it while the test runs (a lease that is not renewed runs out, so a crashed test frees the site). */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/** Where locks of one kind come from (one per configured store). */
export interface SiteLockSource {
  readonly kind: SiteLockKind;
  forSite(siteId: string, purpose: string): SiteLock;
}

export class SiteHeldError extends Error {
  constructor(
    readonly kind: SiteLockKind,
    readonly siteId: string,
    /** Who holds it, as they labelled themselves (never a person's name: see installationLabel). */
    readonly holder: string | null,
    readonly expiresAt: string | null,
  ) {
    const who = [kind, holder, expiresAt ? english('errors.site_held_until', { time: expiresAt }) : null];
    super(english('errors.site_held_lock', { site: siteId, who: who.filter(Boolean).join(', ') }));
    this.name = 'SiteHeldError';
  }
}

/**
 * A shared lock lives this long without renewal: longer than the longest wait between two readings and a
 * slow restore's backoff, short enough that a crashed test frees the site within minutes.
 */
export const LEASE_TTL_SECONDS = 600;
/** Renewed at most this often (on the run's clock), well inside the lease's life. */
export const RENEW_EVERY_MS = 120_000;

/**
 * How this installation names itself to others: a short digest of the host and data folder, so the label is
 * stable for one installation and carries no name (hostnames often hold the owner's).
 */
export function installationLabel(dataDir: string, purpose: string): string {
  const digest = createHash('sha256').update(`${os.hostname()}\0${dataDir}`).digest('hex').slice(0, 10);
  return `Tesla Connect Doctor ${digest} (${purpose})`;
}
