// Main process (plain Node). The energy platform's site lease as a SiteLock (platform connection API:
// POST/PUT/DELETE /platform/v1/sites/{id}/lease): every installation working through that platform sees it.
// A lease that is not renewed runs out on the platform, so a crashed test frees the site by itself.
import { PlatformError, type PlatformClient } from '@main/platform/platform-client';
import { LEASE_TTL_SECONDS, SiteHeldError, type SiteLock, type SiteLockSource } from './site-lock-port';

export type LeaseClient = Pick<PlatformClient, 'takeSiteLease' | 'renewSiteLease' | 'releaseSiteLease'>;

export function platformLeaseLocks(client: LeaseClient, holder: (purpose: string) => string): SiteLockSource {
  return {
    kind: 'platform',
    forSite(siteId, purpose): SiteLock {
      let leaseId: string | null = null;
      return {
        kind: 'platform',
        async take() {
          try {
            leaseId = (await client.takeSiteLease(siteId, holder(purpose), LEASE_TTL_SECONDS)).leaseId;
          } catch (error) {
            if (error instanceof PlatformError && error.code === 'lease_held')
              throw new SiteHeldError('platform', siteId, error.detail.holder ?? null, error.detail.expiresAt ?? null);
            throw error;
          }
        },
        async renew() {
          if (leaseId) await client.renewSiteLease(siteId, leaseId, LEASE_TTL_SECONDS);
        },
        async release() {
          if (!leaseId) return;
          const id = leaseId;
          leaseId = null;
          await client.releaseSiteLease(siteId, id);
        },
      };
    },
  };
}
