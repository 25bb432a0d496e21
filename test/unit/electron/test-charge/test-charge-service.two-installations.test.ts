// Two installations (two data folders, so neither sees the other's local lock) test one site against one
// simulator: issue 26.1's reproduction. A discharge is watching; a charge starts elsewhere; A restores
// first. A must never write back over B's later change, and must not claim "restored" while it is not.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { listJournals } from '@main/test-charge/journal';
import { createPlatformClient } from '@main/platform/platform-client';
import { openPglite, type SqlClient } from '@main/sweep-store/sql-client';
import { migrate } from '@main/sweep-store/migrations';
import { platformLeaseLocks } from '@main/test-charge/locks/platform-lease-lock';
import { installationLabel, type SiteLockSource } from '@main/test-charge/locks/site-lock-port';
import { teamStoreLocks } from '@main/test-charge/locks/team-store-lock';
import { simSettings } from '@test/support/sim-fleet';
import { installation, type Installation } from '@test/support/two-installations';

const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
let sim: RunningSimulator;
let open: Installation[] = [];
let db: SqlClient;
// One embedded PostgreSQL for the file (it takes seconds to start): the team store both installations share.
beforeAll(async () => {
  db = await openPglite();
  await migrate(db);
}, 120_000);
afterAll(async () => db.close());
afterEach(async () => {
  await Promise.all(open.map((i) => i.close()));
  open = [];
  await sim.close();
});

async function setup() {
  sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: PEAK });
  const a = await installation(sim);
  const b = await installation(sim);
  open = [a, b];
  return { a, b, siteId: String(sim.admin.state().sites[0]?.energySiteId) };
}

const backupWrites = () => sim.admin.requestLog().filter((r) => r.method === 'POST' && r.path.endsWith('/backup'));

