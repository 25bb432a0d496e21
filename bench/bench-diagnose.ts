// Benchmark parts: the diagnosis (typical and large account; first time, and again for a customer seen
// before), a naive sequential client doing the same reads one after another, and a single item's "check
// again". All against the simulator with latency.
import { ChecklistService } from '../electron/checklist/checklist-service';
import type { KnownDevices } from '../electron/checklist/gather';
import type { KnownDevicesStore } from '../electron/checklist/known-devices';
import { startSimulator, type RunningSimulator } from '../electron/simulator';
import { simSession } from '../test/support/sim-session';

export interface DiagnoseFigures {
  ms: number;
  rtt: number;
  requests: number;
  wakes: number;
  rateLimited: number;
}

const fleetEntries = (sim: RunningSimulator) =>
  sim.admin.requestLog().filter((e) => e.billing === 'data' || e.billing === 'command' || e.billing === 'wake');

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function serviceFor(sim: RunningSimulator, knownDevices?: KnownDevicesStore) {
  const session = await simSession(sim);
  const service = new ChecklistService({
    sessionFor: async () => session,
    profileFor: () => ({ partnerDomain: 'partner.example' }),
    meta: { appVersion: 'bench', profile: 'demo' },
    ...(knownDevices ? { knownDevices } : {}),
  });
  return { service, session };
}

/**
 * Which diagnosis is timed: `first` (nothing known of the customer), `repeat` (diagnosed before, nothing
 * changed), `siteAdded` (diagnosed before, when the account had one site fewer).
 */
export type DiagnoseKind = 'first' | 'repeat' | 'siteAdded';

function knownFor(kind: DiagnoseKind): KnownDevicesStore | undefined {
  if (kind === 'repeat') return undefined; // the service's own memory, filled by the warm-up run
  let seen: KnownDevices | undefined;
  return {
    get: () => (kind === 'siteAdded' && seen ? { ...seen, siteIds: seen.siteIds.slice(1) } : undefined),
    set: (_id, ids) => void (seen = ids),
  };
}

/** Median of `runs` diagnoses (after one warm-up that opens connections and warms the JIT). */
export async function benchDiagnose(
  scenario: string,
  latencyMs: number,
  runs: number,
  kind: DiagnoseKind = 'first',
): Promise<DiagnoseFigures> {
  const sim = await startSimulator({ scenario, latencyMs });
  try {
    const { service, session } = await serviceFor(sim, knownFor(kind));
    await service.run(session.accountId);
    const times: number[] = [];
    let last = { requests: 0, wakes: 0, rateLimited: 0 };
    for (let i = 0; i < runs; i++) {
      const before = sim.admin.requestLog().length;
      const t0 = performance.now();
      await service.run(session.accountId);
      times.push(performance.now() - t0);
      const entries = fleetEntries(sim).slice(-(sim.admin.requestLog().length - before));
      last = {
        requests: entries.length,
        wakes: entries.filter((e) => e.billing === 'wake').length,
        rateLimited: entries.filter((e) => e.status === 429).length,
      };
      // A fresh rate-limit window for each run, as between two site visits.
      sim.clock.advance(61_000);
    }
    const ms = median(times);
    return { ms: Math.round(ms), rtt: round2(ms / latencyMs), ...last };
  } finally {
    await sim.close();
  }
}

/** The same reads, one request after another, by a client written for this benchmark. */
export async function benchSequentialBaseline(scenario: string, latencyMs: number, runs: number): Promise<number> {
  const sim = await startSimulator({ scenario, latencyMs });
  try {
    const session = await simSession(sim);
    const token = await session.tokenProvider.getAccessToken();
    const get = async (path: string, body?: unknown) => {
      const res = await fetch(`${session.apiBase}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return (await res.json()) as { response: unknown };
    };
    const once = async () => {
      const products = (await get('/api/1/products')).response as Array<Record<string, unknown>>;
      const vins: string[] = [];
      for (const p of products) {
        if (typeof p.vin === 'string') vins.push(p.vin);
        else if (p.energy_site_id !== undefined) {
          await get(`/api/1/energy_sites/${p.energy_site_id}/site_info`);
          await get(`/api/1/energy_sites/${p.energy_site_id}/live_status`);
        }
      }
      if (vins.length) await get('/api/1/vehicles/fleet_status', { vins });
    };
    await once();
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await once();
      times.push(performance.now() - t0);
      sim.clock.advance(61_000);
    }
    return Math.round(median(times));
  } finally {
    await sim.close();
  }
}

/** Requests made by one item's "check again" (the energy exports setting of the only site). */
export async function benchRecheck(latencyMs: number): Promise<number> {
  const sim = await startSimulator({ scenario: 'healthy', latencyMs });
  try {
    const { service, session } = await serviceFor(sim);
    const report = await service.run(session.accountId);
    const item = report.checks.find((c) => c.id === 'energy.energy_exports');
    if (!item) throw new Error('healthy scenario has no energy.energy_exports check');
    const before = fleetEntries(sim).length;
    await service.recheck(session.accountId, item.id, item.subject.id);
    return fleetEntries(sim).length - before;
  } finally {
    await sim.close();
  }
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
