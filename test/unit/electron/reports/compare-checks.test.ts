import { describe, expect, it } from 'vitest';
import { compareChecks } from '@main/reports/compare-checks';
import type { Check, Verdicts } from '@shared/report/check-types';

const check = (id: Check['id'], subject: string, status: Check['status'], title: string = id): Check => ({
  id,
  subject: { kind: 'energy_site', id: subject },
  status,
  title,
  detail: '',
  evidence: [],
});
const v = (battery: boolean, vehicle: boolean): Verdicts => ({
  charge: { ready: battery, blocking: [], waiting: [] },
  discharge: { ready: battery, blocking: [], waiting: [] },
  vehicle: { ready: vehicle, blocking: [], waiting: [] },
});

describe('compareChecks', () => {
  it('matches checks by id and subject, and names what changed, appeared and went away', () => {
    const before = [
      check('energy.grid_charging', 's1', 'fail'),
      check('energy.grid_charging', 's2', 'pass'),
      check('energy.energy_exports', 's1', 'warn'),
    ];
    const after = [
      check('energy.grid_charging', 's1', 'pass', 'Grid Charging is on'),
      check('energy.grid_charging', 's2', 'pass'),
      check('energy.reachable', 's1', 'pass'),
    ];
    const diff = compareChecks(before, after, v(false, true), v(true, true));
    expect(diff.changes).toEqual([
      {
        checkId: 'energy.grid_charging',
        subjectId: 's1',
        kind: 'changed',
        before: 'fail',
        after: 'pass',
        title: 'Grid Charging is on',
      },
      {
        checkId: 'energy.reachable',
        subjectId: 's1',
        kind: 'added',
        before: null,
        after: 'pass',
        title: 'energy.reachable',
      },
      {
        checkId: 'energy.energy_exports',
        subjectId: 's1',
        kind: 'removed',
        before: 'warn',
        after: null,
        title: 'energy.energy_exports',
      },
    ]);
    expect(diff.unchanged).toBe(1);
    expect(diff.verdictChanges).toEqual([
      { name: 'charge', before: false, after: true },
      { name: 'discharge', before: false, after: true },
    ]);
  });

  it('reports a verdict as new when the old report had none', () => {
    expect(compareChecks([], [], undefined, v(false, false)).verdictChanges).toEqual([
      { name: 'charge', before: null, after: false },
      { name: 'discharge', before: null, after: false },
      { name: 'vehicle', before: null, after: false },
    ]);
  });

  it('lists a check today’s rules cannot judge from the report as not in this report, not as a change', () => {
    const before = [
      check('account.connection', 'a', 'pass', 'Connected to Tesla'),
      check('energy.grid_charging', 's1', 'pass'),
    ];
    const after = [
      check('account.connection', 'a', 'unknown', 'Connection state not known'),
      check('energy.grid_charging', 's1', 'pass'),
    ];
    const diff = compareChecks(before, after, v(true, true), v(true, true), new Set(['account.connection@a']));
    expect(diff.changes).toEqual([
      {
        checkId: 'account.connection',
        subjectId: 'a',
        kind: 'not_in_report',
        before: 'pass',
        after: null,
        title: 'Connected to Tesla',
      },
    ]);
    expect(diff.changes.some((c) => c.kind === 'changed')).toBe(false);
    expect(diff.verdictChanges).toEqual([]);
  });
});
