// Runs anywhere. Which of the customer's settings a test writes, to what, and why (shown in the UI, the
// CLI and the README). Modelled on how energy platforms drive a Powerwall through the Fleet API:
//  - charge: Time-Based Control with the backup reserve raised to the cloud cap (80%), which makes the
//    Powerwall charge up to the reserve; with grid interaction, Grid Charging is allowed so the energy may
//    come from the grid, not only from solar.
//  - discharge: Time-Based Control with the lowest reserve, so the battery may run down; with grid
//    interaction, Energy Exports is set to "Everything" so battery energy may go to the grid — except on a
//    site without Permission to Export (non_export_configured, typically before the utility's permission
//    to operate): exporting there breaks the customer's grid agreement, so the export rule is never touched.
// A setting Tesla does not report is never written (the original could not be put back), and a setting the
// site marks as not editable (edit_setting_* false, inferred) is left alone and named in the result.
import type { SiteSettings } from '../report/test-run-schema';
import type { RawSiteInfo } from './site-facts';
import type { SettingKey } from './settings';

export type Direction = 'charge' | 'discharge';

/** The cloud API snaps reserves above 80% to 80% on newer firmware; asking for more would not read back. */
export const RESERVE_CAP_PERCENT = 80;
/** The lowest reserve the test sets for a discharge. */
export const LOWEST_RESERVE_PERCENT = 0;
export const TIME_BASED_CONTROL = 'autonomous';

export type WhyCode =
  | 'mode_tbc_charge'
  | 'mode_tbc_discharge'
  | 'reserve_cap'
  | 'reserve_lowest'
  | 'grid_charging_allow'
  | 'exports_everything'
  | 'already_set'
  | 'not_reported'
  | 'locked'
  | 'grid_interaction_off'
  | 'no_export_permission';

export interface SettingTouch {
  key: SettingKey;
  from: SiteSettings[SettingKey];
  to: SiteSettings[SettingKey];
  why: WhyCode;
}

export interface SettingLeftAlone {
  key: SettingKey;
  value: SiteSettings[SettingKey];
  why: WhyCode;
}

export interface Strategy {
  direction: Direction;
  gridInteraction: boolean;
  /** Settings the test changes (from -> to), in write order. */
  touches: SettingTouch[];
  /** Settings it leaves as they are, with the reason (already right, not reported, locked, no grid interaction). */
  leftAlone: SettingLeftAlone[];
  /** The settings while the test runs (the snapshot with the touches applied). */
  target: SiteSettings;
}

export type WriteEndpoint = 'operation' | 'backup' | 'grid_import_export';

export interface PlannedWrite {
  endpoint: WriteEndpoint;
  body: Partial<SiteSettings>;
}

interface Wish {
  key: SettingKey;
  value: string | number | boolean;
  why: WhyCode;
  /** Only with grid interaction. */
  gridInteraction?: boolean;
  /** The edit_setting_* flag that may lock it. */
  lock?: 'edit_setting_energy_exports' | 'edit_setting_grid_charging';
}

function wishes(direction: Direction): Wish[] {
  if (direction === 'charge') {
    return [
      { key: 'default_real_mode', value: TIME_BASED_CONTROL, why: 'mode_tbc_charge' },
      { key: 'backup_reserve_percent', value: RESERVE_CAP_PERCENT, why: 'reserve_cap' },
      {
        key: 'disallow_charge_from_grid_with_solar_installed',
        value: false,
        why: 'grid_charging_allow',
        gridInteraction: true,
        lock: 'edit_setting_grid_charging',
      },
    ];
  }
  return [
    { key: 'default_real_mode', value: TIME_BASED_CONTROL, why: 'mode_tbc_discharge' },
    { key: 'backup_reserve_percent', value: LOWEST_RESERVE_PERCENT, why: 'reserve_lowest' },
    {
      key: 'customer_preferred_export_rule',
      value: 'battery_ok',
      why: 'exports_everything',
      gridInteraction: true,
      lock: 'edit_setting_energy_exports',
    },
  ];
}

/**
 * A charge never lowers a reserve set above the cloud cap (e.g. 90% or 100% from the Tesla app): that would
 * discharge rather than charge, and the cloud snaps 81–99 to 80, so the original could not be written back.
 */
function reserveAlreadyHigh(direction: Direction, key: SettingKey, current: SiteSettings[SettingKey]): boolean {
  return (
    direction === 'charge' &&
    key === 'backup_reserve_percent' &&
    typeof current === 'number' &&
    current >= RESERVE_CAP_PERCENT
  );
}

export function planStrategy(
  direction: Direction,
  gridInteraction: boolean,
  before: SiteSettings,
  site: RawSiteInfo,
): Strategy {
  const touches: SettingTouch[] = [];
  const leftAlone: SettingLeftAlone[] = [];
  const target: SiteSettings = { ...before };
  for (const wish of wishes(direction)) {
    const current = before[wish.key];
    if (wish.key === 'customer_preferred_export_rule' && site.components?.non_export_configured === true) {
      // Forced or not: without Permission to Export the doctor never changes what the site may export.
      leftAlone.push({ key: wish.key, value: current, why: 'no_export_permission' });
    } else if (wish.gridInteraction && !gridInteraction) {
      leftAlone.push({ key: wish.key, value: current, why: 'grid_interaction_off' });
    } else if (current === undefined) {
      // Grid charging absent means allowed already; any other absent field cannot be restored, so stays absent.
      leftAlone.push({
        key: wish.key,
        value: current,
        why: wish.key === 'disallow_charge_from_grid_with_solar_installed' ? 'already_set' : 'not_reported',
      });
    } else if (current === wish.value || reserveAlreadyHigh(direction, wish.key, current)) {
      leftAlone.push({ key: wish.key, value: current, why: 'already_set' });
    } else if (wish.lock && site.components?.[wish.lock] === false) {
      leftAlone.push({ key: wish.key, value: current, why: 'locked' });
    } else {
      touches.push({ key: wish.key, from: current, to: wish.value, why: wish.why });
      (target as Record<string, unknown>)[wish.key] = wish.value;
    }
  }
  return { direction, gridInteraction, touches, leftAlone, target };
}

const ENDPOINT_OF: Record<SettingKey, WriteEndpoint> = {
  default_real_mode: 'operation',
  backup_reserve_percent: 'backup',
  customer_preferred_export_rule: 'grid_import_export',
  disallow_charge_from_grid_with_solar_installed: 'grid_import_export',
};

/**
 * The writes that turn `current` into `wanted` (only keys present in `wanted` that differ), one per
 * endpoint, in the given endpoint order. Used to apply a strategy and to restore a snapshot.
 */
export function writesFor(
  wanted: SiteSettings,
  current: SiteSettings,
  order: readonly WriteEndpoint[] = ['operation', 'backup', 'grid_import_export'],
): PlannedWrite[] {
  const bodies = new Map<WriteEndpoint, Partial<SiteSettings>>();
  for (const key of Object.keys(ENDPOINT_OF) as SettingKey[]) {
    const value = wanted[key];
    if (value === undefined || value === current[key]) continue;
    const endpoint = ENDPOINT_OF[key];
    bodies.set(endpoint, { ...(bodies.get(endpoint) ?? {}), [key]: value });
  }
  return order.filter((e) => bodies.has(e)).map((endpoint) => ({ endpoint, body: bodies.get(endpoint) ?? {} }));
}

/** Restores undo the riskiest change first: stop exporting, then the reserve, then the mode. */
export const RESTORE_ORDER: readonly WriteEndpoint[] = ['grid_import_export', 'backup', 'operation'];
