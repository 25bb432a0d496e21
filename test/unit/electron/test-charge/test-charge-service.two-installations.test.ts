// Two installations (two data folders, so neither sees the other's local lock) test one site against one
// simulator: issue 26.1's reproduction. A discharge is watching; a charge starts elsewhere; A restores
// first. A must never write back over B's later change, and must not claim "restored" while it is not.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { listJournals } from '@main/test-charge/journal';
import { simSettings } from '@test/support/sim-fleet';
import { installation, type Installation } from '@test/support/two-installations';

const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
let sim: RunningSimulator;
let open: Installation[] = [];
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
});
