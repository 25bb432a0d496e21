// The sweep store behaves the same on PGlite (embedded) and on a PostgreSQL server started for the test:
// migrations, claims that two sweeps never share, results, incidents, changes, the board's reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '@main/sweep-store/migrations';
import { openPglite, openPostgres, type SqlClient } from '@main/sweep-store/sql-client';
import { openSweepStore, sweepStoreOn, type SweepStore } from '@main/sweep-store/sweep-store';
import type { HomeResult } from '@shared/sweep/sweep-types';
import { postgresSkipReason, startTestPostgres, type TestPostgres } from '@test/support/postgres-server';
import { tempDir } from '@test/support/temp-dir';

const result = (ref: string, cause: string, actor: HomeResult['actor'] = null): HomeResult => ({
  ref,
  cause,
  actor,
  dataAgeSeconds: 12,
  requests: 3,
  checks: [{ id: cause }],
});
const longAgo = new Date('2000-01-01T00:00:00Z');
const future = () => new Date(Date.now() + 60_000);

function storeSuite(name: string, open: () => Promise<SqlClient>) {
  describe(name, () => {
    let db: SqlClient;
    let store: SweepStore;
    beforeAll(async () => {
      db = await open();
      await migrate(db);
      store = sweepStoreOn(db);
    }, 120_000);
    afterAll(async () => {
      await db?.close();
    });

    it('migrates once: a second run applies nothing and the schema records every version', async () => {
      expect(await migrate(db)).toBe(0);
      const rows = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('two sweeps at once never claim the same home', async () => {
      const refs = Array.from({ length: 40 }, (_, i) => `claim-${i}`);
      await store.upsertHomes(refs.map((ref) => ({ ref, region: 'NA' })));
      const a = await store.startSweep();
      const b = await store.startSweep();
      const opts = { staleBefore: future(), leaseSeconds: 600 };
      const [ca, cb] = await Promise.all([
        store.claimHomes(a, refs.slice(0, 30), opts),
        store.claimHomes(b, refs.slice(10), opts),
      ]);
      const both = [...ca, ...cb].map((c) => c.ref);
      expect(new Set(both).size).toBe(both.length);
      expect(new Set(both)).toEqual(new Set(refs));
      // Results of a sweep for homes it does not hold do not move those homes.
      await store.recordResults(
        a,
        ca.map((c) => result(c.ref, 'healthy')),
      );
      await store.recordResults(
        b,
        cb.map((c) => result(c.ref, 'scope.energy_read', 'customer')),
      );
      const homes = await store.homes({ search: 'claim-' });
      expect(homes.filter((h) => h.cause !== null)).toHaveLength(40);
    });

    it('claims only stale or flagged homes, and a released claim can be taken again', async () => {
      await store.upsertHomes([
        { ref: 'stale-1', region: 'EU' },
        { ref: 'stale-2', region: 'EU' },
      ]);
      const s1 = await store.startSweep();
      const first = await store.claimHomes(s1, ['stale-1', 'stale-2'], { staleBefore: future(), leaseSeconds: 600 });
      expect(first.map((c) => c.ref).sort()).toEqual(['stale-1', 'stale-2']);
      await store.recordResults(s1, [result('stale-1', 'healthy')]);
      await store.releaseClaims(s1);
      const s2 = await store.startSweep();
      // stale-1 was just swept (not older than longAgo); stale-2 was never swept.
      const second = await store.claimHomes(s2, ['stale-1', 'stale-2'], { staleBefore: longAgo, leaseSeconds: 600 });
      expect(second.map((c) => c.ref)).toEqual(['stale-2']);
      expect(await store.flagHome('stale-1')).toBe(true);
      const third = await store.claimHomes(s2, ['stale-1'], { staleBefore: longAgo, leaseSeconds: 600 });
      expect(third).toEqual([{ ref: 'stale-1', lastCause: 'healthy' }]);
    });

    it('keeps a finished sweep with its counts, incidents, changes and each home history', async () => {
      await store.upsertHomes([
        { ref: 'h-1', region: 'NA' },
        { ref: 'h-2', region: 'NA' },
      ]);
      const s = await store.startSweep();
      await store.claimHomes(s, ['h-1', 'h-2'], { staleBefore: future(), leaseSeconds: 600 });
      await store.recordResults(s, [result('h-1', 'account.app_status', 'platform'), result('h-2', 'healthy')]);
      await store.saveIncidents(s, [
        { cause: 'account.app_status', actor: 'platform', advice: 'platform', share: 0.5, homes: ['h-1'] },
      ]);
      await store.saveChanges(s, [
        { ref: 'h-1', kind: 'newly_broken', fromCause: 'healthy', toCause: 'account.app_status' },
      ]);
      await store.finishSweep(s, 'done', { homes: 2, requests: 6, wakes: 0, rateLimited: 0 });
      const latest = await store.latestSweep();
      expect(latest).toMatchObject({ id: s, status: 'done', homes: 2, requests: 6 });
      expect(await store.counts(s)).toEqual({
        byCause: { 'account.app_status': 1, healthy: 1 },
        byActor: { platform: 1, none: 1 },
      });
      expect(await store.incidents(s)).toEqual([
        { cause: 'account.app_status', actor: 'platform', advice: 'platform', share: 0.5, homes: ['h-1'] },
      ]);
      expect(await store.changes(s)).toEqual([
        { ref: 'h-1', kind: 'newly_broken', fromCause: 'healthy', toCause: 'account.app_status' },
      ]);
      const history = await store.history('h-1');
      expect(history[0]).toMatchObject({
        sweepId: s,
        cause: 'account.app_status',
        checks: [{ id: 'account.app_status' }],
      });
      expect(await store.homes({ cause: 'account.app_status', search: 'H-' })).toEqual([
        expect.objectContaining({ ref: 'h-1', actor: 'platform' }),
      ]);
    });

    it('a batch cut off mid-write keeps nothing of it: never a result without its home moved, nor half a home', async () => {
      const refs = ['cut-1', 'cut-2', 'cut-3'];
      await store.upsertHomes(refs.map((ref) => ({ ref, region: 'NA' })));
      const sweepId = await store.startSweep();
      await store.claimHomes(sweepId, refs, { staleBefore: future(), leaseSeconds: 60 });
      // The process dies between the batch's two statements (the results written, the homes not yet moved).
      let statements = 0;
      const dying: SqlClient = {
        ...db,
        transaction: (fn) =>
          db.transaction((tx) =>
            fn({
              exec: (sql) => tx.exec(sql),
              query: async (text, params) => {
                statements += 1;
                if (statements === 2) throw new Error('killed');
                return tx.query(text, params);
              },
            }),
          ),
      };
      await expect(
        sweepStoreOn(dying).recordResults(
          sweepId,
          refs.map((ref) => result(ref, 'healthy')),
        ),
      ).rejects.toThrow('killed');
      expect(statements).toBe(2);
      expect(await store.counts(sweepId)).toEqual({ byCause: {}, byActor: {} });
      expect((await store.homes({ search: 'cut-' })).map((h) => h.cause)).toEqual([null, null, null]);
      // The claims are still this sweep's (they run out if it is gone); a whole batch written later counts once.
      await store.recordResults(
        sweepId,
        refs.map((ref) => result(ref, 'healthy')),
      );
      expect((await store.counts(sweepId)).byCause).toEqual({ healthy: 3 });
    });

    it('treats hostile text as data', async () => {
      const ref = "x'); DROP TABLE homes; --";
      await store.upsertHomes([{ ref, region: null }]);
      expect((await store.homes({ search: "'); DROP" })).map((h) => h.ref)).toEqual([ref]);
    });
  });
}

storeSuite('on PGlite', () => openPglite());

const skip = postgresSkipReason();
describe.skipIf(skip !== null)(`on a PostgreSQL server${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
  }, 120_000);
  afterAll(() => server?.stop());
  storeSuite('pg', async () => openPostgres(server!.url));

  it('two doctors starting at once migrate once', async () => {
    const a = openPostgres(server!.url);
    const b = openPostgres(server!.url);
    try {
      const applied = await Promise.all([migrate(a), migrate(b)]);
      expect(applied).toEqual([0, 0]); // the suite above migrated already; neither fails on a race
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('openSweepStore', () => {
  it('keeps the embedded store in the data folder across opens', async () => {
    const tmp = tempDir();
    try {
      const first = await openSweepStore({ dataDir: tmp.dir });
      await first.upsertHomes([{ ref: 'kept', region: 'NA' }]);
      await first.close();
      const again = await openSweepStore({ dataDir: tmp.dir });
      expect((await again.homes()).map((h) => h.ref)).toEqual(['kept']);
      await again.close();
    } finally {
      tmp.remove();
    }
  }, 120_000);
});
