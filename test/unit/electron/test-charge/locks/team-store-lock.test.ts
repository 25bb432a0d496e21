// The team store's site lock on an embedded PostgreSQL (the same SQL runs on a server): one holder per site,
// renewed and released only by its own lease, and a lock whose time ran out is taken over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@main/sweep-store/migrations';
import { openPglite, type SqlClient } from '@main/sweep-store/sql-client';
import { SiteHeldError } from '@main/test-charge/locks/site-lock-port';
import { teamStoreLocks } from '@main/test-charge/locks/team-store-lock';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
}, 120_000);
afterAll(async () => db.close());

describe('teamStoreLocks', () => {
  it('refuses a second holder, names the first, and frees the site on release', async () => {
    const a = teamStoreLocks(db, (p) => `laptop A (${p})`).forSite('s1', 'test-charge');
    const b = teamStoreLocks(db, (p) => `laptop B (${p})`).forSite('s1', 'test-charge');
    await a.take();
    const refused = await b.take().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SiteHeldError);
    expect(refused).toMatchObject({ kind: 'team_store', holder: 'laptop A (test-charge)' });
    await b.release(); // not B's: A's row stays
    await expect(b.take()).rejects.toBeInstanceOf(SiteHeldError);
    await a.renew();
    await a.release();
    await b.take();
    await b.release();
  });

  it('takes over a lock whose time ran out (a crashed test), and the old holder cannot renew it', async () => {
    const a = teamStoreLocks(db, () => 'laptop A').forSite('s2', 'test-charge');
    const b = teamStoreLocks(db, () => 'laptop B').forSite('s2', 'test-charge');
    await a.take();
    await db.query("UPDATE site_leases SET expires_at = now() - interval '1 second' WHERE site_id = 's2'");
    await b.take();
    await expect(a.renew()).rejects.toThrow(/ran out/);
    await b.release();
  });
});
