// Main process (plain Node). A Powerwall site driven by the simulated clock. Pure: the caller owns time.
// The rules (README "Simulator > Powerwall model") follow the reference's section 4:
// - settings written through the API take effect RESPONSE_DELAY_MS later (the cloud relays them);
// - reserve charging ~1.7 kW per Powerwall, Backup mode ~3.3 kW, Time-Based Control up to ~5 kW;
// - no grid charging when disallowed, except a nearly empty battery;
// - battery energy goes to the grid only under "Everything" (battery_ok) with Time-Based Control
//   (autonomous) while exporting pays; Storm Watch and grid-services events override the settings;
// - off grid nothing moves to or from the grid: the battery can only serve the house from solar.
import type { ExportRule, OperationMode } from '@shared/tesla/fleet-responses';
import type { ModelConditions } from './scenario-schema';

export const RESPONSE_DELAY_MS = 30_000;
const STEP_MS = 10_000;
const NEARLY_EMPTY_PERCENT = 5;
const PER_PW_RESERVE_CHARGE_W = 1_700;
const PER_PW_BACKUP_CHARGE_W = 3_300;
const PER_PW_TBC_CHARGE_W = 5_000;

export type { ExportRule };
export type RealMode = OperationMode;

export interface PowerwallSettings {
  mode: RealMode;
  reservePercent: number;
  exportRule: ExportRule;
  gridChargingAllowed: boolean;
  /** Exports of any kind are blocked (waiting for permission to operate). */
  nonExport: boolean;
  stormModeEnabled: boolean;
}

export interface PowerwallSpec {
  hasBattery: boolean;
  hasSolar: boolean;
  batteryCount: number;
  energyWh: number;
  maxChargeW: number;
  maxDischargeW: number;
  solarPeakW: number;
  baseLoadW: number;
  /** IANA zone for the solar and load profiles and the tariff schedule (UTC when unknown). */
  timeZone: string;
  /** tou_settings.schedule periods: [start, end) seconds of day and their target ('peak', 'off_peak', ...). */
  schedule: { target: string; start: number; end: number }[];
}

export interface PowerwallEvents {
  islandStatus: 'on_grid' | 'off_grid' | 'off_grid_intentional' | 'off_grid_unintentional';
  stormWatchActive: boolean;
  gridServicesActive: boolean;
  exportPays?: boolean;
}

export interface PowerwallSnapshot {
  at: number;
  soc: number;
  batteryPowerW: number;
  gridPowerW: number;
  solarPowerW: number;
  loadPowerW: number;
  /** The settings the Powerwall is acting on now (writes arrive RESPONSE_DELAY_MS after they are made). */
  effective: PowerwallSettings;
  events: PowerwallEvents;
  pending: { at: number; settings: PowerwallSettings }[];
}

export class PowerwallModel {
  private soc: number;
  private at: number;
  private effective: PowerwallSettings;
  private pending: { at: number; settings: PowerwallSettings }[] = [];
  private last = { battery: 0, grid: 0, solar: 0, load: 0 };

  constructor(
    readonly spec: PowerwallSpec,
    settings: PowerwallSettings,
    public events: PowerwallEvents,
    start: { at: number; soc: number },
    /** Integration step; coarser steps serve long history windows (calendar_history) cheaply. */
    private readonly stepMs = STEP_MS,
  ) {
    this.soc = clamp(start.soc, 0, 100);
    this.at = start.at;
    this.effective = { ...settings };
    this.last = this.flows(start.at);
  }

  /** A write through the API: the site acts on it after the cloud's delay. */
  applySettings(settings: PowerwallSettings, now: number): void {
    this.advanceTo(now);
    this.pending.push({ at: now + RESPONSE_DELAY_MS, settings: { ...settings } });
  }

  /** A new tariff: the schedule applies from `now` (after integrating up to it under the old one). */
  setSchedule(schedule: PowerwallSpec['schedule'], now: number): void {
    this.advanceTo(now);
    this.spec.schedule = schedule;
    this.last = this.flows(now);
  }

  setEvents(events: Partial<PowerwallEvents>, now: number): void {
    this.advanceTo(now);
    this.events = { ...this.events, ...events };
    this.last = this.flows(now);
  }

  snapshot(now: number): PowerwallSnapshot {
    this.advanceTo(now);
    return {
      at: now,
      soc: this.soc,
      batteryPowerW: this.last.battery,
      gridPowerW: this.last.grid,
      solarPowerW: this.last.solar,
      loadPowerW: this.last.load,
      effective: { ...this.effective },
      events: { ...this.events },
      pending: this.pending.map((p) => ({ at: p.at, settings: { ...p.settings } })),
    };
  }

