// Runs anywhere. The customer's settings a test touches: read from site_info, compared field by field.
// A field Tesla did not report stays absent in the snapshot, and a test never writes an absent field
// (it could not put "absent" back).
import { SiteSettingsSchema, type SiteSettings } from '../report/test-run-schema';
import type { RawSiteInfo } from './site-facts';

export type SettingKey = keyof SiteSettings;
export const SETTING_KEYS: readonly SettingKey[] = [
  'default_real_mode',
  'backup_reserve_percent',
  'customer_preferred_export_rule',
  'disallow_charge_from_grid_with_solar_installed',
];

export function settingsFromSiteInfo(site: RawSiteInfo): SiteSettings {
  const out: SiteSettings = {};
  if (site.backup_reserve_percent !== undefined) out.backup_reserve_percent = site.backup_reserve_percent;
  if (site.default_real_mode !== undefined) out.default_real_mode = site.default_real_mode;
  const c = site.components;
  if (c?.customer_preferred_export_rule !== undefined)
    out.customer_preferred_export_rule = c.customer_preferred_export_rule;
  if (c?.disallow_charge_from_grid_with_solar_installed !== undefined) {
    out.disallow_charge_from_grid_with_solar_installed = c.disallow_charge_from_grid_with_solar_installed;
  }
  return SiteSettingsSchema.parse(out);
}

export interface SettingChange {
  key: SettingKey;
  /** `undefined` = not reported. */
  expected: SiteSettings[SettingKey];
  actual: SiteSettings[SettingKey];
}

/** The fields of `expected` that `actual` does not match (only keys present in `expected` count). */
export function diffSettings(expected: SiteSettings, actual: SiteSettings): SettingChange[] {
  const changes: SettingChange[] = [];
  for (const key of SETTING_KEYS) {
    if (expected[key] === undefined) continue;
    if (expected[key] !== actual[key]) changes.push({ key, expected: expected[key], actual: actual[key] });
  }
  return changes;
}

export function settingsMatch(expected: SiteSettings, actual: SiteSettings): boolean {
  return diffSettings(expected, actual).length === 0;
}

/** Only the given keys of a snapshot (what a journal needs to put back). */
export function pickSettings(settings: SiteSettings, keys: readonly SettingKey[]): SiteSettings {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (settings[key] !== undefined) out[key] = settings[key];
  return SiteSettingsSchema.parse(out);
}
