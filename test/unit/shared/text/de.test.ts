// The German catalogue is complete and German: every English key, no untranslated value, the same
// placeholders. (The type TextCatalogue already refuses a missing key at compile time; this also catches
// an extra one and an English sentence left in place.)
import { describe, expect, it } from 'vitest';
import { de } from '@shared/text/de';
import { en } from '@shared/text/en';
import { flatten, type Tree } from '@test/support/text-catalogue';

/**
 * German values allowed to equal the English: true invariants only. After placeholders ({{x}}) and
 * punctuation are taken out, every word left must be a product or brand name, a unit, an API value, or a
 * word German spells the same (Region, Version, Status, Solar…). Anything else is untranslated.
 */
const INVARIANT_WORDS = new Set(
  [
    'Tesla Connect Doctor Powerwall Fleet API OAuth PDF HTML JSON CSV VIN QR ID URL OK',
    'Demo Status Region Version Solar China Backup Gateway Firmware Details Start Stopp Beta Export Import Name Token Client Scopes Scope',
    'W kW kWh Wh % s ms h min USD NA EU CN',
    'openid offline_access user_data vehicle_device_data vehicle_location vehicle_cmds vehicle_charging_cmds energy_device_data energy_cmds',
    'pv_only battery_ok never self_consumption autonomous backup',
  ]
    .join(' ')
    .split(' '),
);

/** Keys whose German deliberately quotes Tesla's own English labels (the consent boxes, as Tesla shows them). */
const QUOTED_TESLA_LABELS = [/^accounts\.scope\./];

function isInvariant(value: string): boolean {
  const words = value
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/\$t\([^)]*\)/g, ' ')
    .split(/[\s\d.,:;/()+\-–—…→←·×=<>|#[\]"'’“”„!?]+/)
    .filter(Boolean);
  return words.every((w) => INVARIANT_WORDS.has(w));
}

const enFlat = flatten(en as unknown as Tree);
const deFlat = flatten(de as unknown as Tree);

/** German values equal to the English that are not invariants: English left in place. */
function untranslated(german: Map<string, string>): string[] {
  return [...enFlat]
    .filter(([key, value]) => german.get(key) === value)
    .filter(([key, value]) => !isInvariant(value) && !QUOTED_TESLA_LABELS.some((re) => re.test(key)))
    .map(([key, value]) => `${key}: ${value}`);
}

describe('German translation (de.ts)', () => {
  it('has every key of en.ts and no key English lacks', () => {
    expect([...enFlat.keys()].filter((k) => !deFlat.has(k))).toEqual([]);
    expect([...deFlat.keys()].filter((k) => !enFlat.has(k))).toEqual([]);
  });

  it('leaves no value identical to the English except true invariants', () => {
    expect(untranslated(deFlat)).toEqual([]);
  });

  it('fails on a planted English sentence, in the causes as anywhere (the check above can fail)', () => {
    const planted = new Map(deFlat);
    planted.set('cause.rate.limited.fix.step1', enFlat.get('cause.rate.limited.fix.step1')!);
    planted.set('explain.hint.unknown', enFlat.get('explain.hint.unknown')!);
    expect(untranslated(planted)).toEqual([
      `explain.hint.unknown: ${enFlat.get('explain.hint.unknown')}`,
      `cause.rate.limited.fix.step1: ${enFlat.get('cause.rate.limited.fix.step1')}`,
    ]);
    // A product name or Tesla's own label left as it is stays allowed.
    expect(isInvariant('Tesla Powerwall Fleet API')).toBe(true);
  });

  it('keeps the same {{placeholders}} as the English, so no value is lost in translation', () => {
    const names = (s: string) => [...s.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...enFlat]
      .filter(([key, value]) => JSON.stringify(names(value)) !== JSON.stringify(names(deFlat.get(key) ?? '')))
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has no empty German string where the English has text', () => {
    expect([...enFlat].filter(([k, v]) => v.trim() && !deFlat.get(k)?.trim()).map(([k]) => k)).toEqual([]);
  });
});
