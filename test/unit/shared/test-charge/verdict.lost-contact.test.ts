// A run that lost Tesla part-way cannot be judged from the readings it missed: the verdict says contact was
// lost, not a cause (no export, no response) that the data never showed.
import { describe, expect, it } from 'vitest';
import type { PowerSample } from '@shared/report/test-run-schema';
import { textIn } from '@shared/text/languages';
import { analyseRun } from '@shared/test-charge/verdict';

const series = (rows: Array<[number, number, number, number]>): PowerSample[] =>
  rows.map(([t, batteryW, gridW, soc]) => ({ t, batteryW, gridW, solarW: 0, loadW: 1000, socPercent: soc }));
const base = { minutes: 5, nameplateW: 10_000, offGridSeen: false, gridEventSeen: false };
const discharge = {
  ...base,
  direction: 'discharge' as const,
  during: { backup_reserve_percent: 0, customer_preferred_export_rule: 'battery_ok' },
};
const charge = {
  ...base,
  direction: 'charge' as const,
  during: { backup_reserve_percent: 80, disallow_charge_from_grid_with_solar_installed: false },
};

describe('verdict after lost contact', () => {
  it('says contact was lost when the last readings failed, instead of no_export or no_response', () => {
    const early = series([
      [0, 0, 1000, 60],
      [20, 0, 1000, 60],
    ]);
    expect(
      analyseRun({ ...discharge, samples: early, readings: { attempted: 16, missed: 14, lastMissed: true } }).reason,
    ).toBe('lost_contact');
    expect(
      analyseRun({ ...charge, samples: early, readings: { attempted: 16, missed: 14, lastMissed: true } }).reason,
    ).toBe('lost_contact');
    expect(analyseRun({ ...charge, samples: [], readings: { attempted: 3, missed: 3, lastMissed: true } }).reason).toBe(
      'lost_contact',
    );
  });

  it('still judges a run whose readings mostly arrived (one gap is not lost contact)', () => {
    const still = series([
      [0, 0, 1000, 50],
      [60, 0, 1000, 50],
      [120, 0, 1000, 50],
      [180, 0, 1000, 50],
    ]);
    expect(
      analyseRun({ ...charge, samples: still, readings: { attempted: 5, missed: 1, lastMissed: false } }).reason,
    ).toBe('no_response');
  });

  it('keeps a pass and what the readings did show (a grid event) even when contact was lost afterwards', () => {
    const passed = series([
      [0, 0, 1000, 50],
      [20, -3000, 4000, 50],
      [40, -3000, 4000, 51],
      [60, -3000, 4000, 52],
    ]); // three readings: a pass (SUSTAIN_READINGS)
    expect(
      analyseRun({ ...charge, samples: passed, readings: { attempted: 16, missed: 13, lastMissed: true } }),
    ).toMatchObject({ verdict: 'pass' });
    expect(
      analyseRun({
        ...charge,
        gridEventSeen: true,
        samples: passed.slice(0, 1),
        readings: { attempted: 16, missed: 15, lastMissed: true },
      }).reason,
    ).toBe('grid_event');
  });

  it('tells what happened, what happens to the settings and what to do', () => {
    const text = textIn('en')('outcome.lost_contact');
    expect(text).toMatch(/lost contact with Tesla/i);
    expect(text).toMatch(/restored when/);
    expect(text).toMatch(/internet connection/);
  });
});
