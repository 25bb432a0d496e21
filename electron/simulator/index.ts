// Main process (plain Node). The Fleet API simulator in one call: Tesla's auth server (auth/), the Fleet
// API (fleet/) and a Powerwall model, on 127.0.0.1, every region under /na, /eu, /cn of one port.
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { adminRoutes, type SimStateSnapshot, type SiteEventsInput } from './admin-routes';
import { createSimAuth, sharedSigningKeys } from './auth/index';
import { createClock, type RunningClock } from './clock';
import { FaultInjector } from './fault-injector';
import { createDemoPlatform, DEMO_AGENT_KEY, type DemoPlatform, type PlatformCustomerSeed } from './platform/index';
import { energyRoutes } from './fleet/energy-routes';
import type { FleetRoute } from './fleet/fleet-route';
import { statusRoute, userRoutes } from './fleet/user-routes';
import { vehicleRoutes } from './fleet/vehicle-routes';
import { createSimHomes, type SimHomes } from './homes/sim-homes';
import { homesAdminRoutes } from './homes/homes-routes';
import { createFront } from './http-front';
import { RateLimiter } from './rate-limiter';
import { RequestLog, type RequestLogEntry } from './request-log';
import { resolveScenario } from './scenario-loader';
import type { Scenario, ScenarioInput } from './scenario-schema';
import { buildWorld, setSiteEvents as applySiteEvents, vehicleStateNow, type SimWorld } from './sim-state';
import { REGION_PREFIX, type AuthDeps, type Region, type SimAccount, type SimAuth } from './sim-types';

export {
  loadScenario,
  scenarioNames,
  scenarioFromCaptures,
  parseScenario,
  ScenarioError,
  DEFAULT_SCENARIO,
} from './scenario-loader';
export type { Scenario, ScenarioInput } from './scenario-schema';
export type { RequestLogEntry } from './request-log';
export type { SimStateSnapshot, SiteStateSnapshot, SiteEventsInput } from './admin-routes';
export type { Region, SimClock, SimAuth } from './sim-types';
export type { RunningClock } from './clock';

export const DEMO_CLIENT = { clientId: 'demo-client', clientSecret: 'demo-secret' } as const;
export const INSTALLER_CLIENT = { clientId: 'installer-client', clientSecret: 'installer-secret' } as const;
export { DEMO_AGENT_KEY } from './platform/index';

/** The platform's customers: the scenario's one account, as customer c-0001. */
function platformCustomers(scenario: Scenario, account: SimAccount, auth: SimAuth): PlatformCustomerSeed[] {
  return [
    {
      ref: 'c-0001',
      email: account.email,
      region: account.region,
      scopes: [...account.grantedScopes],
      expectedCause: scenario.name === 'healthy' ? 'healthy' : null,
      auth,
    },
  ];
}

export interface StartSimulatorOptions {
  /** A Scenario object, a catalogue name, or a scenario JSON file path. */
  scenario: Scenario | ScenarioInput | string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Simulated time runs this many times faster than real time (default 1; 0 pauses it). */
  speed?: number;
  /** Real milliseconds added to every request (benchmarks). */
  latencyMs?: number;
  /** Skip the consent page and grant the scenario's scopes (headless runs). */
  autoConsent?: boolean;
  /** Simulated epoch ms to start at (default: now). */
  startTime?: number;
  /**
   * Runs the demo energy platform (`--platform`): it holds a connection for each customer under the demo
   * client and serves the platform connection API at `<origin>/platform`.
   */
  platform?: boolean;
  /**
   * With `platform`: the platform's customers are `count` generated homes (each its own Tesla account), a
   * mix of the scenario catalogue's causes fixed by `seed`, instead of the scenario's one account.
   */
  homes?: { count: number; seed: number };
  /** Replaces the built-in sign-in (tests of the core only). */
  createAuth?: (deps: AuthDeps) => SimAuth;
}

export interface RunningSimulator {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** origin + '/na' | '/eu' | '/cn' */
  regionBaseUrls: Record<Region, string>;
  /** The simulated clock; waiting() counts sleeps parked on it (fault delays, tests). */
  clock: RunningClock;
  auth: SimAuth;
  demoClient: typeof DEMO_CLIENT;
  /** The installer company's own registered app (the doctor's own-app mode). */
  installerClient: typeof INSTALLER_CLIENT;
  /** The demo platform's API base (`<origin>/platform`) and agent key; null without `platform: true`. */
  platform: { baseUrl: string; agentKey: string } | null;
  scenario: Scenario;
  admin: {
    state(): SimStateSnapshot;
    requestLog(): RequestLogEntry[];
    /** Back to the scenario's start: world, grants and tokens, rate windows, faults, request log. */
    reset(): void;
    /** Storm Watch, grid-services event, grid outage on a site; false when the site is unknown. */
    setSiteEvents(energySiteId: number, events: SiteEventsInput): boolean;
  };
  setSpeed(n: number): void;
  close(): Promise<void>;
}

function accountOf(s: Scenario): SimAccount {
  const sub = s.account.sub ?? uuidFrom(s.account.email);
  return {
    sub,
    region: s.account.region,
    grantedScopes: [...s.account.grantedScopes],
    email: s.account.email,
    fullName: s.account.fullName,
    refreshTokenExpired: s.account.refreshTokenExpired,
    revoked: s.account.revoked,
    expiredTokenBody: s.account.expiredTokenBody,
    orders: s.account.orders,
  };
}

