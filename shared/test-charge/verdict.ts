// Runs anywhere. The verdict is measured from the samples, not assumed: pass when battery power moves in
// the asked direction beyond a threshold scaled to the nameplate power for a sustained stretch (and, for a
// discharge to the grid, while grid power is negative); otherwise the likeliest cause of what was seen.
import type { PowerSample, SiteSettings } from '../report/test-run-schema';
import type { FailReason, NotAppliedReason, PassReason } from './reasons';
import { FULL_PERCENT } from './preflight';
import type { Direction } from './strategy';

/** Fraction of the nameplate power that counts as "moving"; bounded so tiny or missing nameplates stay sane. */
export const THRESHOLD_FRACTION = 0.1;
export const MIN_THRESHOLD_W = 300;
export const DEFAULT_THRESHOLD_W = 500;
/**
 * The stretch must last this long (seconds on the readings' own timestamps, shownSeconds), or a quarter of
 * a short test, over at least SUSTAIN_READINGS distinct readings in a row: three readings 3 s apart once
 * the battery moves. A single
 * reading (or two) may catch a transient; three consecutive ones over 6 s show the site acting on the
 * settings. Longer would keep the customer's settings changed for no more certainty.
 */
export const SUSTAIN_SECONDS = 6;
export const SUSTAIN_READINGS = 3;

export function thresholdW(nameplateW: number | undefined): number {
  if (!nameplateW || nameplateW <= 0) return DEFAULT_THRESHOLD_W;
  return Math.max(MIN_THRESHOLD_W, Math.round(nameplateW * THRESHOLD_FRACTION));
}

export function sustainSeconds(minutes: number): number {
  return Math.min(SUSTAIN_SECONDS, (minutes * 60) / 4);
}

export interface VerdictInput {
  direction: Direction;
  minutes: number;
  samples: readonly PowerSample[];
  nameplateW: number | undefined;
  /** The settings while the test ran (the strategy's target). */
  during: SiteSettings;
  /** Whether any live_status during the test showed off grid / a Storm Watch or grid-services event. */
  offGridSeen: boolean;
  gridEventSeen: boolean;
  /**
   * Battery power before the first write. Movement the battery was already making in the asked direction
   * (e.g. charging from a solar surplus) does not count: only what the test added does.
   */
  baselineW?: number | null;
  /** site_info `non_export_configured` (inferred: "Permission to Export: No"); no export can happen at all. */
  nonExportConfigured?: boolean;
  /** Every write was accepted by Tesla (201 Updated / ""): a still battery then means the site did not follow. */
  writesAccepted?: boolean;
  /** The settings read back after the writes (null/absent: not read). */
  readBack?: SiteSettings | null;
  /** How the watch's live_status readings went: attempted, missed (no answer or refused), and the last one. */
  readings?: ReadingsTally;
}

export interface ReadingsTally {
  attempted: number;
  missed: number;
  lastMissed: boolean;
}

/**
 * Contact with Tesla was lost when the watch ended without an answer and at least half its readings got
 * none: what the battery did is then unknown, and any cause drawn from the few readings would be a guess.
 */
export function contactLost(readings: ReadingsTally | undefined): boolean {
  return !!readings && readings.attempted > 0 && readings.lastMissed && readings.missed * 2 >= readings.attempted;
}

export type Analysis =
  | { verdict: 'pass'; reason: PassReason; thresholdW: number; sustainedFrom: number; sustainedTo: number }
  | { verdict: 'fail'; reason: FailReason; thresholdW: number }
  | { verdict: 'setting_not_applied'; reason: NotAppliedReason; thresholdW: number; differs: string[] };

/** The written settings the read-back contradicts. */
export function settingsNotApplied(during: SiteSettings, readBack: SiteSettings): string[] {
  return (Object.keys(during) as Array<keyof SiteSettings>).filter(
    (k) => during[k] !== undefined && readBack[k] !== undefined && readBack[k] !== during[k],
  );
}

/** Battery power in the asked direction (positive = the right way): Tesla's battery_power is >0 discharging. */
function towards(direction: Direction, batteryW: number): number {
  return direction === 'discharge' ? batteryW : -batteryW;
}

function qualifies(s: PowerSample, direction: Direction, threshold: number, base: number): boolean {
  if (s.batteryW === null || towards(direction, s.batteryW) - base < threshold) return false;
  if (direction === 'discharge') return s.gridW !== null && s.gridW < 0;
  return true;
}

/** Whether one reading shows what a pass needs (beyond the threshold and the baseline; to the grid for a discharge). */
export function movesAsAsked(
  s: PowerSample,
  direction: Direction,
  threshold: number,
  baselineW?: number | null,
): boolean {
  return qualifies(
    s,
    direction,
    threshold,
    typeof baselineW === 'number' ? Math.max(0, towards(direction, baselineW)) : 0,
  );
}

