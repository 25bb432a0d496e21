// The service behind the testCharge: channels, against the simulator: plan without writing, a run in the
// background with sample and state events, Stop, and the start-up recovery's notice.
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../../../electron/ipc/event-bus';
import { startSimulator, type RunningSimulator } from '../../../../electron/simulator';
import { writeJournal } from '../../../../electron/test-charge/journal';
import { TestChargeService } from '../../../../electron/test-charge/test-charge-service';
import { tempDir } from '../../../support/temp-dir';
import { advancingClock, simSession, simSettings } from '../../../support/sim-fleet';

const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
let sim: RunningSimulator;
let remove: () => void;
afterEach(async () => {
  await sim.close();
  remove();
});

async function setup() {
  sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: PEAK });
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
    const plan = await service.plan({ accountId: 'a', siteId, direction: 'discharge', minutes: 5, gridInteraction: true });
    expect(plan.preflight.ok).toBe(true);
    expect(plan.strategy.touches.map((t) => t.key)).toEqual(['default_real_mode', 'backup_reserve_percent']);
    expect(sim.admin.requestLog().filter((r) => r.method === 'POST')).toEqual([]);
    const runId = await service.start({ accountId: 'a', siteId, direction: 'discharge', minutes: 5, gridInteraction: true });
    await service.settled(runId);
    const { current } = service.status();
    expect(current).toMatchObject({ runId, phase: 'finished', result: { verdict: 'pass', restored: true } });
    expect(seen.filter((e) => e.event === 'testCharge:sample').length).toBe(current?.samples.length);
    expect(seen.filter((e) => e.event === 'testCharge:state').map((e) => (e.payload as { phase: string }).phase)).toEqual([
      'preparing',
      'preparing',
      'writing',
      'watching',
      'restoring',
      'finished',
    ]);
    expect(simSettings(sim)).toEqual(before);
  });

  it('Stop ends the run early and the settings are restored', async () => {
    const { service, siteId } = await setup();
    const before = simSettings(sim);
    const runId = await service.start({ accountId: 'a', siteId, direction: 'charge', minutes: 15, gridInteraction: false });
    expect(service.stop(runId)).toBe(true);
    await service.settled(runId);
    expect(service.status().current?.result).toMatchObject({ verdict: 'aborted', restored: true });
    expect(simSettings(sim)).toEqual(before);
    expect(service.stop(runId)).toBe(false);
  });

  it('recovers a pending journal with a notice', async () => {
    const { service, seen, siteId, dataDir } = await setup();
    await writeJournal(dataDir, {
      version: 1, runId: 'old', accountId: 'a', apiBase: sim.regionBaseUrls.NA, siteId, direction: 'charge',
      startedAt: new Date().toISOString(), original: { backup_reserve_percent: 35 }, snapshot: { backup_reserve_percent: 35 },
    });
    const notices = await service.recover();
    expect(notices).toMatchObject([{ status: 'restored', siteId }]);
    expect(simSettings(sim).backup_reserve_percent).toBe(35);
    expect(seen.find((e) => e.event === 'testCharge:recovery')).toBeTruthy();
    expect(service.status().recovery).toHaveLength(1);
    // A test right after the restore takes no baseline: the Powerwall may still act on the test values.
    const runId = await service.start({ accountId: 'a', siteId, direction: 'discharge', minutes: 5, gridInteraction: true });
    await service.settled(runId);
    expect(service.status().current?.result).toMatchObject({ restored: true, baselineBatteryW: null });
  });
});
