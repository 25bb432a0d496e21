// Main process (plain Node). The team store's site lock (the desk's PostgreSQL, table `site_leases` from
// the sweep store's migrations) as a SiteLock: every installation using that store sees it. One row per
// site; a row whose time ran out may be taken over in the same statement (the database's clock decides, so
// laptops with wrong clocks agree). Only a PostgreSQL server is shared: the embedded store (PGlite) lives in
// one data folder and is no more shared than the local lock.
import { randomUUID } from 'node:crypto';
import type { SqlQueryable } from '@main/sweep-store/sql-client';
import { LEASE_TTL_SECONDS, SiteHeldError, type SiteLock, type SiteLockSource } from './site-lock-port';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

interface LeaseRow {
  lease_id: string;
  holder: string;
  expires_at: Date | string;
}

const iso = (v: Date | string) => (v instanceof Date ? v.toISOString() : String(v));

export function teamStoreLocks(db: SqlQueryable, holder: (purpose: string) => string): SiteLockSource {
  return {
    kind: 'team_store',
    forSite(siteId, purpose): SiteLock {
      let leaseId: string | null = null;
      return {
        kind: 'team_store',
        async take() {
          const id = randomUUID();
          const taken = await db.query<LeaseRow>(
            `INSERT INTO site_leases (site_id, lease_id, holder, expires_at)
               VALUES ($1, $2, $3, now() + make_interval(secs => $4::int))
             ON CONFLICT (site_id) DO UPDATE
               SET lease_id = EXCLUDED.lease_id, holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
               WHERE site_leases.expires_at <= now()
             RETURNING lease_id, holder, expires_at`,
            [siteId, id, holder(purpose), LEASE_TTL_SECONDS],
          );
          if (taken[0]?.lease_id === id) {
            leaseId = id;
            return;
          }
          const [held] = await db.query<LeaseRow>(
            'SELECT lease_id, holder, expires_at FROM site_leases WHERE site_id = $1',
            [siteId],
          );
          throw new SiteHeldError('team_store', siteId, held?.holder ?? null, held ? iso(held.expires_at) : null);
        },
        async renew() {
          if (!leaseId) return;
          const rows = await db.query<LeaseRow>(
            `UPDATE site_leases SET expires_at = now() + make_interval(secs => $3::int)
             WHERE site_id = $1 AND lease_id = $2 RETURNING lease_id, holder, expires_at`,
            [siteId, leaseId, LEASE_TTL_SECONDS],
          );
          if (rows.length === 0) throw new Error(english('errors.team_store_lock_lost', { site: siteId }));
        },
        async release() {
          if (!leaseId) return;
          const id = leaseId;
          leaseId = null;
          await db.query('DELETE FROM site_leases WHERE site_id = $1 AND lease_id = $2', [siteId, id]);
        },
      };
    },
  };
}
