// Main process (plain Node). calendar_history for an energy site: `kind=energy` (energy per interval from
// the Powerwall model) and `kind=backup` (the site's outages). Shapes from public captures (README
// "Simulator > Facts beyond the reference"): energy entries carry the same keys as Home Assistant's
// tesla_fleet fixture; backup events have a timestamp and a duration in seconds.
import { isoInZone, PowerwallModel, zoneOffsetMs } from '../powerwall-model';
import type { SiteState } from '../sim-state';

type Json = Record<string, unknown>;
export type HistoryPeriod = 'day' | 'week' | 'month' | 'year';
export const HISTORY_PERIODS: readonly HistoryPeriod[] = ['day', 'week', 'month', 'year'];

export interface HistoryWindow {
  period: HistoryPeriod;
  start: number;
  end: number;
  zone: string;
}

const MIN = 60_000;
/** Interval of one time_series entry, and the model's step inside it. */
const SHAPE: Record<HistoryPeriod, { bucket: 'minutes5' | 'day' | 'month'; stepMs: number }> = {
  day: { bucket: 'minutes5', stepMs: 5 * MIN },
  week: { bucket: 'day', stepMs: 30 * MIN },
  month: { bucket: 'day', stepMs: 30 * MIN },
  year: { bucket: 'month', stepMs: 120 * MIN },
};

/** Local calendar parts of `t` in `zone`. */
function local(t: number, zone: string): { y: number; m: number; d: number; wd: number } {
  const l = new Date(t + zoneOffsetMs(t, zone));
  return { y: l.getUTCFullYear(), m: l.getUTCMonth(), d: l.getUTCDate(), wd: l.getUTCDay() };
}

/** The UTC instant of a local midnight (y, m, d may overflow, as Date.UTC allows). */
function localMidnight(y: number, m: number, d: number, zone: string): number {
  const guess = Date.UTC(y, m, d);
  const first = guess - zoneOffsetMs(guess, zone);
  return guess - zoneOffsetMs(first, zone);
}

/** The calendar window holding `at` in `zone` (a week starts on Sunday), or [start, end] when both are given. */
export function historyWindow(period: HistoryPeriod, at: number, zone: string, start?: number): HistoryWindow {
  const { y, m, d, wd } = local(at, zone);
  if (start !== undefined) return { period, start, end: at, zone };
  switch (period) {
    case 'day':
      return { period, start: localMidnight(y, m, d, zone), end: localMidnight(y, m, d + 1, zone), zone };
    case 'week':
      return { period, start: localMidnight(y, m, d - wd, zone), end: localMidnight(y, m, d - wd + 7, zone), zone };
    case 'month':
      return { period, start: localMidnight(y, m, 1, zone), end: localMidnight(y, m + 1, 1, zone), zone };
    case 'year':
      return { period, start: localMidnight(y, 0, 1, zone), end: localMidnight(y + 1, 0, 1, zone), zone };
  }
}

function bucketStart(t: number, bucket: 'minutes5' | 'day' | 'month', zone: string): number {
  if (bucket === 'minutes5') return t - ((((t + zoneOffsetMs(t, zone)) % (5 * MIN)) + 5 * MIN) % (5 * MIN));
  const { y, m, d } = local(t, zone);
  return bucket === 'day' ? localMidnight(y, m, d, zone) : localMidnight(y, m, 1, zone);
}

const KEYS = [
  'solar_energy_exported',
  'generator_energy_exported',
  'grid_energy_imported',
  'grid_services_energy_imported',
  'grid_services_energy_exported',
  'grid_energy_exported_from_solar',
  'grid_energy_exported_from_generator',
  'grid_energy_exported_from_battery',
  'battery_energy_exported',
  'battery_energy_imported_from_grid',
  'battery_energy_imported_from_solar',
  'battery_energy_imported_from_generator',
  'consumer_energy_imported_from_grid',
  'consumer_energy_imported_from_solar',
  'consumer_energy_imported_from_battery',
  'consumer_energy_imported_from_generator',
  'total_home_usage',
  'total_battery_charge',
  'total_battery_discharge',
  'total_solar_generation',
  'total_grid_energy_exported',
] as const;
type Energies = Record<(typeof KEYS)[number], number>;

