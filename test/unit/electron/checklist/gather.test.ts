// Gathering against the simulator: parallel reads, one failing call marking only its checks, progress,
// Retry-After, a 421 followed, and per-item "check again" within two requests.
import { afterEach, describe, expect, it } from 'vitest';
import { ChecklistService, RecheckError, type ChecklistServiceDeps } from '@main/checklist/checklist-service';
import { createFleetClient } from '@main/fleet/fleet-client';
import { nodeFetch } from '@main/fleet/node-fetch';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { inEnglish } from '@test/support/english-checks';
import { simSession, type SimSessionOptions } from '@test/support/sim-session';

let sim: RunningSimulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function setup(
  scenario: string,
  opts: { session?: SimSessionOptions; deps?: Partial<ChecklistServiceDeps>; latencyMs?: number } = {},
) {
  sim = await startSimulator({
    scenario,
    autoConsent: true,
    speed: 1000,
    ...(opts.latencyMs ? { latencyMs: opts.latencyMs } : {}),
  });
  const s = sim;
  const session = await simSession(s, opts.session);
  const waits: number[] = [];
  const service = new ChecklistService({
    sessionFor: async () => session,
    profileFor: () => ({ partnerDomain: 'partner.example' }),
    meta: { appVersion: '0.0.0-test' },
    now: () => s.clock.now(),
    ...opts.deps,
    client: {
      sleep: async (ms) => {
        waits.push(ms);
        s.clock.advance(ms);
      },
      ...opts.deps?.client,
    },
  });
  const apiLog = () => s.admin.requestLog().filter((e) => e.path.includes('/api/1/'));
  return { sim: s, session, service, waits, apiLog };
}

/** A fetch that counts how many requests are in flight at once. */
function inFlightCounter() {
  let inFlight = 0;
  let max = 0;
  const counting: typeof fetch = async (input, init) => {
    inFlight += 1;
    max = Math.max(max, inFlight);
    try {
      return await nodeFetch(input, init);
    } finally {
      inFlight -= 1;
    }
  };
  return { counting, maxInFlight: () => max };
}

describe('gathering', () => {
  it('reads products first, then site_info, live_status and fleet_status in parallel (4 requests, no wake)', async () => {
    const { counting, maxInFlight } = inFlightCounter();
    const progress: Array<[number, number]> = [];
    const { service, session, apiLog } = await setup('healthy', {
      latencyMs: 30,
      deps: { client: { fetch: counting }, onProgress: (_id, p) => progress.push([p.done, p.total]) },
    });
    const report = await service.run(session.accountId);
    expect(apiLog().map((e) => e.path.replace(/\d{6,}/, 'ID'))).toEqual(
      expect.arrayContaining([
        '/na/api/1/products',
        '/na/api/1/energy_sites/ID/site_info',
        '/na/api/1/energy_sites/ID/live_status',
        '/na/api/1/vehicles/fleet_status',
      ]),
    );
    expect(apiLog()[0]?.path).toBe('/na/api/1/products');
    expect(apiLog()).toHaveLength(4);
    expect(maxInFlight()).toBe(3);
    expect(progress).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(report.apiUsage).toEqual({
      requests: 4,
      byClass: { data: 4, command: 0, wake: 0, auth: 0 },
      estimatedCostUsd: 0.008,
    });
    expect(report.raw.map((r) => r.status)).toEqual([200, 200, 200, 200]);
  });

  it('one failing call marks only the checks that needed it unknown, with the reason', async () => {
    const { service, session } = await setup('flaky-5xx');
    const report = await service.run(session.accountId);
    const byId = (id: string) => inEnglish(report.checks.find((c) => c.id === id)!);
    expect(byId('energy.energy_exports').status).toBe('unknown');
    expect(byId('energy.energy_exports').detail).toMatch(/site_info: 500/);
    expect(byId('vehicle.virtual_key').status).toBe('pass');
    expect(byId('scope.energy_read').status).toBe('pass');
    expect(report.raw.find((r) => r.request.endsWith('/site_info'))?.status).toBe(500);
  });

  it('honours Retry-After on 429 and gets through within the retry budget', async () => {
    const { service, session, waits } = await setup('rate-limited', {
      deps: { client: { retry: { maxRetries: 3, maxWaitSeconds: 60 } } },
    });
    const report = await service.run(session.accountId);
    expect(waits).toEqual([30_000, 30_000, 30_000]);
    expect(report.checks.find((c) => c.id === 'account.connection')?.status).toBe('pass');
    expect(report.checks.find((c) => c.id === 'energy.energy_exports')?.status).toBe('pass');
  });

  it('follows a 421 to the account’s region and stays within 6 requests', async () => {
    const { service, session, apiLog } = await setup('wrong-region', { session: { region: 'NA' } });
    const report = await service.run(session.accountId);
    expect(apiLog()[0]).toMatchObject({ path: '/na/api/1/products', status: 421 });
    expect(
      apiLog()
        .slice(1)
        .every((e) => e.path.startsWith('/eu/')),
    ).toBe(true);
    expect(apiLog().length).toBeLessThanOrEqual(6);
    expect(report.checks.find((c) => c.id === 'energy.energy_exports')?.status).toBe('pass');
    // The detour is reported: it works, but costs a request on every visit until the account reconnects.
    const region = report.checks.find((c) => c.id === 'account.region');
    expect(region).toMatchObject({ status: 'warn', text: { key: 'region.redirected' } });
    expect(report.raw[0]).toMatchObject({ request: 'GET /api/1/products', status: 421 });
  });
});

