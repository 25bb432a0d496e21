// Main process (plain Node). The shared locks a test holds besides the data folder's: taken together before
// the first write (one held elsewhere refuses the test, and those already taken are let go), renewed on the
// run's clock while it runs, released once the restore is verified. A configured store that cannot be
// reached does not stop the test (the site itself is still checked for another test, other-test-signs.ts),
// but it is named as not in force, so nobody believes in a lock that is not there.
import { RENEW_EVERY_MS, SiteHeldError, type SiteLock, type SiteLockKind, type SiteLockSource } from './site-lock-port';

export interface LockInForce {
  kind: SiteLockKind;
  /** held: this test holds it; unavailable: configured, but could not be taken (unreachable, refused). */
  state: 'held' | 'unavailable';
}

export interface SharedLocks {
  /** The local lock first (always held when a test runs), then each configured shared one. */
  readonly inForce: LockInForce[];
  /** Renews the held locks when RENEW_EVERY_MS has passed on the run's clock; a failure is not the test's end. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

export async function takeSharedLocks(
  sources: readonly SiteLockSource[],
  siteId: string,
  purpose: string,
  now: () => number,
): Promise<SharedLocks> {
  const held: SiteLock[] = [];
  const inForce: LockInForce[] = [{ kind: 'local', state: 'held' }];
  for (const source of sources) {
    const lock = source.forSite(siteId, purpose);
    try {
      await lock.take();
      held.push(lock);
      inForce.push({ kind: source.kind, state: 'held' });
    } catch (error) {
      if (error instanceof SiteHeldError) {
        await Promise.allSettled(held.map((l) => l.release()));
        throw error;
      }
      inForce.push({ kind: source.kind, state: 'unavailable' });
    }
  }
  let renewedAt = now();
  return {
    inForce,
    async renew() {
      if (now() - renewedAt < RENEW_EVERY_MS) return;
      renewedAt = now();
      // A renewal that fails leaves the lease to run out; the restore still never overwrites a later change.
      await Promise.allSettled(held.map((l) => l.renew()));
    },
    async release() {
      await Promise.allSettled(held.splice(0).map((l) => l.release()));
    },
  };
}
