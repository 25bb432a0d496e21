// Main process (plain Node). The checklist as plain text for the terminal, problems first: the verdicts,
// then "N things to fix" grouped by who fixes each (you on site, the customer in the Tesla app, the
// platform, Tesla) with the fix, then every passing item folded into one line. The grouping and order are
// shared/checklist/problems.ts (the screens use the same). Words from the text catalogue
// (`cli.checklist.*` and the checks' own keys); English unless a language is asked for.
import { checkRef } from '@shared/checklist/build-checks';
import { VERDICT_NAMES, type Check, type Verdict, type VerdictName } from '@shared/report/check-types';
import { oneCauseHeadline } from '@shared/checklist/headline';
import { problemsByFixer, toFixCount } from '@shared/checklist/problems';
import type { Report } from '@shared/report/report-schema';
import { checkWords } from '@shared/text/check-text';
import { textIn, type Language } from '@shared/text/languages';

export function formatReportText(
  report: Report,
  language: Language = 'en',
  options: { timeZone?: string } = {},
): string {
  const t = textIn(language);
  // A rate limit's reset in the terminal's local time, its day and how long from when the checklist ran.
  const generated = Date.parse(report.generatedAt);
  const words = checkWords(t, {
    language,
    now: Number.isFinite(generated) ? generated : Date.now(),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  });
  const lines: string[] = [];
  const v = report.verdicts;
  const verdict = (name: VerdictName, { ready, blocking, waiting }: Verdict) =>
    t(`cli.checklist.${name}`, {
      answer: t(
        ready ? 'cli.checklist.yes' : waiting.length && !blocking.length ? 'cli.checklist.notYet' : 'cli.checklist.no',
      ),
    }) +
    (blocking.length ? ` ${t('cli.checklist.blockedBy', { list: blocking.join(', ') })}` : '') +
    (waiting.length ? ` ${t('cli.checklist.waitingFor', { list: waiting.join(', ') })}` : '');
  if (v) lines.push(...VERDICT_NAMES.map((name) => verdict(name, v[name])));
  // One cause: said first, with who acts (shared/checklist/headline.ts).
  const one = oneCauseHeadline(report.checks);
  if (one) lines.push('', words.headline(one));
  const subjectName = (c: Check) =>
    `${t(`cli.checklist.subject.${c.subject.kind}`)} ${c.subject.label ? `“${c.subject.label}” ` : ''}${c.subject.id}`;
  const groups = problemsByFixer(report.checks);
  const count = toFixCount(groups);
  lines.push('', count === 0 ? t('cli.checklist.nothingToFix') : t('cli.checklist.toFix', { count }));
  for (const g of groups) {
    lines.push('', `== ${t(`cli.checklist.fixer.${g.fixer}`)}`);
    for (const c of g.checks) {
      lines.push(
        `  [${t(`cli.checklist.status.${c.status}`).padEnd(7)}] ${words.title(c)}  (${checkRef(c)}; ${subjectName(c)})`,
        `            ${words.detail(c)}`,
      );
      if (c.fix) {
        lines.push(`            ${t('cli.checklist.fix', { summary: words.fixSummary(c.fix) })}`);
        words.fixSteps(c.fix).forEach((step, i) => lines.push(`              ${i + 1}. ${step}`));
        for (const l of c.fix.links) lines.push(`              ${words.linkLabel(l)}: ${l.url}`);
      }
    }
  }
  const notChecked = report.checks.filter((c) => c.status === 'not_checked');
  if (notChecked.length > 0)
    lines.push(
      '',
      t('cli.checklist.notChecked', {
        count: notChecked.length,
        titles: notChecked.map((c) => words.title(c)).join('; '),
      }),
      `  ${words.detail(notChecked[0]!)}`,
    );
  const passed = report.checks.filter((c) => c.status === 'pass');
  const notApplicable = report.checks.filter((c) => c.status === 'not_applicable').length;
  if (passed.length > 0 || notApplicable > 0) {
    const titles = passed.map((c) => words.title(c)).join('; ');
    lines.push(
      '',
      notApplicable
        ? t('cli.checklist.passedWithNa', { count: passed.length, na: notApplicable, titles })
        : t('cli.checklist.passed', { count: passed.length, titles }),
    );
  }
  const u = report.apiUsage;
  lines.push(
    '',
    t('cli.checklist.usage', {
      requests: u.requests,
      data: u.byClass.data,
      commands: u.byClass.command,
      wakes: u.byClass.wake,
      cost: u.estimatedCostUsd,
    }),
  );
  return lines.join('\n');
}
