// The strategy's rule for sites without Permission to Export (non_export_configured, typically before the
// utility's permission to operate): the export rule is never changed, whatever else the test does.
import { describe, expect, it } from 'vitest';
import { parseSiteInfo, planStrategy, settingsFromSiteInfo, writesFor } from '@shared/test-charge';

const prePto = (exportRule: string, extra: Record<string, unknown> = {}) =>
  parseSiteInfo({
    backup_reserve_percent: 20,
    default_real_mode: 'self_consumption',
    components: {
      battery: true,
      non_export_configured: true,
      customer_preferred_export_rule: exportRule,
      edit_setting_energy_exports: true,
      ...extra,
    },
  });

describe('strategy without Permission to Export', () => {
  it('a discharge leaves Energy Exports "never" alone, with its why-code, and writes nothing to it', () => {
    const site = prePto('never');
    const before = settingsFromSiteInfo(site);
    const d = planStrategy('discharge', true, before, site);
    expect(d.touches.map((t) => t.key)).not.toContain('customer_preferred_export_rule');
    expect(d.leftAlone).toContainEqual({
      key: 'customer_preferred_export_rule',
      value: 'never',
      why: 'no_export_permission',
    });
    expect(d.target.customer_preferred_export_rule).toBe('never');
    const writes = writesFor(d.target, before);
    expect(writes.some((w) => 'customer_preferred_export_rule' in w.body)).toBe(false);
    // The rest of a discharge still applies: Time-Based Control and the lowest reserve.
    expect(d.touches.map((t) => t.key)).toEqual(['default_real_mode', 'backup_reserve_percent']);
  });

  it('holds for every export rule and with grid interaction off', () => {
    for (const rule of ['never', 'pv_only', 'battery_ok']) {
      for (const grid of [true, false]) {
        const site = prePto(rule);
        const s = planStrategy('discharge', grid, settingsFromSiteInfo(site), site);
        expect(s.leftAlone).toContainEqual({
          key: 'customer_preferred_export_rule',
          value: rule,
          why: 'no_export_permission',
        });
      }
    }
  });

  it('a charge on the same site still allows Grid Charging (it exports nothing)', () => {
    const site = prePto('never', { disallow_charge_from_grid_with_solar_installed: true });
    const c = planStrategy('charge', true, settingsFromSiteInfo(site), site);
    expect(c.touches.map((t) => t.key)).toContain('disallow_charge_from_grid_with_solar_installed');
    expect(c.target.customer_preferred_export_rule).toBe('never');
  });

  it('with Permission to Export (false or not reported) a discharge still sets Energy Exports to Everything', () => {
    for (const flag of [false, undefined]) {
      const site = parseSiteInfo({
        default_real_mode: 'autonomous',
        backup_reserve_percent: 0,
        components: {
          battery: true,
          customer_preferred_export_rule: 'never',
          ...(flag === undefined ? {} : { non_export_configured: flag }),
        },
      });
      const d = planStrategy('discharge', true, settingsFromSiteInfo(site), site);
      expect(d.touches).toContainEqual({
        key: 'customer_preferred_export_rule',
        from: 'never',
        to: 'battery_ok',
        why: 'exports_everything',
      });
    }
  });
});
