// The terminal checklist: problems first, grouped by who fixes them (shared/checklist/problems.ts),
// passing items folded into one line.
import { describe, expect, it } from 'vitest';
import { formatReportText } from '../../../../electron/checklist/format-text';
import type { Check } from '../../../../shared/checklist/check-types';
import type { Report } from '../../../../shared/report/report-schema';

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

describe('formatReportText', () => {
  it('prints "N things to fix" first and the passes on one line', () => {
    const report = { checks, apiUsage: { requests: 3, byClass: { data: 3, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0 } } as unknown as Report;
    const text = formatReportText(report);
    const lines = text.split('\n');
    expect(lines).toContain('4 things to fix');
    expect(text.indexOf('== You on site')).toBeLessThan(text.indexOf('== The customer in the Tesla app'));
    expect(text.indexOf('== The customer in the Tesla app')).toBeLessThan(text.indexOf('== The platform'));
    expect(text.indexOf('Energy Exports: off')).toBeLessThan(text.indexOf('Grid Charging limited'));
    expect(lines.filter((l) => l.includes('Site answers'))).toEqual(['2 checks passed (1 not applicable): Site answers; Powerwall present']);
  });
});
