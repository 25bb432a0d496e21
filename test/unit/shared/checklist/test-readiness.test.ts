// One readiness truth: a test asks the checklist's rules what stops it, on the readings it just made.
import { describe, expect, it } from 'vitest';
import { testReadiness, type TestReadinessInput } from '@shared/checklist/test-readiness';

const NOW = Date.UTC(2026, 0, 15, 1, 0, 0);
const site = (components: Record<string, unknown>) => ({
  backup_reserve_percent: 20,
  default_real_mode: 'self_consumption',
  components: { battery: true, ...components },
});
const live = {
  battery_power: 0,
  grid_power: 100,
  percentage_charged: 50,
  island_status: 'on_grid',
  timestamp: new Date(NOW).toISOString(),
};
const input = (over: Partial<TestReadinessInput>): TestReadinessInput => ({
  siteId: '42',
  grantedScopes: ['energy_device_data', 'energy_cmds'],
  siteInfo: site({ non_export_configured: false, customer_preferred_export_rule: 'battery_ok' }),
  liveStatus: live,
  now: NOW,
  direction: 'discharge',
  willSet: [],
  ...over,
});

describe('testReadiness', () => {
  it('a healthy site: nothing blocks, nothing to note', () => {
    const r = testReadiness(input({}));
    expect(r.blocking).toEqual([]);
    expect(r.notes).toEqual([]);
    expect(r.checks.map((c) => c.id)).toContain('energy.permission_to_export');
  });

  it('Permission to Export: No (before permission to operate) blocks a discharge and leaves a charge alone', () => {
    const siteInfo = site({ non_export_configured: true, customer_preferred_export_rule: 'never' });
    const d = testReadiness(input({ siteInfo }));
    // Energy Exports off is right until then: only the permission stops the discharge.
    expect(d.blocking.map((c) => c.id)).toEqual(['energy.permission_to_export']);
    const c = testReadiness(input({ siteInfo, direction: 'charge' }));
    expect(c.blocking).toEqual([]);
    expect(c.notes).toEqual([]);
  });

  it('a failing setting the test itself changes does not block; left alone, it does', () => {
    const siteInfo = site({ non_export_configured: false, customer_preferred_export_rule: 'pv_only' });
    expect(testReadiness(input({ siteInfo, willSet: ['customer_preferred_export_rule'] })).blocking).toEqual([]);
    expect(testReadiness(input({ siteInfo })).blocking.map((c) => c.id)).toEqual(['energy.energy_exports']);
    const gridOff = site({ disallow_charge_from_grid_with_solar_installed: true });
    expect(testReadiness(input({ siteInfo: gridOff, direction: 'charge' })).blocking.map((c) => c.id)).toEqual([
      'energy.grid_charging',
    ]);
    expect(
      testReadiness(
        input({ siteInfo: gridOff, direction: 'charge', willSet: ['disallow_charge_from_grid_with_solar_installed'] }),
      ).blocking,
    ).toEqual([]);
  });
});
