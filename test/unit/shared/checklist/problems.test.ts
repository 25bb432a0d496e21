// Problems first: grouped by who fixes them in a fixed order, failures before warnings before unknowns.
import { describe, expect, it } from 'vitest';
import { fixerOf, problemsByFixer } from '../../../../shared/checklist/problems';
import type { Check } from '../../../../shared/checklist/check-types';

const subject = { kind: 'energy_site' as const, id: '42' };
const check = (id: Check['id'], status: Check['status'], title: string, actor?: string): Check => ({
  id,
  subject,
  status,
  title,
  detail: `${title} detail`,
  evidence: [],
  ...(actor ? { fix: { summary: `fix ${title}`, steps: ['do it'], links: [], actor: actor as 'customer' } } : {}),
});

const checks = [
  check('energy.reachable', 'pass', 'Site answers'),
  check('energy.command_readiness', 'unknown', 'Readiness not known', 'app'),
  check('energy.grid_charging', 'warn', 'Grid Charging limited', 'customer'),
  check('energy.energy_exports', 'fail', 'Energy Exports: off', 'customer'),
  check('energy.permission_to_export', 'fail', 'Permission to Export: No', 'installer'),
  check('energy.battery_present', 'pass', 'Powerwall present'),
  check('energy.battery_present', 'not_applicable', 'n/a item'),
];

describe('problemsByFixer', () => {
  it('groups problems by who fixes them in a fixed order, worst first', () => {
    expect(fixerOf({})).toBe('on_site');
    const groups = problemsByFixer(checks);
    expect(groups.map((g) => g.fixer)).toEqual(['on_site', 'customer', 'platform']);
    expect(groups[1]?.checks.map((c) => c.status)).toEqual(['fail', 'warn']);
  });

});