describe('two installations on one site', () => {
  it('restore leaves a setting someone else changed after the test’s write, says so, keeps the journal, and finishes once it holds the test’s value again', async () => {
    const { a, b, siteId } = await setup();
    const original = simSettings(sim);
    expect(original).toMatchObject({ default_real_mode: 'self_consumption', backup_reserve_percent: 20 });

    // A: a discharge, held while watching.
    const aWatching = a.reaches('watching', { hold: true });
    const runA = await a.service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await aWatching;
    expect(simSettings(sim).backup_reserve_percent).toBe(0);

    // B: a charge from another data folder, deliberately past anything that would stop it; held while watching.
    const bWatching = b.reaches('watching', { hold: true });
    const runB = await b.service.start({
      accountId: 'a',
      siteId,
      direction: 'charge',
      minutes: 5,
      gridInteraction: true,
      confirmOtherTest: true,
    });
    await bWatching;
    expect(simSettings(sim).backup_reserve_percent).toBe(80);

    // A ends and restores while B still runs; held once finished so its later retries wait for B.
    const writesBefore = backupWrites().length;
    const aFinished = a.reaches('finished', { hold: true });
    a.clock.release();
    const viewA = await aFinished;
    await a.service.settled(runA);
    // A never wrote the reserve back over B's 80 %, and does not claim "restored".
    expect(backupWrites().length).toBe(writesBefore);
    expect(simSettings(sim)).toMatchObject({ backup_reserve_percent: 80, default_real_mode: 'self_consumption' });
    expect(viewA.result).toMatchObject({
      restored: false,
      changedByOthers: [{ key: 'backup_reserve_percent', now: 80, original: 20, wrote: 0 }],
    });
    expect(await listJournals(a.dataDir)).toEqual([
      expect.objectContaining({ journal: expect.objectContaining({ siteId, original: expect.anything() }) }),
    ]);

    // B ends and puts back what it read (A's test value 0 %); then A's retry finds its own value again and
    // restores the customer's 20 %: the end state is the customer's original, and only then "restored".
    b.clock.release();
    await b.service.settled(runB);
    expect(simSettings(sim).backup_reserve_percent).toBe(0);
    a.clock.release();
    await a.service.restoresRetried();
    expect(simSettings(sim)).toEqual(original);
    expect(await listJournals(a.dataDir)).toEqual([]);
    expect(a.service.status().recovery).toMatchObject([{ status: 'restored', siteId }]);
  });

  it('a second installation recognises another test from the site itself and refuses to start, naming what it saw', async () => {
    const { a, b, siteId } = await setup();
    const original = simSettings(sim);
    const aWatching = a.reaches('watching', { hold: true });
    const runA = await a.service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await aWatching;
    // Let the Powerwall act on A's values (the cloud relays them): the battery then discharges at a test's level.
    sim.clock.advance(90_000);

    const request = { accountId: 'a', siteId, direction: 'charge' as const, minutes: 5, gridInteraction: true };
    const plan = await b.service.plan(request);
    expect(plan.otherTest).toEqual([
      { code: 'test_mode_reserve', direction: 'discharge', value: 0 },
      { code: 'test_exports', direction: 'discharge', value: 'battery_ok' },
      { code: 'test_battery_power', direction: 'discharge', value: expect.any(Number) },
    ]);
    const postsBefore = sim.admin.requestLog().filter((r) => r.method === 'POST').length;
    const runB = await b.service.start(request);
    await b.service.settled(runB);
    expect(b.service.status().current?.result).toMatchObject({
      verdict: 'blocked',
      reason: 'other_test_seen',
      restored: true,
      otherTest: expect.arrayContaining([{ code: 'test_mode_reserve', direction: 'discharge', value: 0 }]),
    });
    // B wrote nothing and kept no journal: A's values never became anyone's "original".
    expect(sim.admin.requestLog().filter((r) => r.method === 'POST').length).toBe(postsBefore);
    expect(await listJournals(b.dataDir)).toEqual([]);

    a.clock.release();
    await a.service.settled(runA);
    expect(a.service.status().current?.result).toMatchObject({ restored: true });
    expect(simSettings(sim)).toEqual(original);
    // The customer's own settings show no sign of a test.
    expect((await b.service.plan(request)).otherTest).toBeUndefined();
  });

  // Each installation takes the shared lock through its own client; both see the same platform or store.
  const sharedKinds: Array<{ kind: string; locks: (dataDir: string) => Promise<SiteLockSource> }> = [
    {
      kind: 'platform',
      locks: async (dataDir) => {
        const platform = sim.platform;
        if (!platform) throw new Error('the simulator runs without its demo platform');
        return platformLeaseLocks(createPlatformClient(platform), (p) => installationLabel(dataDir, p));
      },
    },
    {
      kind: 'team_store',
      locks: async (dataDir) => teamStoreLocks(db, (p) => installationLabel(dataDir, p)),
    },
  ];
  for (const { kind, locks } of sharedKinds) {
    it(`a shared lock (${kind}) keeps a second installation off the site before anything is read or written, and is released after the verified restore`, async () => {
      sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: PEAK, platform: true });
      const withLock = async (dataDir: string) => ({ sharedLocks: [await locks(dataDir)] });
      const a = await installation(sim, withLock);
      const b = await installation(sim, withLock);
      open = [a, b];
      const siteId = String(sim.admin.state().sites[0]?.energySiteId);
      const request = { accountId: 'a', siteId, direction: 'charge' as const, minutes: 5, gridInteraction: true };
      expect((await b.service.plan(request)).locks).toEqual(['local', kind]);

      const aWatching = a.reaches('watching', { hold: true });
      const runA = await a.service.start({ ...request, direction: 'discharge' });
      await aWatching;
      const fleetCalls = () => sim.admin.requestLog().filter((r) => r.path.includes('/api/1/')).length;
      const readsBefore = fleetCalls();
      // Even past the site check (the installer confirmed): the lock elsewhere still refuses.
      const runB = await b.service.start({ ...request, confirmOtherTest: true });
      await b.service.settled(runB);
      expect(b.service.status().current?.result).toMatchObject({
        verdict: 'blocked',
        reason: 'site_held_elsewhere',
        restored: true,
        heldBy: { kind, holder: expect.stringMatching(/^Tesla Connect Doctor [0-9a-f]{10} \(test-discharge\)$/) },
      });
      expect(fleetCalls()).toBe(readsBefore);

      a.clock.release();
      await a.service.settled(runA);
      expect(a.service.status().current?.result).toMatchObject({
        restored: true,
        locks: [
          { kind: 'local', state: 'held' },
          { kind, state: 'held' },
        ],
      });
      // Released once the restore was verified: B's next test takes the site.
      const again = await b.service.start(request);
      await b.service.settled(again);
      expect(b.service.status().current?.result).toMatchObject({
        restored: true,
        locks: [{}, { kind, state: 'held' }],
      });
    });
  }

  it('says when only this data folder’s lock is in force', async () => {
    const { a, siteId } = await setup();
    const plan = await a.service.plan({
      accountId: 'a',
      siteId,
      direction: 'charge',
      minutes: 5,
      gridInteraction: true,
    });
    expect(plan.locks).toEqual(['local']);
  });
});
