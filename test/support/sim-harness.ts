// Test helper: a simulator on a paused clock (time moves only by clock.advance) with a token pair from
// sim-auth's issueTokens, and a small fetch wrapper for Fleet API calls.
import { startSimulator, type RunningSimulator, type Scenario, type ScenarioInput } from '@main/simulator';
import type { Region } from '@shared/tesla/regions';

export const ALL_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_location',
  'vehicle_cmds',
  'vehicle_charging_cmds',
  'energy_device_data',
  'energy_cmds',
];
/** 2026-06-15 19:00 UTC = 12:00 in Los Angeles (the healthy site's zone): the sun is up. */
export const NOON_LA = Date.UTC(2026, 5, 15, 19, 0, 0);
/** 2026-06-16 08:00 UTC = 01:00 in Los Angeles: night, off-peak. */
export const NIGHT_LA = Date.UTC(2026, 5, 16, 8, 0, 0);

export interface Harness {
  sim: RunningSimulator;
  token: string;
  call(
    method: 'GET' | 'POST',
    path: string,
    opts?: { region?: Region; body?: unknown; token?: string | null; headers?: Record<string, string> },
  ): Promise<{ status: number; body: any; headers: Headers }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  tokenWith(scopes: string[]): Promise<string>;
  close(): Promise<void>;
}

export async function harness(
  scenario: Scenario | ScenarioInput | string = 'healthy',
  opts: { startTime?: number; latencyMs?: number } = {},
): Promise<Harness> {
  const sim = await startSimulator({
    scenario,
    speed: 0,
    startTime: opts.startTime ?? NOON_LA,
    latencyMs: opts.latencyMs,
  });
  const region = sim.scenario.account.region;
  const granted = sim.scenario.account.grantedScopes;
  const tokenWith = async (scopes: string[]) =>
    (await sim.auth.issueTokens(sim.demoClient.clientId, scopes)).access_token;
  const self: Harness = {
    sim,
    token: await tokenWith(granted),
    tokenWith,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      const t = o.token === undefined ? self.token : o.token;
      if (t !== null) headers.authorization = `Bearer ${t}`;
      if (o.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(sim.regionBaseUrls[o.region ?? region] + path, {
        method,
        headers,
        body: o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
    close: () => sim.close(),
  };
  return self;
}

const cache = new Map<string, Harness>();

/**
 * One simulator per scenario per test file (sign-in keys take a while to make): reset to the scenario's
 * start and a fresh token before each use. Close them all with closeShared() in afterAll.
 */
export async function shared(scenario: string): Promise<Harness> {
  let h = cache.get(scenario);
  if (!h) {
    h = await harness(scenario);
    cache.set(scenario, h);
    return h;
  }
  h.sim.admin.reset();
  h.token = await h.tokenWith(h.sim.scenario.account.grantedScopes);
  return h;
}

/**
 * As shared(), at the next moment (from the simulator's now) with the same UTC time of day as `utcMs`,
 * the world rebuilt there: a fresh site at a chosen hour without a new simulator.
 */
export async function sharedAt(scenario: string, utcMs: number): Promise<Harness> {
  let h = cache.get(scenario);
  if (!h) {
    h = await harness(scenario, { startTime: utcMs });
    cache.set(scenario, h);
    return h;
  }
  const day = 86_400_000;
  h.sim.clock.advance((((utcMs - h.sim.clock.now()) % day) + day) % day);
  return shared(scenario);
}

export async function closeShared(): Promise<void> {
  await Promise.all([...cache.values()].map((h) => h.close()));
  cache.clear();
}

export function siteId(sim: RunningSimulator, index = 0): number {
  return sim.scenario.energySites[index]!.product.energy_site_id;
}

export function vin(sim: RunningSimulator, index = 0): string {
  return sim.scenario.vehicles[index]!.product.vin;
}
