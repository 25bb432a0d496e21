// Main process (plain Node). The checklist as plain text for the terminal, problems first: the verdicts,
// then "N things to fix" grouped by who fixes each (you on site, the customer in the Tesla app, the
// platform, Tesla) with the fix, failures before warnings before unknowns, then every passing item folded
// into one line. The same order the Checklist screen uses.
import { checkRef } from '../../shared/checklist/build-checks';
import type { Check, CheckStatus } from '../../shared/checklist/check-types';
import type { Report } from '../../shared/report/report-schema';

const WORD: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', unknown: 'UNKNOWN', not_applicable: 'N/A' };

export type FixerGroup = 'on_site' | 'customer' | 'platform' | 'tesla';

export const FIXER_HEADING: Record<FixerGroup, string> = {
  on_site: 'You on site',
  customer: 'The customer in the Tesla app',
  platform: 'The platform',
  tesla: 'Tesla',
};

const FIXER_ORDER: readonly FixerGroup[] = ['on_site', 'customer', 'platform', 'tesla'];
const SEVERITY: Record<CheckStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3, not_applicable: 4 };

/** Who fixes a check: its fix's actor ("app" and "platform" are the platform's side); no actor: you on site. */
export function fixerOf(check: Pick<Check, 'fix'>): FixerGroup {
  // A string, so actors added later (e.g. 'platform') group without a change here.
  const actor: string | undefined = check.fix?.actor;
  if (actor === 'customer') return 'customer';
  if (actor === 'tesla') return 'tesla';
  if (actor === 'app' || actor === 'platform') return 'platform';
  return 'on_site';
}

export const isProblem = (c: Pick<Check, 'status'>): boolean => c.status === 'fail' || c.status === 'warn' || c.status === 'unknown';

/** Problems grouped by who fixes them, in the fixed order, each group sorted fail > warn > unknown (stable). */
export function problemsByFixer(checks: readonly Check[]): Array<{ fixer: FixerGroup; checks: Check[] }> {
  const problems = checks.filter(isProblem);
  return FIXER_ORDER.map((fixer) => ({
    fixer,
    checks: problems
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => fixerOf(c) === fixer)
      .sort((a, b) => SEVERITY[a.c.status] - SEVERITY[b.c.status] || a.i - b.i)
      .map(({ c }) => c),
  })).filter((g) => g.checks.length > 0);
}

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