/** Splits one interval's flows (W over `hours`) into Tesla's energy fields (Wh): the house takes solar first, then battery, then grid. */
function allocate(
  f: { battery: number; grid: number; solar: number; load: number },
  hours: number,
  gridServices: boolean,
): Energies {
  const solar = Math.max(0, f.solar) * hours;
  const load = Math.max(0, f.load) * hours;
  const discharge = Math.max(0, f.battery) * hours;
  const charge = Math.max(0, -f.battery) * hours;
  const imported = Math.max(0, f.grid) * hours;
  const exported = Math.max(0, -f.grid) * hours;
  const homeSolar = Math.min(load, solar);
  const homeBattery = Math.min(load - homeSolar, discharge);
  const batterySolar = Math.min(charge, Math.max(0, solar - homeSolar));
  const exportBattery = Math.min(exported, Math.max(0, discharge - homeBattery));
  const e = Object.fromEntries(KEYS.map((k) => [k, 0])) as Energies;
  Object.assign(e, {
    solar_energy_exported: solar,
    grid_energy_imported: imported,
    grid_services_energy_exported: gridServices ? exportBattery : 0,
    grid_energy_exported_from_solar: Math.max(0, exported - exportBattery),
    grid_energy_exported_from_battery: exportBattery,
    battery_energy_exported: discharge,
    battery_energy_imported_from_grid: Math.max(0, charge - batterySolar),
    battery_energy_imported_from_solar: batterySolar,
    consumer_energy_imported_from_grid: Math.max(0, load - homeSolar - homeBattery),
    consumer_energy_imported_from_solar: homeSolar,
    consumer_energy_imported_from_battery: homeBattery,
    total_home_usage: load,
    total_battery_charge: charge,
    total_battery_discharge: discharge,
    total_solar_generation: solar,
    total_grid_energy_exported: exported,
  });
  return e;
}

/**
 * The energy time series of a window up to `now`: a fresh Powerwall model runs through the window from
 * the charge and conditions the run started with, and the settings as they were at each moment (the
 * writes are replayed where they were made), so a past day reads the same before and after today's
 * settings change (the simulator keeps no past of its own; the start charge is inferred).
 */
export function energyHistory(site: SiteState, w: HistoryWindow, now: number): Json {
  const { bucket, stepMs } = SHAPE[w.period];
  const until = Math.min(w.end, now);
  const log = site.settingsLog;
  let next = log.findIndex((l) => l.at > w.start);
  if (next === -1) next = log.length;
  const model = new PowerwallModel(
    { ...site.model.spec },
    log[Math.max(0, next - 1)]!.settings,
    { ...site.historyStart.events },
    { at: w.start, soc: site.historyStart.soc },
    stepMs,
  );
  const series: Json[] = [];
  let current: { at: number; e: Energies } | null = null;
  for (let t = w.start; t < until; t += stepMs) {
    while (next < log.length && log[next]!.at <= t) model.applySettings(log[next++]!.settings, log[next - 1]!.at);
    const snap = model.snapshot(t);
    const hours = Math.min(stepMs, until - t) / 3_600_000;
    const e = allocate(
      { battery: snap.batteryPowerW, grid: snap.gridPowerW, solar: snap.solarPowerW, load: snap.loadPowerW },
      hours,
      snap.events.gridServicesActive,
    );
    const at = bucketStart(t, bucket, w.zone);
    if (!current || current.at !== at) {
      if (current) series.push(entry(current, w.zone));
      current = { at, e };
    } else for (const k of KEYS) current.e[k] += e[k];
  }
  if (current) series.push(entry(current, w.zone));
  // The site's own zone, whatever zone the caller asked the window in.
  return { period: w.period, installation_time_zone: site.model.spec.timeZone, time_series: series };
}

function entry(b: { at: number; e: Energies }, zone: string): Json {
  return {
    timestamp: isoInZone(b.at, zone),
    ...Object.fromEntries(KEYS.map((k) => [k, Math.round(b.e[k] * 100) / 100])),
  };
}

/** The site's outages within the window: the scenario's past ones and those the simulator has seen (ongoing ones up to now). */
export function backupHistory(site: SiteState, w: HistoryWindow | null, now: number): Json {
  const events = site.outages
    .map((o) => ({ start: o.start, end: o.end ?? now }))
    .filter((o) => !w || (o.start < w.end && o.end > w.start))
    .sort((a, b) => a.start - b.start)
    .map((o) => ({
      timestamp: isoInZone(o.start, site.model.spec.timeZone),
      duration: Math.round((o.end - o.start) / 1000),
    }));
  return { events, total_events: events.length };
}
