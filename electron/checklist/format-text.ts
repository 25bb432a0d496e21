// Main process (plain Node). The checklist as plain text for the terminal: verdicts first, then each
// subject's items with status word, detail and fix. Words from the text catalogue (`cli.checklist.*` and
// the checks' own keys); English unless a language is asked for.
import { checkRef } from '../../shared/checklist/build-checks';
import type { Report } from '../../shared/report/report-schema';
import { checkWords } from '../../shared/text/check-text';
import { textIn, type Language } from '../../shared/text/languages';

export function formatReportText(report: Report, language: Language = 'en'): string {
  const t = textIn(language);
  const words = checkWords(t);
  const lines: string[] = [];
  const v = report.verdicts;
  const verdict = (name: 'battery' | 'vehicle', ready: boolean, blocking: string[]) =>
    t(`cli.checklist.${name}`, { answer: t(ready ? 'cli.checklist.yes' : 'cli.checklist.no') }) +
    (blocking.length ? ` ${t('cli.checklist.blockedBy', { list: blocking.join(', ') })}` : '');
  if (v) lines.push(verdict('battery', v.battery.ready, v.battery.blocking), verdict('vehicle', v.vehicle.ready, v.vehicle.blocking));
  let subject = '';
  for (const c of report.checks) {
    const s = `${t(`cli.checklist.subject.${c.subject.kind}`)} ${c.subject.label ? `“${c.subject.label}” ` : ''}${c.subject.id}`;
    if (s !== subject) {
      subject = s;
      lines.push('', `== ${s}`);
    }
    lines.push(`  [${t(`cli.checklist.status.${c.status}`).padEnd(7)}] ${words.title(c)}  (${checkRef(c)})`, `            ${words.detail(c)}`);
    if (c.fix) {
      lines.push(`            ${t('cli.checklist.fix', { summary: words.fixSummary(c.fix) })}`);
      words.fixSteps(c.fix).forEach((step, i) => lines.push(`              ${i + 1}. ${step}`));
      for (const l of c.fix.links) lines.push(`              ${words.linkLabel(l)}: ${l.url}`);
    }
  }
  const u = report.apiUsage;
  lines.push('', t('cli.checklist.usage', { requests: u.requests, data: u.byClass.data, commands: u.byClass.command, wakes: u.byClass.wake, cost: u.estimatedCostUsd.toFixed(3) }));
  return lines.join('\n');
}