/** A reading's own time (live_status `timestamp`, ms), or null when it has none Date.parse reads. */
function stampOf(s: PowerSample): number | null {
  if (s.timestamp === undefined) return null;
  const ms = Date.parse(s.timestamp);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Seconds the site showed between two readings. Their own timestamps say it where both have one: the
 * arrival times (`t`) also hold how late each answer came (a busy laptop, a slow Tesla), so three readings
 * taken a second apart but answered late would pass for a longer stretch than the site ever showed.
 */
export function shownSeconds(from: PowerSample, to: PowerSample): number {
  const a = stampOf(from);
  const b = stampOf(to);
  return a !== null && b !== null ? (b - a) / 1000 : to.t - from.t;
}

/**
 * The first stretch of consecutive qualifying samples that lasts long enough (on the readings' own clock,
 * shownSeconds) over at least SUSTAIN_READINGS distinct readings, or null. A reading repeated with the
 * same site timestamp is the same reading.
 */
export function sustainedStretch(
  samples: readonly PowerSample[],
  test: (s: PowerSample) => boolean,
  seconds: number,
): { from: number; to: number } | null {
  let start: PowerSample | null = null;
  let count = 0;
  let lastStamp: string | undefined;
  for (const s of samples) {
    if (!test(s)) {
      start = null;
      count = 0;
      lastStamp = undefined;
      continue;
    }
    start ??= s;
    if (s.timestamp === undefined || s.timestamp !== lastStamp) count += 1;
    lastStamp = s.timestamp;
    if (count >= SUSTAIN_READINGS && shownSeconds(start, s) >= seconds) return { from: start.t, to: s.t };
  }
  return null;
}

function lastSoc(samples: readonly PowerSample[]): number | null {
  for (let i = samples.length - 1; i >= 0; i -= 1) {
    const soc = samples[i]?.socPercent;
    if (typeof soc === 'number') return soc;
  }
  return null;
}

export function analyseRun(input: VerdictInput): Analysis {
  const threshold = thresholdW(input.nameplateW);
  const { direction, samples, during } = input;
  const base = typeof input.baselineW === 'number' ? Math.max(0, towards(direction, input.baselineW)) : 0;
  const stretch = sustainedStretch(
    samples,
    (s) => qualifies(s, direction, threshold, base),
    sustainSeconds(input.minutes),
  );
  if (stretch) {
    return {
      verdict: 'pass',
      reason: direction === 'charge' ? 'charged' : 'discharged_to_grid',
      thresholdW: threshold,
      sustainedFrom: stretch.from,
      sustainedTo: stretch.to,
    };
  }
  const fail = (reason: FailReason): Analysis => ({ verdict: 'fail', reason, thresholdW: threshold });
  if (input.gridEventSeen) return fail('grid_event');
  if (input.offGridSeen) return fail('off_grid');
  if (contactLost(input.readings)) return fail('lost_contact');
  // Tesla said "Updated", but the site reports otherwise: the setting did not take (the 80% cap, or a
  // gateway that has not received it), which no Tesla-app setting of the customer's explains.
  if (input.readBack) {
    const differs = settingsNotApplied(during, input.readBack);
    if (differs.length > 0) {
      const target = during.backup_reserve_percent;
      const capped =
        differs.includes('backup_reserve_percent') &&
        typeof target === 'number' &&
        target > 80 &&
        input.readBack.backup_reserve_percent === 80;
      return {
        verdict: 'setting_not_applied',
        reason: capped ? 'reserve_capped' : 'readback_differs',
        thresholdW: threshold,
        differs,
      };
    }
  }
  const soc = lastSoc(samples);
  const batteryMoved = sustainedStretch(
    samples,
    (s) => s.batteryW !== null && towards(direction, s.batteryW) - base >= threshold,
    sustainSeconds(input.minutes),
  );
  const anyMove = samples.some((s) => s.batteryW !== null && towards(direction, s.batteryW) - base >= threshold);
  const wrongWay = samples.some((s) => s.batteryW !== null && towards(direction, s.batteryW) <= -threshold);
  if (direction === 'charge') {
    if (soc !== null && soc >= FULL_PERCENT) return fail('battery_full');
    const reserve = during.backup_reserve_percent;
    // Accepted, and the battery never moved because it already sits at the cloud's 80% cap.
    if (
      !anyMove &&
      input.writesAccepted &&
      soc !== null &&
      typeof reserve === 'number' &&
      reserve <= 80 &&
      soc >= reserve - 1
    ) {
      return { verdict: 'setting_not_applied', reason: 'reserve_capped', thresholdW: threshold, differs: [] };
    }
    if (soc !== null && typeof reserve === 'number' && soc >= reserve - 1) return fail('reserve_cap_reached');
    if (during.disallow_charge_from_grid_with_solar_installed === true) return fail('grid_charging_off');
    if (!anyMove && input.writesAccepted)
      return { verdict: 'setting_not_applied', reason: 'gateway_offline', thresholdW: threshold, differs: [] };
    return fail(anyMove ? 'not_sustained' : 'no_response');
  }
  const reserve = during.backup_reserve_percent ?? 0;
  if (soc !== null && soc <= Math.max(reserve + 1, 2)) return fail('battery_empty');
  const rule = during.customer_preferred_export_rule;
  if (input.nonExportConfigured === true) return fail('export_not_permitted');
  if (batteryMoved || !anyMove) {
    // The battery covered the home (or did nothing) and nothing went out: the export rule is the usual cause.
    if (rule === 'pv_only') return fail('exports_solar_only');
    if (rule === 'never') return fail('exports_never');
    if (batteryMoved) return fail(rule === undefined ? 'exports_not_reported' : 'no_export');
    // Time-Based Control stored energy instead: exporting did not pay under the tariff right now.
    if (!wrongWay && !anyMove && input.writesAccepted && samples.length > 0)
      return { verdict: 'setting_not_applied', reason: 'gateway_offline', thresholdW: threshold, differs: [] };
    return fail(wrongWay ? 'no_export' : 'no_response');
  }
  return fail('not_sustained');
}
