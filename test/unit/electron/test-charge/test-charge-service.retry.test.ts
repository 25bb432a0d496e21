// The app keeps trying a restore that lost Tesla: while a journal is left and the app runs, the service
// retries it in the background (1, 2, 5 min, then every 5 min on the run clock), so the customer's settings
// come back by themselves once Tesla answers. A refusal no retry fixes stops the schedule; close() ends it.
import { afterEach, describe, expect, it } from 'vitest';
import { FleetApiError } from '@main/fleet/fleet-error';
import { createFleetClient } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import { EventBus } from '@main/ipc/event-bus';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { energyApiFromFleetClient, type EnergySiteApi } from '@main/test-charge/energy-api';
import { listJournals } from '@main/test-charge/journal';
import { RESTORE_RETRY_MS, TestChargeService } from '@main/test-charge/test-charge-service';
import { advancingClock, simSession, simSettings } from '@test/support/sim-fleet';
import { tempDir } from '@test/support/temp-dir';

const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
let sim: RunningSimulator;
let remove: () => void;
let service: TestChargeService;
afterEach(async () => {
  await service.close();
  await sim.close();
  remove();
});

const unreachable = (request: string) =>
  new FleetApiError({
    status: 0,
    error: 'network_error',
    errorDescription: 'the Fleet API could not be reached',
    request,
  });

async function setup() {
  sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: PEAK });
  const dir = tempDir('tcd-tc-retry-');
  remove = dir.remove;
  const events = new EventBus();
  const net = { down: false, forgotten: false, calls: [] as number[], sessions: 0 };
  // Tesla drops away as soon as the first reading is in (the site's internet, this computer's).
  events.addSink((event) => {
    if (event === 'testCharge:sample') net.down = true;
  });
  const session = await simSession(sim);
  const offline = (api: EnergySiteApi): EnergySiteApi => {
    const guard = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
      net.calls.push(sim.clock.now());
      if (net.down) throw unreachable(what);
      return call();
    };
    return {
      siteInfo: (id) => guard('GET site_info', () => api.siteInfo(id)),
      liveStatus: (id) => guard('GET live_status', () => api.liveStatus(id)),
      write: (id, w) => guard(`POST ${w.endpoint}`, () => api.write(id, w)),
    };
  };
  service = new TestChargeService({
    dataDir: dir.dir,
    events,
    sessionFor: async (): Promise<FleetSession> => {
      net.sessions += 1;
      if (net.forgotten) throw new Error('This customer was forgotten on this computer.');
      return session;
    },
    clock: () => advancingClock(sim),
    clockSpeed: () => 0,
    apiFor: (s) => offline(energyApiFromFleetClient(createFleetClient(s))),
  });
  const siteId = String(sim.admin.state().sites[0]?.energySiteId);
  return { siteId, net, dataDir: dir.dir, events };
}

async function lostRun(siteId: string) {
  const runId = await service.start({ accountId: 'a', siteId, direction: 'charge', minutes: 1, gridInteraction: true });
  await service.settled(runId);
  expect(service.status().current?.result).toMatchObject({ verdict: 'fail', reason: 'lost_contact', restored: false });
}

describe('pending restores are retried while the app runs', () => {
  it('Tesla back: the journal is gone and the settings are as before, without any button', async () => {
    const { siteId, net, dataDir } = await setup();
    const before = simSettings(sim);
    await lostRun(siteId);
    expect(await listJournals(dataDir)).toHaveLength(1);
    expect(simSettings(sim)).not.toEqual(before);
    const endedAt = Date.parse(service.status().current?.result?.endedAt ?? '');
    net.down = false;
    await service.restoresRetried();
    expect(await listJournals(dataDir)).toHaveLength(0);
    expect(simSettings(sim)).toEqual(before);
    expect(service.status().recovery).toMatchObject([{ status: 'restored', siteId }]);
    // The first retry waited its minute on the run clock after the run gave up.
    const firstRetry = net.calls.find((t) => t > endedAt);
    expect((firstRetry ?? 0) - endedAt).toBeGreaterThanOrEqual(RESTORE_RETRY_MS[0]);
  });

  it('a refusal no retry fixes (the customer was forgotten) stops the retries; the journal stays for a person', async () => {
    const { siteId, net, dataDir } = await setup();
    await lostRun(siteId);
    net.forgotten = true;
    net.down = false;
    await service.restoresRetried();
    expect(await listJournals(dataDir)).toHaveLength(1);
    expect(service.status().recovery).toMatchObject([{ status: 'failed', siteId }]);
    // No retry is scheduled any more: nothing asks for the customer's sign-in again.
    const sessions = net.sessions;
    await new Promise((r) => setTimeout(r, 50));
    expect(net.sessions).toBe(sessions);
  });

  it('close() ends the retries while Tesla is still away (shutdown does not hang)', async () => {
    const { siteId, dataDir } = await setup();
    await lostRun(siteId);
    await service.close();
    await service.restoresRetried();
    expect(await listJournals(dataDir)).toHaveLength(1);
  });
});
