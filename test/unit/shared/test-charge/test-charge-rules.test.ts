import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PowerSample } from '@shared/report/test-run-schema';
import {
  analyseRun,
  diffSettings,
  parseLiveStatus,
  parseSiteInfo,
  planStrategy,
  preflight,
  RESTORE_ORDER,
  settingsFromSiteInfo,
  thresholdW,
  writesFor,
  nameplatePowerW,
} from '@shared/test-charge';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/tesla-public/${name}.json`, import.meta.url), 'utf8'))
    .response as unknown;
const site = parseSiteInfo(fixture('site_info'));
const live = parseLiveStatus(fixture('live_status'));
const ALL = ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'];

describe('settings snapshot', () => {
  it('reads the four settings from the public site_info sample', () => {
    expect(settingsFromSiteInfo(site)).toEqual({
      backup_reserve_percent: 0,
      default_real_mode: 'self_consumption',
      customer_preferred_export_rule: 'pv_only',
      disallow_charge_from_grid_with_solar_installed: true,
    });
  });
  it('keeps absent fields absent and diffs only what the snapshot holds', () => {
    const s = settingsFromSiteInfo(parseSiteInfo({ backup_reserve_percent: 20, components: {} }));
    expect(s).toEqual({ backup_reserve_percent: 20 });
    expect(diffSettings(s, { backup_reserve_percent: 20, default_real_mode: 'backup' })).toEqual([]);
    expect(diffSettings(s, { backup_reserve_percent: 80 })).toEqual([
      { key: 'backup_reserve_percent', expected: 20, actual: 80 },
    ]);
  });
  it('takes nameplate power from the batteries, else the site', () => {
    expect(nameplatePowerW(site, 'discharge')).toBe(10_000);
    expect(nameplatePowerW(parseSiteInfo({ nameplate_power: 5000 }), 'charge')).toBe(5000);
    expect(nameplatePowerW(parseSiteInfo({}), 'charge')).toBeUndefined();
  });
});

describe('strategy', () => {
  const before = settingsFromSiteInfo(site);
  it('charge with grid interaction: TBC, reserve to the cap, grid charging allowed', () => {
    const s = planStrategy('charge', true, before, site);
    expect(s.touches.map((t) => [t.key, t.to])).toEqual([
      ['default_real_mode', 'autonomous'],
      ['backup_reserve_percent', 80],
      ['disallow_charge_from_grid_with_solar_installed', false],
    ]);
    expect(writesFor(s.target, before)).toEqual([
      { endpoint: 'operation', body: { default_real_mode: 'autonomous' } },
      { endpoint: 'backup', body: { backup_reserve_percent: 80 } },
      { endpoint: 'grid_import_export', body: { disallow_charge_from_grid_with_solar_installed: false } },
    ]);
  });
  it('a charge never lowers a reserve set above the cloud cap (it could not be written back)', () => {
    for (const reserve of [80, 90, 100]) {
      const s = planStrategy('charge', true, { ...before, backup_reserve_percent: reserve }, site);
      expect(s.touches.map((t) => t.key)).not.toContain('backup_reserve_percent');
      expect(s.leftAlone).toContainEqual({ key: 'backup_reserve_percent', value: reserve, why: 'already_set' });
      expect(s.target.backup_reserve_percent).toBe(reserve);
    }
  });
  it('without grid interaction leaves Grid Charging and Energy Exports alone', () => {
    const c = planStrategy('charge', false, before, site);
    expect(c.touches.map((t) => t.key)).not.toContain('disallow_charge_from_grid_with_solar_installed');
    expect(c.leftAlone).toContainEqual({
      key: 'disallow_charge_from_grid_with_solar_installed',
      value: true,
      why: 'grid_interaction_off',
    });
    const d = planStrategy('discharge', false, before, site);
    expect(d.target.customer_preferred_export_rule).toBe('pv_only');
  });
  it('discharge with grid interaction: TBC, lowest reserve, exports Everything; reserve already 0 is left', () => {
    const d = planStrategy('discharge', true, before, site);
    expect(d.touches.map((t) => [t.key, t.to])).toEqual([
      ['default_real_mode', 'autonomous'],
      ['customer_preferred_export_rule', 'battery_ok'],
    ]);
    expect(d.leftAlone).toContainEqual({ key: 'backup_reserve_percent', value: 0, why: 'already_set' });
  });
  it('never writes a field Tesla did not report, nor one marked not editable', () => {
    const vpp = parseSiteInfo({
      backup_reserve_percent: 30,
      default_real_mode: 'autonomous',
      components: { battery: true },
    });
    const d = planStrategy('discharge', true, settingsFromSiteInfo(vpp), vpp);
    expect(d.touches.map((t) => t.key)).toEqual(['backup_reserve_percent']);
    expect(d.leftAlone).toContainEqual({
      key: 'customer_preferred_export_rule',
      value: undefined,
      why: 'not_reported',
    });
    const locked = parseSiteInfo({
      ...(fixture('site_info') as object),
      components: { ...site.components, edit_setting_grid_charging: false },
    });
    const c = planStrategy('charge', true, settingsFromSiteInfo(locked), locked);
    expect(c.leftAlone).toContainEqual({
      key: 'disallow_charge_from_grid_with_solar_installed',
      value: true,
      why: 'locked',
    });
  });
  it('restores in reverse risk order and only what differs', () => {
    const now = {
      ...before,
      default_real_mode: 'autonomous',
      customer_preferred_export_rule: 'battery_ok',
      backup_reserve_percent: 0,
    };
    expect(writesFor(before, now, RESTORE_ORDER)).toEqual([
      { endpoint: 'grid_import_export', body: { customer_preferred_export_rule: 'pv_only' } },
      { endpoint: 'operation', body: { default_real_mode: 'self_consumption' } },
    ]);
  });
});

describe('preflight', () => {
  it('passes the public sample both ways (95.5% is not full: only 98% and up blocks a charge)', () => {
    expect(preflight({ direction: 'discharge', grantedScopes: ALL, site, live })).toMatchObject({
      ok: true,
      blockers: [],
    });
    expect(preflight({ direction: 'charge', grantedScopes: ALL, site, live }).ok).toBe(true);
  });
  it('explains every blocker', () => {
    const bad = preflight({
      direction: 'charge',
      grantedScopes: ['openid'],
      site: parseSiteInfo({ components: { battery: false, configurable: false } }),
      live: parseLiveStatus({
        island_status: 'off_grid_unintentional',
        storm_mode_active: true,
        percentage_charged: 99,
      }),
    });
    expect(bad.blockers.map((b) => b.code)).toEqual([
      'missing_energy_cmds',
      'missing_energy_read',
      'no_battery',
      'off_grid',
      'grid_event',
      'not_editable',
      'battery_full',
    ]);
    const empty = preflight({
      direction: 'discharge',
      grantedScopes: ALL,
      site,
      live: parseLiveStatus({ percentage_charged: 3, island_status: 'on_grid' }),
    });
    expect(empty.blockers).toEqual([{ code: 'battery_empty', observed: 3 }]);
  });
  it('warns, not blocks, when the charge level is not reported', () => {
    const r = preflight({
      direction: 'charge',
      grantedScopes: ALL,
      site,
      live: parseLiveStatus({ island_status: 'on_grid' }),
    });
    expect(r).toEqual({ ok: true, blockers: [], warnings: ['soc_not_reported'] });
  });
});

const series = (rows: Array<[number, number, number, number]>): PowerSample[] =>
  rows.map(([t, batteryW, gridW, soc]) => ({ t, batteryW, gridW, solarW: 0, loadW: 1000, socPercent: soc }));

describe('verdict', () => {
  const base = { minutes: 5, nameplateW: 10_000, offGridSeen: false, gridEventSeen: false };
  it('scales the threshold to the nameplate power, with a floor', () => {
    expect(thresholdW(10_000)).toBe(1000);
    expect(thresholdW(1000)).toBe(300);
    expect(thresholdW(undefined)).toBe(500);
  });
  it('passes a charge only for a sustained stretch beyond the threshold', () => {
    const during = { backup_reserve_percent: 80, disallow_charge_from_grid_with_solar_installed: false };
    const ok = series([
      [0, 0, 1000, 50],
      [20, -3000, 4000, 50],
      [40, -3000, 4000, 51],
      [60, -3000, 4000, 51],
      [80, -3000, 4000, 52],
    ]);
    expect(analyseRun({ ...base, direction: 'charge', samples: ok, during })).toMatchObject({
      verdict: 'pass',
      reason: 'charged',
      sustainedFrom: 20,
      sustainedTo: 60,
    });
    // Two readings are not enough, however far apart; three over less than the sustain time neither.
    expect(analyseRun({ ...base, direction: 'charge', samples: ok.slice(0, 3), during })).toMatchObject({
      verdict: 'fail',
      reason: 'not_sustained',
    });
    const quick = series([
      [0, 0, 1000, 50],
      [30, -3000, 4000, 50],
      [32, -3000, 4000, 50],
      [34, -3000, 4000, 50],
      [36, -3000, 4000, 50],
    ]);
    expect(analyseRun({ ...base, direction: 'charge', samples: quick, during })).toMatchObject({
      verdict: 'pass',
      sustainedFrom: 30,
      sustainedTo: 36,
    });
    // The same reading returned twice (same site timestamp) counts once.
    const stamped = ok.map((s, i) => ({
      ...s,
      timestamp: `2026-01-15T01:00:${i === 2 ? '01' : String(i).padStart(2, '0')}+00:00`,
    }));
    expect(analyseRun({ ...base, direction: 'charge', samples: stamped.slice(0, 4), during })).toMatchObject({
      verdict: 'fail',
    });
    const blip = series([
      [0, 0, 0, 50],
      [20, -3000, 0, 50],
      [40, 0, 0, 50],
      [60, -3000, 0, 50],
      [80, 0, 0, 50],
    ]);
    expect(analyseRun({ ...base, direction: 'charge', samples: blip, during })).toMatchObject({
      verdict: 'fail',
      reason: 'not_sustained',
    });
  });
  it('names the likeliest cause of a failed charge', () => {
    const still = series([
      [0, 0, 1000, 50],
      [60, 0, 1000, 50],
      [120, 0, 1000, 50],
    ]);
    const d = (during: object) => analyseRun({ ...base, direction: 'charge', samples: still, during }).reason;
    expect(d({ backup_reserve_percent: 80, disallow_charge_from_grid_with_solar_installed: true })).toBe(
      'grid_charging_off',
    );
    expect(d({ backup_reserve_percent: 80 })).toBe('no_response');
    expect(
      analyseRun({
        ...base,
        direction: 'charge',
        samples: series([
          [0, 0, 0, 80],
          [60, 0, 0, 80],
        ]),
        during: { backup_reserve_percent: 80 },
      }).reason,
    ).toBe('reserve_cap_reached');
    expect(
      analyseRun({
        ...base,
        direction: 'charge',
        samples: series([
          [0, 0, 0, 99],
          [60, 0, 0, 100],
        ]),
        during: { backup_reserve_percent: 80 },
      }).reason,
    ).toBe('battery_full');
    expect(analyseRun({ ...base, gridEventSeen: true, direction: 'charge', samples: still, during: {} }).reason).toBe(
      'grid_event',
    );
    expect(analyseRun({ ...base, offGridSeen: true, direction: 'charge', samples: still, during: {} }).reason).toBe(
      'off_grid',
    );
  });
  it('passes a discharge only while power goes to the grid; otherwise blames the export rule', () => {
    const toGrid = series([
      [0, 0, 1000, 60],
      [20, 4000, -3000, 59],
      [40, 4000, -3000, 59],
      [60, 4000, -3000, 58],
      [80, 4000, -3000, 58],
    ]);
    const during = { backup_reserve_percent: 0, customer_preferred_export_rule: 'battery_ok' };
    expect(analyseRun({ ...base, direction: 'discharge', samples: toGrid, during })).toMatchObject({
      verdict: 'pass',
      reason: 'discharged_to_grid',
    });
    const homeOnly = series([
      [0, 0, 1000, 60],
      [20, 1500, 0, 59],
      [40, 1500, 0, 59],
      [60, 1500, 0, 58],
      [80, 1500, 0, 58],
    ]);
    expect(
      analyseRun({
        ...base,
        direction: 'discharge',
        samples: homeOnly,
        during: { ...during, customer_preferred_export_rule: 'pv_only' },
      }).reason,
    ).toBe('exports_solar_only');
    expect(analyseRun({ ...base, direction: 'discharge', samples: homeOnly, during }).reason).toBe('no_export');
    expect(
      analyseRun({ ...base, direction: 'discharge', samples: homeOnly, during: { backup_reserve_percent: 0 } }).reason,
    ).toBe('exports_not_reported');
    expect(
      analyseRun({
        ...base,
        direction: 'discharge',
        samples: series([
          [0, 0, 500, 1],
          [60, 0, 500, 0],
        ]),
        during,
      }).reason,
    ).toBe('battery_empty');
  });
});

describe('verdict baseline', () => {
  it('does not count charging that was already under way (solar surplus) towards a pass', () => {
    const during = { backup_reserve_percent: 80 };
    const same = series([
      [0, -3000, 0, 50],
      [20, -3000, 0, 50],
      [40, -3000, 0, 51],
      [60, -3000, 0, 51],
      [80, -3000, 0, 52],
    ]);
    const base = {
      minutes: 5,
      nameplateW: 10_000,
      offGridSeen: false,
      gridEventSeen: false,
      direction: 'charge' as const,
      during,
    };
    expect(analyseRun({ ...base, samples: same })).toMatchObject({ verdict: 'pass' });
    expect(analyseRun({ ...base, samples: same, baselineW: -3000 })).toMatchObject({ verdict: 'fail' });
    const more = series([
      [0, -3000, 0, 50],
      [20, -8000, 0, 50],
      [40, -8000, 0, 51],
      [60, -8000, 0, 51],
      [80, -8000, 0, 52],
    ]);
    expect(analyseRun({ ...base, samples: more, baselineW: -3000 })).toMatchObject({
      verdict: 'pass',
      sustainedFrom: 20,
    });
    // A battery that was discharging before a charge test sets no bar above the threshold.
    expect(analyseRun({ ...base, samples: more, baselineW: 2000 })).toMatchObject({
      verdict: 'pass',
      sustainedFrom: 0,
    });
  });
});
