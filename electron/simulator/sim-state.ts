// Main process (plain Node). The simulator's mutable world, built from a scenario: energy sites (their
// stored site_info, which writes change, and a Powerwall model) and vehicles (sleep/wake, key pairing).
import {
  eventsFrom,
  PowerwallModel,
  type PowerwallEvents,
  type PowerwallSettings,
  type PowerwallSpec,
  type RealMode,
  type ExportRule,
} from './powerwall-model';
import type { Scenario, ScenarioSite, ScenarioVehicle } from './scenario-schema';

/** Simulated milliseconds an asleep car needs to come online after wake_up. */
export const WAKE_MS = 20_000;

type Json = Record<string, unknown>;

export interface SiteState {
  id: number;
  product: Json;
  siteInfo: Json;
  pinnedLiveStatus?: Json;
  model: PowerwallModel;
  reserveCap80: boolean;
  /** Outages (off grid), for calendar_history kind=backup: the scenario's past ones, then those seen while running. */
  outages: { start: number; end?: number }[];
  /**
   * The settings the site started with, then each write with when it was made: calendar_history replays
   * them, so past days do not change when today's settings do.
   */
  settingsLog: { at: number; settings: PowerwallSettings }[];
  /** Charge and events at the start of the run: where every calendar_history replay begins. */
  historyStart: { soc: number; events: PowerwallEvents };
}

export interface VehicleState {
  product: Json & { id: number; vin: string };
  keyPaired: boolean | null;
  vehicleInfo?: Json;
  /** The scenario's raw vehicle_data `response`, when it pins one (else the simulator makes one). */
  vehicleData?: Json;
  wakeAt?: number;
}

export interface SimWorld {
  sites: Map<number, SiteState>;
  vehicles: VehicleState[];
}

const clone = <T>(v: T): T => structuredClone(v);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export function buildWorld(scenario: Scenario, now: number): SimWorld {
  const sites = new Map<number, SiteState>();
  for (const s of scenario.energySites) sites.set(s.product.energy_site_id, buildSite(s, now));
  return { sites, vehicles: scenario.vehicles.map(buildVehicle) };
}

function buildVehicle(v: ScenarioVehicle): VehicleState {
  return {
    product: clone(v.product),
    keyPaired: v.keyPaired,
    vehicleInfo: v.vehicleInfo ? clone(v.vehicleInfo) : undefined,
    vehicleData: v.vehicleData ? clone(v.vehicleData) : undefined,
  };
}

function buildSite(s: ScenarioSite, now: number): SiteState {
  const product = clone(s.product) as Json;
  const siteInfo = s.siteInfo ? clone(s.siteInfo) : minimalSiteInfo(product);
  const pinned = s.liveStatus ? clone(s.liveStatus) : undefined;
  const comps = obj(siteInfo.components);
  const batteries = Array.isArray(comps.batteries) ? comps.batteries.map(obj) : [];
  const hasBattery = comps.battery === true || obj(product.components).battery === true;
  const count = num(siteInfo.battery_count) ?? (batteries.length || (hasBattery ? 1 : 0));
  const sum = (key: string, perUnit: number) =>
    batteries.length ? batteries.reduce((a, b) => a + (num(b[key]) ?? perUnit), 0) : count * perUnit;
  const spec: PowerwallSpec = {
    hasBattery,
    hasSolar: comps.solar === true || obj(product.components).solar === true,
    batteryCount: Math.max(count, hasBattery ? 1 : 0),
    energyWh: num(siteInfo.nameplate_energy) ?? sum('nameplate_energy', 13_500),
    maxChargeW: sum('nameplate_max_charge_power', 5_000),
    maxDischargeW: sum('nameplate_max_discharge_power', 5_000),
    solarPeakW: s.model?.solarPeakW ?? 7_000,
    baseLoadW: s.model?.baseLoadW ?? 900,
    timeZone: validZone(siteInfo.installation_time_zone),
    schedule: scheduleOf(siteInfo),
  };
  const soc = s.model?.soc ?? num(pinned?.percentage_charged) ?? num(product.percentage_charged) ?? 50;
  const events = eventsFrom(s.model, pinned);
  const model = new PowerwallModel(spec, settingsOf(siteInfo), events, { at: now, soc });
  const outages: SiteState['outages'] = (s.backupEvents ?? []).map((e) => ({
    start: Date.parse(e.timestamp),
    end: Date.parse(e.timestamp) + e.duration * 1000,
  }));
  if (events.islandStatus !== 'on_grid') outages.push({ start: now });
  return {
    id: s.product.energy_site_id,
    product,
    siteInfo,
    pinnedLiveStatus: pinned,
    model,
    reserveCap80: s.model?.reserveCap80 ?? newerFirmware(siteInfo),
    outages,
    settingsLog: [{ at: Number.NEGATIVE_INFINITY, settings: settingsOf(siteInfo) }],
    historyStart: { soc, events: { ...events } },
  };
}

