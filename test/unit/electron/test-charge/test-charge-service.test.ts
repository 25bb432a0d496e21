// The service behind the testCharge: channels, against the simulator: plan without writing, a run in the
// background with sample and state events, Stop, and the start-up recovery's notice.
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '@main/ipc/event-bus';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { writeJournal } from '@main/test-charge/journal';
import { TestChargeService } from '@main/test-charge/test-charge-service';
import { tempDir } from '@test/support/temp-dir';
import { advancingClock, simSession, simSettings } from '@test/support/sim-fleet';

const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
let sim: RunningSimulator;
let remove: () => void;
afterEach(async () => {
  await sim.close();
  remove();
});

async function setup(scenario = 'healthy') {
  sim = await startSimulator({ scenario, speed: 0, startTime: PEAK });
  const dir = tempDir('tcd-tc-svc-');
  remove = dir.remove;
  const events = new EventBus();
  const seen: Array<{ event: string; payload: unknown }> = [];
  events.addSink((event, payload) => seen.push({ event, payload }));
  const session = await simSession(sim);
  const service = new TestChargeService({
    dataDir: dir.dir,
    events,
    sessionFor: async () => session,
    clock: () => advancingClock(sim),
    clockSpeed: () => 0,
  });
  const siteId = String(sim.admin.state().sites[0]?.energySiteId);
  return { service, seen, siteId, dataDir: dir.dir };
}

describe('TestChargeService', () => {
  it('lists battery sites, plans without writing, then runs with events and restores', async () => {
    const { service, seen, siteId } = await setup();
    expect(await service.sites('a')).toEqual([expect.objectContaining({ siteId, hasBattery: true })]);
    const before = simSettings(sim);
    const plan = await service.plan({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    expect(plan.preflight.ok).toBe(true);
    expect(plan.strategy.touches.map((t) => t.key)).toEqual(['default_real_mode', 'backup_reserve_percent']);
    expect(sim.admin.requestLog().filter((r) => r.method === 'POST')).toEqual([]);
    const runId = await service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await service.settled(runId);
    const { current } = service.status();
    expect(current).toMatchObject({ runId, phase: 'finished', result: { verdict: 'pass', restored: true } });
    expect(seen.filter((e) => e.event === 'testCharge:sample').length).toBe(current?.samples.length);
    const phases = seen
      .filter((e) => e.event === 'testCharge:state')
      .map((e) => (e.payload as { phase: string }).phase);
    expect(phases.slice(0, phases.indexOf('finished') + 1)).toEqual([
      'preparing',
      'preparing',
      'writing',
      'watching',
      'restoring',
      'finished',
    ]);
    expect(simSettings(sim)).toEqual(before);
  });

  it('after "settings restored" says separately whether the battery has settled, and a new test waits for it', async () => {
    const { service, seen, siteId } = await setup();
    const runId = await service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await service.settled(runId);
    // Restored, but the Powerwall still acts on the test's values for a while (the cloud relays changes).
    expect(service.status().current).toMatchObject({
      phase: 'finished',
      result: { restored: true },
      settle: { state: 'settling' },
    });
    const plan = await service.plan({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    expect(plan.settling).toBeDefined();
    const second = await service.start({
      accountId: 'a',
      siteId,
      direction: 'charge',
      minutes: 1,
      gridInteraction: true,
    });
    const settled = await service.batterySettled(siteId);
    expect(settled?.state).toBe('settled');
    await service.settled(second);
    const states = seen
      .filter((e) => e.event === 'testCharge:state')
      .map((e) => e.payload as { runId: string; phase: string; waitingToSettle?: boolean; settle?: { state: string } });
    // The first run's settle went from settling to settled; the second run waited for it before writing.
    const firstSettles = states.filter((v) => v.runId === runId && v.settle).map((v) => v.settle?.state);
    expect(firstSettles[0]).toBe('settling');
    expect(firstSettles.at(-1)).toBe('settled');
    const secondStates = states.filter((v) => v.runId === second);
    const waitedAt = secondStates.findIndex((v) => v.waitingToSettle === true);
    expect(waitedAt).toBeGreaterThanOrEqual(0);
    expect(secondStates.findIndex((v) => v.phase === 'writing')).toBeGreaterThan(waitedAt);
  });

  it('one readiness truth: the plan on a pre-PTO site blocks a discharge with the checklist’s item, and the run stops before any write', async () => {
    const { service, siteId } = await setup('pre-pto');
    const plan = await service.plan({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    expect(plan.preflight.ok).toBe(false);
    expect(plan.preflight.blockers[0]).toMatchObject({ code: 'checklist', checkId: 'energy.permission_to_export' });
    expect(plan.checklist?.blocking.map((c) => c.id)).toContain('energy.permission_to_export');
    // The strategy never changes the export rule there, forced or not.
    expect(plan.strategy.leftAlone).toContainEqual(
      expect.objectContaining({ key: 'customer_preferred_export_rule', why: 'no_export_permission' }),
    );
    const runId = await service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await service.settled(runId);
    expect(service.status().current?.result).toMatchObject({
      verdict: 'blocked',
      reason: 'energy.permission_to_export',
      samples: [],
    });
    expect(sim.admin.requestLog().filter((r) => r.method === 'POST')).toEqual([]);
    // A charge does not depend on it: before permission to operate the charge verdict is ready, and Permission
    // to Export is waiting for the discharge only, so the charge's plan carries no note about it.
    const charge = await service.plan({
      accountId: 'a',
      siteId,
      direction: 'charge',
      minutes: 5,
      gridInteraction: true,
    });
    expect(charge.preflight.ok).toBe(true);
    expect(charge.checklist?.notes.map((c) => c.id) ?? []).not.toContain('energy.permission_to_export');
  });

  it('Stop ends the run early and the settings are restored', async () => {
    const { service, siteId } = await setup();
    const before = simSettings(sim);
    const runId = await service.start({
      accountId: 'a',
      siteId,
      direction: 'charge',
      minutes: 15,
      gridInteraction: false,
    });
    expect(service.stop(runId)).toBe(true);
    await service.settled(runId);
    expect(service.status().current?.result).toMatchObject({ verdict: 'aborted', restored: true });
    expect(simSettings(sim)).toEqual(before);
    expect(service.stop(runId)).toBe(false);
  });

  it('recovers a pending journal with a notice', async () => {
    const { service, seen, siteId, dataDir } = await setup();
    await writeJournal(dataDir, {
      version: 1,
      runId: 'old',
      accountId: 'a',
      apiBase: sim.regionBaseUrls.NA,
      siteId,
      direction: 'charge',
      startedAt: new Date().toISOString(),
      original: { backup_reserve_percent: 35 },
      snapshot: { backup_reserve_percent: 35 },
    });
    const notices = await service.recover();
    expect(notices).toMatchObject([{ status: 'restored', siteId }]);
    expect(simSettings(sim).backup_reserve_percent).toBe(35);
    expect(seen.find((e) => e.event === 'testCharge:recovery')).toBeTruthy();
    expect(service.status().recovery).toHaveLength(1);
    // A test right after the restore takes no baseline: the Powerwall may still act on the test values.
    const runId = await service.start({
      accountId: 'a',
      siteId,
      direction: 'discharge',
      minutes: 5,
      gridInteraction: true,
    });
    await service.settled(runId);
    expect(service.status().current?.result).toMatchObject({ restored: true, baselineBatteryW: null });
  });
});
