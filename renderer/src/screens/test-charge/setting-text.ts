// Renderer: a setting's name and value as the Tesla app shows them (Grid Charging is stored inverted).
import type { TFunction } from 'i18next';

type Value = string | number | boolean | undefined;

export function settingName(t: TFunction, key: string): string {
  return t(`testCharge.setting.${key}`);
}

export function settingValue(t: TFunction, key: string, value: Value): string {
  if (value === undefined) return t('testCharge.notReported');
  if (key === 'backup_reserve_percent') return t('testCharge.percent', { value });
  if (key === 'disallow_charge_from_grid_with_solar_installed')
    return value === true ? t('testCharge.value.no') : t('testCharge.value.yes');
  if (key === 'default_real_mode' || key === 'customer_preferred_export_rule') {
    return t(`testCharge.value.${String(value)}`, { defaultValue: String(value) });
  }
  return String(value);
}