describe('check again', () => {
  it('re-reads only site_info for a settings item, and sees the change', async () => {
    const { sim: s, service, session, apiLog } = await setup('exports-solar');
    const first = await service.run(session.accountId);
    const exportsCheck = first.checks.find((c) => c.id === 'energy.energy_exports')!;
    expect(exportsCheck.status).toBe('fail');
    const siteId = exportsCheck.subject.id;
    // The customer changes Energy Exports to Everything (the simulator applies it after a delay).
    await createFleetClient(session).gridImportExport(siteId, { customer_preferred_export_rule: 'battery_ok' });
    s.clock.advance(5 * 60_000);
    const before = apiLog().length;
    const again = await service.recheck(session.accountId, 'energy.energy_exports', siteId);
    expect(
      apiLog()
        .slice(before)
        .map((e) => e.path),
    ).toEqual([`/na/api/1/energy_sites/${siteId}/site_info`]);
    expect(again.requests).toBe(1);
    expect(again.check.status).toBe('pass');
    expect(again.report.checks.find((c) => c.id === 'energy.energy_exports')?.status).toBe('pass');
    expect(again.report.apiUsage.requests).toBe(5);
  });

  it('needs at most two requests for any item, none for a scope, and never wakes', async () => {
    const { service, session, apiLog } = await setup('asleep-car');
    const report = await service.run(session.accountId);
    for (const c of report.checks) {
      const before = apiLog().length;
      const r = await service.recheck(session.accountId, c.id, c.subject.id);
      const made = apiLog().slice(before);
      expect(made.length, `${c.id}`).toBeLessThanOrEqual(2);
      expect(r.requests).toBe(made.length);
      if (c.id.startsWith('scope.')) expect(made).toEqual([]);
      expect(made.filter((e) => e.billing === 'wake')).toEqual([]);
    }
    expect(report.checks.find((c) => c.id === 'vehicle.reachable')?.text?.key).toBe('vehicle_state.asleep');
  });

  it('after the grant changed (a reconnect), checking a scope again re-judges everything that depends on it', async () => {
    let grant: string[] = [];
    const { service, session } = await setup('healthy', {
      deps: { sessionFor: async () => ({ ...baseSession, grantedScopes: grant }) },
    });
    const baseSession = session;
    grant = session.grantedScopes.filter((s) => s !== 'energy_cmds');
    const first = await service.run(session.accountId);
    expect(first.checks.find((c) => c.id === 'energy.command_readiness')?.status).toBe('not_checked');
    expect(first.verdicts?.discharge.ready).toBe(false);
    grant = [...session.grantedScopes];
    const again = await service.recheck(session.accountId, 'scope.energy_commands', session.accountId);
    expect(again.check.status).toBe('pass');
    // The readiness item and the battery verdict follow, without checking them again one by one.
    expect(again.report.checks.find((c) => c.id === 'energy.command_readiness')?.status).toBe('pass');
    expect(again.report.verdicts?.discharge.ready).toBe(true);
    expect(service.last(session.accountId)?.verdicts?.discharge.ready).toBe(true);
  });

  it('refuses before a run, or for an item not on the list, saying what to do', async () => {
    const { service, session } = await setup('healthy');
    await expect(service.recheck(session.accountId, 'energy.reachable', '1')).rejects.toThrow(RecheckError);
    await service.run(session.accountId);
    await expect(service.recheck(session.accountId, 'energy.reachable', 'nope')).rejects.toThrow(
      /run the whole checklist/,
    );
  });
});

describe('gathering a large account', () => {
  it('sends every per-device read at once (each device has its own budget), reads each site once, with one fleet_status for all cars', async () => {
    const { counting, maxInFlight } = inFlightCounter();
    const { service, session, apiLog } = await setup('large-account', {
      latencyMs: 5,
      deps: { client: { fetch: counting } },
    });
    const report = await service.run(session.accountId);
    expect(maxInFlight()).toBe(51);
    expect(apiLog()).toHaveLength(52);
    expect(new Set(apiLog().map((e) => e.path)).size).toBe(52);
    expect(report.checks.filter((c) => c.id === 'energy.energy_exports')).toHaveLength(25);
    expect(apiLog().filter((e) => e.status === 429)).toHaveLength(0);
  });

  it('runs again in one round: products and all 51 reads in flight together, the same 52 requests', async () => {
    const { counting, maxInFlight } = inFlightCounter();
    const {
      sim: s,
      service,
      session,
      apiLog,
    } = await setup('large-account', { latencyMs: 5, deps: { client: { fetch: counting } } });
    const first = await service.run(session.accountId);
    s.clock.advance(61_000);
    const again = await service.run(session.accountId);
    expect(maxInFlight()).toBe(52);
    expect(apiLog()).toHaveLength(104);
    expect(again.raw.map((r) => r.request).sort()).toEqual(first.raw.map((r) => r.request).sort());
    expect(again.checks.map((c) => `${c.id}@${c.subject.id}:${c.status}`)).toEqual(
      first.checks.map((c) => `${c.id}@${c.subject.id}:${c.status}`),
    );
  });
});
