// Main process (plain Node). The checklist as plain text for the terminal: verdicts first, then each
// subject's items with status word, detail and fix.
import { checkRef } from '../../shared/checklist/build-checks';
import type { CheckStatus } from '../../shared/checklist/check-types';
import type { Report } from '../../shared/report/report-schema';

const WORD: Record<CheckStatus, string> = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', unknown: 'UNKNOWN', not_applicable: 'N/A' };

export function formatReportText(report: Report): string {
  const lines: string[] = [];
  const v = report.verdicts;
  if (v) {
    lines.push(`Ready for battery charge/discharge commands: ${v.battery.ready ? 'YES' : 'NO'}${v.battery.blocking.length ? ` (blocked by ${v.battery.blocking.join(', ')})` : ''}`);
    lines.push(`Ready for vehicle commands: ${v.vehicle.ready ? 'YES' : 'NO'}${v.vehicle.blocking.length ? ` (blocked by ${v.vehicle.blocking.join(', ')})` : ''}`);
  }
  let subject = '';
  for (const c of report.checks) {
    const s = `${c.subject.kind} ${c.subject.label ? `“${c.subject.label}” ` : ''}${c.subject.id}`;
    if (s !== subject) {
      subject = s;
      lines.push('', `== ${s}`);
    }
    lines.push(`  [${WORD[c.status].padEnd(7)}] ${c.title}  (${checkRef(c)})`, `            ${c.detail}`);
    if (c.fix) {
      lines.push(`            Fix: ${c.fix.summary}`);
      c.fix.steps.forEach((step, i) => lines.push(`              ${i + 1}. ${step}`));
      for (const l of c.fix.links) lines.push(`              ${l.label}: ${l.url}`);
    }
  }
  const u = report.apiUsage;
  lines.push('', `Fleet API requests: ${u.requests} (data ${u.byClass.data}, commands ${u.byClass.command}, wakes ${u.byClass.wake}), estimated cost $${u.estimatedCostUsd.toFixed(3)}`);
  return lines.join('\n');
}
