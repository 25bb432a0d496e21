// Test support: a hand-made set of checks of every status and fixer, for the problems-first grouping and
// the terminal's text that prints it.
import type { Check } from '@shared/report/check-types';

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

export const mixedChecks: Check[] = [
  check('energy.reachable', 'pass', 'Site answers'),
  check('energy.command_readiness', 'unknown', 'Readiness not known', 'app'),
  check('energy.grid_charging', 'warn', 'Grid Charging limited', 'customer'),
  check('energy.energy_exports', 'fail', 'Energy Exports: off', 'customer'),
  check('energy.permission_to_export', 'fail', 'Permission to Export: No', 'installer'),
  check('energy.battery_present', 'pass', 'Powerwall present'),
  check('energy.battery_present', 'not_applicable', 'n/a item'),
];
