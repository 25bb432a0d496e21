import { describe, expect, it } from 'vitest';
import { analyseRun, settingsNotApplied } from '@shared/test-charge/verdict';
import type { PowerSample } from '@shared/report/test-run-schema';

const still = (n: number): PowerSample[] =>
  Array.from({ length: n }, (_, i) => ({ t: i * 20, batteryW: 0, gridW: 800, solarW: 0, loadW: 800, socPercent: 50 }));
const during = {
  default_real_mode: 'autonomous',
  backup_reserve_percent: 100,
  customer_preferred_export_rule: 'battery_ok',
  disallow_charge_from_grid_with_solar_installed: false,
} as const;

describe('analyseRun: accepted writes the site did not follow', () => {
  it('a read-back that differs names the setting; a reserve above 80 stored as 80 is the cap', () => {
    const capped = analyseRun({
      direction: 'charge',
      minutes: 5,
      samples: still(16),
      nameplateW: 5000,
      during,
      offGridSeen: false,
      gridEventSeen: false,
      writesAccepted: true,
      readBack: { ...during, backup_reserve_percent: 80 },
    });
    expect(capped).toMatchObject({
      verdict: 'setting_not_applied',
      reason: 'reserve_capped',
      differs: ['backup_reserve_percent'],
    });
    const other = analyseRun({
      direction: 'charge',
      minutes: 5,
      samples: still(16),
      nameplateW: 5000,
      during,
      offGridSeen: false,
      gridEventSeen: false,
      writesAccepted: true,
      readBack: { ...during, default_real_mode: 'self_consumption' },
    });
    expect(other).toMatchObject({
      verdict: 'setting_not_applied',
      reason: 'readback_differs',
      differs: ['default_real_mode'],
    });
  });

  it('settings read back as written but the battery never moved: the gateway most likely never got them', () => {
    const r = analyseRun({
      direction: 'charge',
      minutes: 5,
      samples: still(16),
      nameplateW: 5000,
      during,
      offGridSeen: false,
      gridEventSeen: false,
      writesAccepted: true,
      readBack: { ...during },
    });
    expect(r).toMatchObject({ verdict: 'setting_not_applied', reason: 'gateway_offline' });
  });

  it('without accepted writes, or with a grid event, the old reasons stand', () => {
    expect(
      analyseRun({
        direction: 'charge',
        minutes: 5,
        samples: still(16),
        nameplateW: 5000,
        during,
        offGridSeen: false,
        gridEventSeen: false,
      }),
    ).toMatchObject({ verdict: 'fail', reason: 'no_response' });
    expect(
      analyseRun({
        direction: 'charge',
        minutes: 5,
        samples: still(16),
        nameplateW: 5000,
        during,
        offGridSeen: false,
        gridEventSeen: true,
        writesAccepted: true,
        readBack: { ...during, backup_reserve_percent: 80 },
      }),
    ).toMatchObject({ verdict: 'fail', reason: 'grid_event' });
  });

  it('settingsNotApplied compares only what both sides report', () => {
    expect(
      settingsNotApplied({ backup_reserve_percent: 100 }, { backup_reserve_percent: 100, default_real_mode: 'backup' }),
    ).toEqual([]);
  });
});
