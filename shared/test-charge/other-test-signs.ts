// Runs anywhere. Another test in progress, recognised from the site itself before the first write, for when
// no shared lock is there to say so (another laptop, the desk's headless tool, another data folder). A test
// leaves its signature on the site: Time-Based Control with the backup reserve at the cap (a charge) or at
// the lowest value (a discharge); alongside it, grid charging allowed or exports on "Everything", and the
// battery moving at a test's level in that direction. The signature values are what starts a refusal; the
// rest only adds to what is named. Tesla's Fleet API does not say when a setting was last changed
// (site_info carries no change time), so "changed minutes ago" is inferred from the battery still acting
// on those values, never read. A customer who really runs Time-Based Control at 0 % or 80 % is told what was
// seen and may go on deliberately (the installer's confirmation).
import type { SiteSettings } from '../report/test-run-schema';
import { LOWEST_RESERVE_PERCENT, RESERVE_CAP_PERCENT, TIME_BASED_CONTROL, type Direction } from './strategy';

export type OtherTestSignCode = 'test_mode_reserve' | 'test_exports' | 'test_grid_charging' | 'test_battery_power';

export interface OtherTestSign {
  code: OtherTestSignCode;
  /** The direction of the test these values belong to. */
  direction: Direction;
  /** What was seen: the reserve (%), the export rule, grid charging allowed, or the battery's watts. */
  value: string | number | boolean;
}

/**
 * What on the site looks like another test under way; empty when nothing does. `batteryW` from live_status
 * (>0 discharging), `thresholdW` the level a test's verdict counts as moving.
 */
export function signsOfAnotherTest(
  settings: SiteSettings,
  batteryW: number | null | undefined,
  thresholdW: number,
): OtherTestSign[] {
  if (settings.default_real_mode !== TIME_BASED_CONTROL) return [];
  const reserve = settings.backup_reserve_percent;
  const direction: Direction | null =
    reserve === RESERVE_CAP_PERCENT ? 'charge' : reserve === LOWEST_RESERVE_PERCENT ? 'discharge' : null;
  if (direction === null || reserve === undefined) return [];
  const signs: OtherTestSign[] = [{ code: 'test_mode_reserve', direction, value: reserve }];
  if (direction === 'discharge' && settings.customer_preferred_export_rule === 'battery_ok')
    signs.push({ code: 'test_exports', direction, value: 'battery_ok' });
  if (direction === 'charge' && settings.disallow_charge_from_grid_with_solar_installed === false)
    signs.push({ code: 'test_grid_charging', direction, value: false });
  if (typeof batteryW === 'number') {
    const moving = direction === 'charge' ? batteryW <= -thresholdW : batteryW >= thresholdW;
    if (moving) signs.push({ code: 'test_battery_power', direction, value: Math.round(batteryW) });
  }
  return signs;
}
