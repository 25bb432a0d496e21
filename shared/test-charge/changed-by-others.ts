// Runs anywhere. Which of the settings a test wrote someone else has set since (the customer in the Tesla app,
// another installation's test): a setting that holds neither the customer's original nor the test's value.
// The restore leaves those as they are; writing the original back would undo a later, deliberate change.
import type { SiteSettings } from '../report/test-run-schema';
import { SETTING_KEYS, type SettingKey } from './settings';

export type SettingValue = SiteSettings[SettingKey];

export interface ChangedByOther {
  key: SettingKey;
  /** What the site holds now. */
  now: SettingValue;
  /** The customer's value before the test (what a restore would have written). */
  original: SettingValue;
  /** The value this test wrote. */
  wrote: SettingValue;
}

/** The keys of `original` whose value in `now` is neither the original nor what the test wrote. */
export function changedByOthers(original: SiteSettings, wrote: SiteSettings, now: SiteSettings): ChangedByOther[] {
  const out: ChangedByOther[] = [];
  for (const key of SETTING_KEYS) {
    if (original[key] === undefined || wrote[key] === undefined) continue;
    if (now[key] === original[key] || now[key] === wrote[key]) continue;
    out.push({ key, now: now[key], original: original[key], wrote: wrote[key] });
  }
  return out;
}

/** `settings` without the given keys. */
export function withoutKeys(settings: SiteSettings, keys: readonly string[]): SiteSettings {
  const out: Record<string, unknown> = { ...settings };
  for (const key of keys) delete out[key];
  return out as SiteSettings;
}