/** What site_info answers for a products entry that came without one (e.g. a site with no assets). */
function minimalSiteInfo(product: Json): Json {
  return {
    id: product.id ?? String(product.energy_site_id),
    site_name: product.site_name ?? 'My Home',
    components: clone(obj(product.components)),
  };
}

/** Storm Watch, a grid-services event or an outage on a site; an outage's start and end go into its backup history. */
export function setSiteEvents(site: SiteState, events: Partial<PowerwallEvents>, now: number): void {
  const wasOff = site.model.events.islandStatus !== 'on_grid';
  site.model.setEvents(events, now);
  const isOff = site.model.events.islandStatus !== 'on_grid';
  if (!wasOff && isOff) site.outages.push({ start: now });
  const open = site.outages.find((o) => o.end === undefined);
  if (wasOff && !isOff && open) open.end = now;
}

/** The customer's settings as site_info stores them (absent grid-charging flag = allowed). */
export function settingsOf(siteInfo: Json): PowerwallSettings {
  const c = obj(siteInfo.components);
  const mode = siteInfo.default_real_mode;
  const rule = c.customer_preferred_export_rule;
  return {
    mode: mode === 'autonomous' || mode === 'backup' ? (mode as RealMode) : 'self_consumption',
    reservePercent: num(siteInfo.backup_reserve_percent) ?? 0,
    // Absent export rule (VPP sites): the site exports solar, as "pv_only".
    exportRule: rule === 'battery_ok' || rule === 'never' ? (rule as ExportRule) : 'pv_only',
    gridChargingAllowed: c.disallow_charge_from_grid_with_solar_installed !== true,
    nonExport: c.non_export_configured === true,
    stormModeEnabled: obj(siteInfo.user_settings).storm_mode_enabled === true,
  };
}

function newerFirmware(siteInfo: Json): boolean {
  const v = typeof siteInfo.version === 'string' ? siteInfo.version : '';
  const major = Number(/^(\d+)\./.exec(v)?.[1] ?? NaN);
  return Number.isFinite(major) && major >= 23;
}

function validZone(z: unknown): string {
  if (typeof z !== 'string' || !z) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: z });
    return z;
  } catch {
    return 'UTC';
  }
}

function scheduleOf(siteInfo: Json): PowerwallSpec['schedule'] {
  const sched = obj(siteInfo.tou_settings).schedule;
  if (!Array.isArray(sched)) return [];
  return sched.map(obj).flatMap((p) => {
    const start = num(p.start_seconds);
    const end = num(p.end_seconds);
    return typeof p.target === 'string' && start !== undefined && end !== undefined
      ? [{ target: p.target, start, end }]
      : [];
  });
}

/** Vehicle state as of `now` (a woken car comes online WAKE_MS after wake_up). */
export function vehicleStateNow(v: VehicleState, now: number): string {
  if (v.wakeAt !== undefined && now >= v.wakeAt) {
    v.product.state = 'online';
    v.wakeAt = undefined;
  }
  return typeof v.product.state === 'string' ? v.product.state : 'online';
}

export function findVehicle(world: SimWorld, idOrVin: string): VehicleState | undefined {
  return world.vehicles.find(
    (v) => v.product.vin === idOrVin || String(v.product.id) === idOrVin || v.product.id_s === idOrVin,
  );
}
