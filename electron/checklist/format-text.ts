// Main process (plain Node). The checklist as plain text for the terminal, problems first: the verdicts,
// then "N things to fix" grouped by who fixes each (you on site, the customer in the Tesla app, the
// platform, Tesla) with the fix, failures before warnings before unknowns, then every passing item folded
// into one line. The grouping and order are shared/checklist/problems.ts (the screens use the same).
import { checkRef } from '../../shared/checklist/build-checks';
import type { Check, CheckStatus } from '../../shared/checklist/check-types';
import { problemsByFixer, type FixerGroup } from '../../shared/checklist/problems';
import type { Report } from '../../shared/report/report-schema';

const WORD: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', unknown: 'UNKNOWN', not_applicable: 'N/A' };

export const FIXER_HEADING: Record<FixerGroup, string> = {
  on_site: 'You on site',
  customer: 'The customer in the Tesla app',
  platform: 'The platform',
  tesla: 'Tesla',
};

const subjectName = (c: Check) => `${c.subject.kind.replace('_', ' ')} ${c.subject.label ? `“${c.subject.label}” ` : ''}${c.subject.id}`;

export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const v = report.verdicts;
  if (v) {
    lines.push(`Ready for battery charge/discharge commands: ${v.battery.ready ? 'YES' : 'NO'}${v.battery.blocking.length ? ` (blocked by ${v.battery.blocking.join(', ')})` : ''}`);
    lines.push(`Ready for vehicle commands: ${v.vehicle.ready ? 'YES' : 'NO'}${v.vehicle.blocking.length ? ` (blocked by ${v.vehicle.blocking.join(', ')})` : ''}`);
  }
  const groups = problemsByFixer(report.checks);
  const count = groups.reduce((n, g) => n + g.checks.length, 0);
  lines.push('', count === 0 ? 'Nothing to fix.' : `${count} ${count === 1 ? 'thing' : 'things'} to fix`);
  for (const g of groups) {
    lines.push('', `== ${FIXER_HEADING[g.fixer]}`);
    for (const c of g.checks) {
      lines.push(`  [${WORD[c.status].padEnd(7)}] ${c.title}  (${checkRef(c)}; ${subjectName(c)})`, `            ${c.detail}`);
      if (c.fix) {
        lines.push(`            Fix: ${c.fix.summary}`);
        c.fix.steps.forEach((step, i) => lines.push(`              ${i + 1}. ${step}`));
        for (const l of c.fix.links) lines.push(`              ${l.label}: ${l.url}`);
      }
    }
  }
  const passed = report.checks.filter((c) => c.status === 'pass');
  const notApplicable = report.checks.filter((c) => c.status === 'not_applicable').length;
  if (passed.length > 0 || notApplicable > 0) {
    lines.push(
      '',
      `${passed.length} ${passed.length === 1 ? 'check' : 'checks'} passed${notApplicable ? ` (${notApplicable} not applicable)` : ''}: ${passed.map((c) => c.title).join('; ')}`,
    );
  }
  const u = report.apiUsage;
  lines.push('', `Fleet API requests: ${u.requests} (data ${u.byClass.data}, commands ${u.byClass.command}, wakes ${u.byClass.wake}), estimated cost $${u.estimatedCostUsd.toFixed(3)}`);
  return lines.join('\n');
}
