// Main process (plain Node). The data folder's lock (site-lock.ts) as a SiteLock: seen by the app and the
// headless tool on this data folder only; another laptop or data folder does not see it.
import { acquireSiteLock, SiteBusyError, type SiteLock as HeldFile } from '../site-lock';
import { SiteHeldError, type SiteLock, type SiteLockSource } from './site-lock-port';

export function localSiteLocks(dataDir: string): SiteLockSource {
  return {
    kind: 'local',
    forSite(siteId, purpose): SiteLock {
      let held: HeldFile | null = null;
      return {
        kind: 'local',
        async take() {
          try {
            held = await acquireSiteLock(dataDir, siteId, purpose);
          } catch (error) {
            if (error instanceof SiteBusyError)
              throw new SiteHeldError('local', siteId, error.holder ? `process ${error.holder.pid}` : null, null);
            throw error;
          }
        },
        // The lock file holds the owner's pid: it stays while the process lives, nothing to renew.
        async renew() {},
        async release() {
          await held?.release();
          held = null;
        },
      };
    },
  };
}