function uuidFrom(s: string): string {
  const h = createHash('sha256').update(`sub:${s}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function startSimulator(opts: StartSimulatorOptions): Promise<RunningSimulator> {
  const scenario = resolveScenario(opts.scenario);
  const clock = createClock({ startTime: opts.startTime, speed: opts.speed ?? 1 });
  const account = accountOf(scenario);
  let world: SimWorld = buildWorld(scenario, clock.now());
  let faults = new FaultInjector(scenario.faults);
  const limiter = new RateLimiter();
  const log = new RequestLog();
  let origin = '';
  let bases: Record<Region, string> = { NA: '', EU: '', CN: '' };
  const latencyMs = Math.max(0, opts.latencyMs ?? 0);

  const keys = sharedSigningKeys();
  const auth = opts.createAuth
    ? opts.createAuth({
        clock,
        account: () => account,
        origin: () => origin,
        regionBaseUrls: () => bases,
        autoConsent: () => opts.autoConsent === true,
      })
    : createSimAuth(
        {
          clock,
          account: () => account,
          origin: () => origin,
          regionBaseUrls: () => bases,
          autoConsent: () => opts.autoConsent === true,
        },
        { keys },
      );
  if (opts.homes && !opts.platform) throw new Error("Generated homes are the platform's customers: add --platform.");
  const makeHomes = (): SimHomes | null =>
    opts.homes
      ? createSimHomes({
          count: opts.homes.count,
          seed: opts.homes.seed,
          clock,
          origin: () => origin,
          regionBaseUrls: () => bases,
          keys,
        })
      : null;
  let homes = makeHomes();

  const state = (): SimStateSnapshot => {
    const now = clock.now();
    return {
      scenario: scenario.name,
      now,
      speed: clock.speed,
      region: account.region,
      sites: [...world.sites.values()].map((site) => {
        const snap = site.model.snapshot(now);
        const c = (site.siteInfo.components ?? {}) as Record<string, unknown>;
        const us = (site.siteInfo.user_settings ?? {}) as Record<string, unknown>;
        return {
          energySiteId: site.id,
          settings: {
            default_real_mode: site.siteInfo.default_real_mode,
            backup_reserve_percent: site.siteInfo.backup_reserve_percent,
            customer_preferred_export_rule: c.customer_preferred_export_rule,
            disallow_charge_from_grid_with_solar_installed: c.disallow_charge_from_grid_with_solar_installed,
            storm_mode_enabled: us.storm_mode_enabled,
          },
          soc: snap.soc,
          batteryPowerW: snap.batteryPowerW,
          gridPowerW: snap.gridPowerW,
          solarPowerW: snap.solarPowerW,
          loadPowerW: snap.loadPowerW,
          islandStatus: snap.events.islandStatus,
          stormWatchActive: snap.events.stormWatchActive,
          gridServicesActive: snap.events.gridServicesActive,
          pendingSettingsAt: snap.pending.map((p) => p.at),
          liveStatusPinned: site.pinnedLiveStatus !== undefined,
        };
      }),
      vehicles: world.vehicles.map((v) => ({
        id: v.product.id,
        vin: v.product.vin,
        state: vehicleStateNow(v, now),
        keyPaired: v.keyPaired,
      })),
    };
  };

  const platform: DemoPlatform | null = opts.platform
    ? createDemoPlatform({
        clock,
        origin: () => origin,
        regionBaseUrls: () => bases,
        client: DEMO_CLIENT,
        customers: () => homes?.customers() ?? platformCustomers(scenario, account, auth),
      })
    : null;

  const reset = () => {
    world = buildWorld(scenario, clock.now());
    faults = new FaultInjector(scenario.faults);
    limiter.reset();
    log.clear();
    auth.reset();
    homes = makeHomes();
    platform?.restart();
  };

  const setSiteEvents = (id: number, events: SiteEventsInput) => {
    const site = world.sites.get(id);
    if (!site) return false;
    applySiteEvents(site, events, clock.now());
    return true;
  };

  const admin = adminRoutes({
    clock,
    state,
    requestLog: () => log.list(),
    reset,
    setSpeed: (n) => clock.setSpeed(n),
    setSiteEvents,
  });
  const fleetRoutes: FleetRoute[] = [...userRoutes, ...vehicleRoutes, ...energyRoutes];
  const server = createFront({
    clock,
    auth: () => auth,
    rootRoutes: () => [
      ...auth.routes,
      ...admin,
      ...(platform ? [...platform.routes, ...platform.adminRoutes] : []),
      ...(homes ? homesAdminRoutes(homes) : []),
    ],
    fleetRoutes,
    publicRoutes: [statusRoute],
    world: () => world,
    account: () => account,
    regionBaseUrls: () => bases,
    faults: () => faults,
    limiter,
    log,
    latencyMs: () => latencyMs,
    homeOf: (sub) => homes?.homeOf(sub),
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `http://127.0.0.1:${port}`;
  bases = { NA: origin + REGION_PREFIX.NA, EU: origin + REGION_PREFIX.EU, CN: origin + REGION_PREFIX.CN };
  // The platform's customers connected before today: their connections exist when the first call arrives.
  await platform?.ready();

  return {
    origin,
    regionBaseUrls: bases,
    clock,
    auth,
    demoClient: DEMO_CLIENT,
    installerClient: INSTALLER_CLIENT,
    platform: platform ? { baseUrl: `${origin}/platform`, agentKey: DEMO_AGENT_KEY } : null,
    scenario,
    admin: { state, requestLog: () => log.list(), reset, setSiteEvents },
    setSpeed: (n) => clock.setSpeed(n),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
