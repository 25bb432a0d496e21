// Main process (plain Node). The terminal's lines about other people on the site (issue 26.1): what looked
// like another test in progress, and the settings someone else changed during this test (left as they are).
import type { ChangedByOther } from '@shared/test-charge/changed-by-others';
import type { OtherTestSign } from '@shared/test-charge/other-test-signs';
import { textIn, type Translate } from '@shared/text/languages';

/** The terminal's words: English unless the command was given --lang (its `t` is passed in). */
const english = textIn('en');

type Value = string | number | boolean | undefined;

/** A setting's value as the Tesla app shows it (Grid Charging is stored inverted). */
export function settingValueText(key: string, value: Value, t: Translate = english): string {
  if (value === undefined) return t('testCharge.notReported');
  if (key === 'backup_reserve_percent') return t('testCharge.percent', { value: String(value) });
  if (key === 'disallow_charge_from_grid_with_solar_installed')
    return value === true ? t('testCharge.value.no') : t('testCharge.value.yes');
  return t(`testCharge.value.${String(value)}`, { defaultValue: String(value) });
}

export function otherTestSignText(sign: OtherTestSign, t: Translate = english): string {
  return t(`testCharge.otherTest.sign.${sign.code}`, {
    value: String(sign.value),
    power: String(Math.abs(Number(sign.value))),
    direction: t(`testCharge.otherTest.direction.${sign.direction}`),
  });
}

export function changedByOtherText(c: ChangedByOther, t: Translate = english): string {
  return t('cli.testCharge.changedByOther', {
    setting: t(`testCharge.setting.${c.key}`),
    value: settingValueText(c.key, c.now, t),
    original: settingValueText(c.key, c.original, t),
  });
}

export function sharedSiteLines(
  result: { otherTest?: OtherTestSign[]; changedByOthers?: ChangedByOther[] },
  t: Translate = english,
): string[] {
  const lines: string[] = [];
  if (result.otherTest?.length) {
    lines.push(t('testCharge.otherTest.heading'));
    for (const sign of result.otherTest)
      lines.push(t('cli.testCharge.otherTestSign', { text: otherTestSignText(sign, t) }));
    lines.push(t('testCharge.otherTest.inferred'));
  }
  for (const c of result.changedByOthers ?? []) lines.push(changedByOtherText(c, t));
  return lines;
}