  /** Integrates the state of charge up to `now` in small steps, applying delayed settings on time. */
  advanceTo(now: number): void {
    // Time never runs backwards in the model, even if a caller's clock does.
    while (this.at < now) {
      const nextSetting = this.pending[0]?.at ?? Infinity;
      const stepEnd = Math.min(now, this.at + this.stepMs, nextSetting);
      const flows = this.flows(this.at);
      const hours = (stepEnd - this.at) / 3_600_000;
      if (this.spec.energyWh > 0)
        this.soc = clamp(this.soc - (flows.battery * hours * 100) / this.spec.energyWh, 0, 100);
      this.at = stepEnd;
      while (this.pending.length && this.pending[0]!.at <= this.at) this.effective = this.pending.shift()!.settings;
    }
    this.last = this.flows(this.at);
  }

  /** Instantaneous powers (W) for the current state; battery >0 discharging, grid >0 importing. */
  private flows(t: number): { battery: number; grid: number; solar: number; load: number } {
    const { spec, events } = this;
    const s = this.effective;
    const local = localTime(t, spec.timeZone);
    let solar = spec.hasSolar ? solarAt(local.hours, spec.solarPeakW) : 0;
    const load = loadAt(local.hours, spec.baseLoadW);
    if (!spec.hasBattery) return balance(0, solar, load, s, events);

    const offGrid = events.islandStatus !== 'on_grid';
    const full = this.soc >= 100;
    const empty = this.soc <= 0;
    const maxIn = full ? 0 : spec.maxChargeW;
    const maxOut = empty ? 0 : spec.maxDischargeW;

    if (offGrid) {
      // Islanded: the battery balances the house from solar; nothing crosses the (absent) grid.
      const battery = clamp(load - solar, -maxIn, maxOut);
      if (battery === -maxIn && solar - load > maxIn) solar = load + maxIn; // the inverters curtail
      return { battery: watts(battery), grid: 0, solar: watts(solar), load: watts(load) };
    }

    const nearlyEmpty = this.soc < NEARLY_EMPTY_PERCENT;
    const gridChargeOk = s.gridChargingAllowed || nearlyEmpty;
    const surplus = Math.max(0, solar - load);

    if (events.gridServicesActive) {
      // A VPP event: full discharge to the grid regardless of the customer's settings.
      return balance(maxOut, solar, load, s, events, true);
    }
    if (events.stormWatchActive && s.stormModeEnabled) {
      // Storm Watch: fill up from anything available, grid charging permission notwithstanding.
      return balance(-Math.min(maxIn, spec.batteryCount * PER_PW_BACKUP_CHARGE_W + surplus), solar, load, s, events);
    }

    const reserve = s.mode === 'backup' ? 100 : s.reservePercent;
    if (this.soc < reserve) {
      const rate =
        spec.batteryCount *
        (s.mode === 'backup'
          ? PER_PW_BACKUP_CHARGE_W
          : s.mode === 'autonomous'
            ? PER_PW_TBC_CHARGE_W
            : PER_PW_RESERVE_CHARGE_W);
      const fromGrid = gridChargeOk ? rate : 0;
      return balance(-Math.min(maxIn, Math.max(surplus, fromGrid)), solar, load, s, events);
    }
    if (s.mode === 'backup') return balance(-Math.min(maxIn, surplus), solar, load, s, events);

    if (s.mode === 'autonomous') {
      const pays = events.exportPays ?? isPeak(local.secondsOfDay, spec.schedule);
      if (pays && s.exportRule === 'battery_ok' && !s.nonExport && this.soc > reserve) {
        return balance(maxOut, solar, load, s, events, true);
      }
      if (!pays && gridChargeOk && hasSchedule(spec.schedule)) {
        // Off-peak under Time-Based Control: store cheap energy for the peak.
        return balance(-Math.min(maxIn, spec.batteryCount * PER_PW_TBC_CHARGE_W), solar, load, s, events);
      }
    }
    // Self-powered: the battery covers the house and stores the surplus.
    const want = load - solar;
    const battery = want > 0 ? (this.soc > reserve ? Math.min(want, maxOut) : 0) : Math.max(want, -maxIn);
    return balance(battery, solar, load, s, events);
  }
}

