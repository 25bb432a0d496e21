// Answers that came late must not make a pass: how long the battery moved is measured on the readings' own
// timestamps (when the site measured), not on when the answers reached the doctor.
import { describe, expect, it } from 'vitest';
import type { PowerSample } from '@shared/report/test-run-schema';
import { analyseRun, shownSeconds } from '@shared/test-charge/verdict';

const during = { backup_reserve_percent: 100, disallow_charge_from_grid_with_solar_installed: false };
const base = { direction: 'charge' as const, minutes: 1, nameplateW: 10_000, offGridSeen: false, during };

/** Charging readings: [seconds after the first write the answer arrived, site time of the reading "hh:mm:ss"]. */
const charging = (rows: Array<[number, string]>): PowerSample[] =>
  rows.map(([t, at]) => ({
    t,
    batteryW: -5000,
    gridW: 5500,
    solarW: 0,
    loadW: 500,
    socPercent: 50,
    timestamp: `2026-01-14T02:${at}-08:00`,
  }));

describe('the verdict on late answers', () => {
  it('three readings the site took 2 s apart, answered 3 s apart: not a pass', () => {
    // The first answer was quick, the last waited 4 s in a busy event loop: 6 s between arrivals, 2 s shown.
    const samples = charging([
      [30, '00:30'],
      [33, '00:31'],
      [36, '00:32'],
    ]);
    expect(analyseRun({ ...base, gridEventSeen: false, samples })).toMatchObject({
      verdict: 'fail',
      reason: 'not_sustained',
    });
    expect(shownSeconds(samples[0]!, samples[2]!)).toBe(2);
  });

  it('three readings the site took 6 s apart, however late their answers: a pass', () => {
    const samples = charging([
      [41, '00:30'],
      [43, '00:33'],
      [44, '00:36'],
    ]);
    expect(analyseRun({ ...base, gridEventSeen: false, samples })).toMatchObject({
      verdict: 'pass',
      reason: 'charged',
    });
  });

  it('readings without a timestamp: measured on their arrival', () => {
    const samples = charging([
      [30, ''],
      [33, ''],
      [36, ''],
    ]).map(({ timestamp: _none, ...s }) => s);
    expect(shownSeconds(samples[0]!, samples[2]!)).toBe(6);
    expect(analyseRun({ ...base, gridEventSeen: false, samples })).toMatchObject({ verdict: 'pass' });
  });
});