/** Grid power closes the balance; exports are curtailed when the settings forbid them. */
function balance(
  battery: number,
  solar: number,
  load: number,
  s: PowerwallSettings,
  events: PowerwallEvents,
  batteryExportAllowed = false,
): { battery: number; grid: number; solar: number; load: number } {
  let grid = load - solar - battery;
  if (grid < 0) {
    const solarExportOk = !s.nonExport && s.exportRule !== 'never';
    const batteryExport = Math.max(0, Math.min(battery, -grid));
    if (!batteryExportAllowed && batteryExport > 0) {
      battery -= batteryExport;
      grid += batteryExport;
    }
    if (grid < 0 && !solarExportOk && !events.gridServicesActive) {
      solar = Math.max(0, solar + grid); // curtail the panels instead of exporting
      grid = 0;
    }
  }
  return { battery: watts(battery), grid: watts(grid), solar: watts(solar), load: watts(load) };
}

/** Whole watts, never -0. */
function watts(n: number): number {
  return Math.round(n) || 0;
}

function solarAt(hours: number, peak: number): number {
  if (hours < 6 || hours > 18) return 0;
  return peak * Math.sin(((hours - 6) / 12) * Math.PI);
}

function loadAt(hours: number, base: number): number {
  // A morning and an evening bump on top of the base load.
  const bump = hours >= 6 && hours < 9 ? 0.6 : hours >= 17 && hours < 22 ? 1.2 : 0;
  return base * (1 + bump);
}

function hasSchedule(schedule: PowerwallSpec['schedule']): boolean {
  return schedule.some((p) => /peak/.test(p.target) && !/off/.test(p.target));
}

function isPeak(secondsOfDay: number, schedule: PowerwallSpec['schedule']): boolean {
  for (const p of schedule) {
    const end = p.end === 0 ? 86_400 : p.end;
    const inside =
      p.start <= end ? secondsOfDay >= p.start && secondsOfDay < end : secondsOfDay >= p.start || secondsOfDay < end;
    if (inside) return /peak/.test(p.target) && !/off/.test(p.target);
  }
  return false;
}

function localTime(t: number, timeZone: string): { hours: number; secondsOfDay: number } {
  const local = t + zoneOffsetMs(t, timeZone);
  const secondsOfDay = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 1000);
  return { hours: secondsOfDay / 3600, secondsOfDay };
}

// Zone offsets change only at DST switches: look each up once per zone and UTC hour (Intl is slow, and a
// simulated day is thousands of model steps per site).
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const offsets = new Map<string, number>();

/** The zone's offset from UTC at `t`, in milliseconds (0 for an unknown zone). */
export function zoneOffsetMs(t: number, timeZone: string): number {
  const hour = Math.floor(t / 3_600_000);
  const key = `${timeZone}|${hour}`;
  const cached = offsets.get(key);
  if (cached !== undefined) return cached;
  let fmt = formatters.get(timeZone);
  if (fmt === undefined) {
    try {
      fmt = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      fmt = null; // unknown zone: UTC
    }
    formatters.set(timeZone, fmt);
  }
  let offset = 0;
  if (fmt) {
    const at = hour * 3_600_000;
    const p = Object.fromEntries(fmt.formatToParts(at).map((x) => [x.type, Number(x.value)]));
    offset = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - at;
  }
  if (offsets.size > 50_000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** `t` as Tesla writes site times: ISO 8601 in the site's own offset, seconds precision ("2024-01-01T16:00:00-08:00"). */
export function isoInZone(t: number, timeZone: string): string {
  const offset = zoneOffsetMs(t, timeZone);
  const local = new Date(Math.floor(t / 1000) * 1000 + offset).toISOString().slice(0, 19);
  const mins = Math.round(offset / 60_000);
  const sign = mins < 0 ? '-' : '+';
  const abs = Math.abs(mins);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** Conditions from the scenario, with defaults. */
export function eventsFrom(
  model: ModelConditions | undefined,
  pinned: Record<string, unknown> | undefined,
): PowerwallEvents {
  const island =
    model?.islandStatus ??
    (typeof pinned?.island_status === 'string' && pinned.island_status.startsWith('off_grid')
      ? (pinned.island_status as PowerwallEvents['islandStatus'])
      : 'on_grid');
  return {
    islandStatus: island,
    stormWatchActive: model?.stormWatchActive ?? pinned?.storm_mode_active === true,
    gridServicesActive: model?.gridServicesActive ?? pinned?.grid_services_active === true,
    exportPays: model?.exportPays,
  };
}
