// Main process (plain Node). The first page of a report: a handover for people, in plain words, that fits one
// page (A4 or Letter). The two verdicts, what was found (and fixed during the visit), what remains and who
// does it (you on site, the customer in the Tesla app, the platform, Tesla), each test's result in words
// ("Exported to the grid: passed") with its chart. Evidence, settings tables and raw responses are the
// appendix (render-html.ts). Every value from the report is escaped: an opened report is untrusted input.
import { VERDICT_NAMES, type Check, type VerdictName } from '@shared/report/check-types';
import { isProblem, problemsByFixer } from '@shared/checklist/problems';
import type { CheckWords } from '@shared/text/check-text';
import type { Language } from '@shared/text/languages';
import type { Translate } from '@shared/text/resolve-params';
import type { Report } from '@shared/report/report-schema';
import { runReasonKey, runResultText } from '@shared/report/run-words';
import type { TestRun } from '@shared/report/test-run-schema';
import { escapeHtml as e } from './html-escape';
import { testRunChartSvg } from './test-run-chart';

export interface HandoverWords {
  t: Translate;
  checks: CheckWords;
  language: Language;
  /** The zone times are shown in (the machine's own when absent). */
  timeZone?: string;
}

export const HANDOVER_CSS = `
.hand-head { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; border-bottom: 2px solid #111; padding-bottom: 1.5mm; margin-bottom: 3mm; }
.hand-head h1 { font-size: 16pt; margin: 0; } .hand-head p { margin: 0; text-align: right; }
.hand-verdicts { display: flex; gap: 3mm; margin: 0 0 3mm; }
.hand-verdict { flex: 1; border: 1px solid #999; border-left-width: 3mm; border-radius: 1.5mm; padding: 1.5mm 3mm; }
.hand-verdict.ready { border-left-color: #15803d; } .hand-verdict.not-ready { border-left-color: #b91c1c; } .hand-verdict.waiting { border-left-color: #ca8a04; }
.hand-verdict strong { display: block; font-size: 11.5pt; }
.hand h2 { font-size: 11.5pt; margin: 3.5mm 0 1mm; border-bottom: 1px solid #999; padding-bottom: 0.5mm; }
.hand h3 { font-size: 10pt; margin: 1.5mm 0 0.5mm; }
.hand ul { margin: 0.5mm 0 1mm; padding-left: 5mm; } .hand li { margin: 0.3mm 0; }
.hand p { margin: 0.8mm 0; }
.hand-result { font-weight: 700; font-size: 11pt; } .hand-result.pass { color: #15803d; } .hand-result.fail, .hand-result.blocked { color: #b91c1c; } .hand-result.aborted { color: #92400e; }
.hand .run { margin-bottom: 2mm; } .hand .chart { max-height: 58mm; }
.hand-runs.many { display: grid; grid-template-columns: 1fr 1fr; gap: 0 4mm; }
.hand-runs.many .chart { max-height: 40mm; width: 100%; }
.hand-runs.many .run { break-inside: avoid; }
.hand-foot { margin-top: 3mm; font-size: 8pt; color: #555; }
`;

/** "3 Dec 2026, 09:00 UTC": local time with its zone (an unreadable value is shown as it is). */
export function localTime(iso: string, w: Pick<HandoverWords, 'language' | 'timeZone'>): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  return new Intl.DateTimeFormat(w.language, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(w.timeZone ? { timeZone: w.timeZone } : {}),
  }).format(ms);
}

/** "4 min 30 s" from two times; null when either is missing or unreadable. */
function duration(t: Translate, from: string, to: string | undefined): string | null {
  const ms = to ? Date.parse(to) - Date.parse(from) : NaN;
  if (!Number.isFinite(ms) || ms < 0) return null;
  const s = Math.round(ms / 1000);
  return s < 60
    ? t('report.handover.seconds', { s })
    : t('report.handover.minutes', { m: Math.floor(s / 60), s: s % 60 });
}

/** The plain-words name of a verdict's blocker (`checkId@subjectId`): the check's title, else the id. */
function blockerName(report: Report, w: HandoverWords, entry: string): string {
  const at = entry.indexOf('@');
  const id = at < 0 ? entry : entry.slice(0, at);
  const subject = at < 0 ? null : entry.slice(at + 1);
  const check =
    report.checks.find((c) => c.id === id && (subject === null || c.subject.id === subject)) ??
    report.checks.find((c) => c.id === id);
  return check ? w.checks.title(check) : id;
}

function verdictBox(report: Report, w: HandoverWords, name: VerdictName): string {
  const { t } = w;
  const v = report.verdicts?.[name];
  if (!v) return '';
  const blockers = [...new Set(v.blocking.map((b) => blockerName(report, w, b)))];
  const waits = [...new Set(v.waiting.map((b) => blockerName(report, w, b)))];
  // Waiting for something expected (permission to operate, a rate limit's reset) is not a red "Not ready".
  const state = v.ready ? 'ready' : blockers.length === 0 && waits.length > 0 ? 'waiting' : 'not-ready';
  const word = {
    ready: 'report.handover.ready',
    waiting: 'report.handover.waiting',
    'not-ready': 'report.handover.notReady',
  };
  return `<div class="hand-verdict ${state}"><span>${e(t(`report.${name}`))}</span><strong>${e(t(word[state]))}</strong>${
    blockers.length
      ? `<span class="muted">${e(t('report.handover.because', { list: blockers.join('; ') }))}</span>`
      : ''
  }${waits.length ? `<span class="muted">${e(t('report.handover.waitingFor', { list: waits.join('; ') }))}</span>` : ''}</div>`;
}

function problemLine(c: Check, w: HandoverWords): string {
  const fix = c.fix ? w.checks.fixSummary(c.fix) : '';
  return `<li><strong>${e(w.checks.title(c))}</strong>${fix ? ` — ${e(fix)}` : ''}</li>`;
}

/** The result in words: what the test proved, and whether it passed ("Exported to the grid: passed"). */
export function runHeadline(t: Translate, run: Pick<TestRun, 'direction' | 'gridInteraction' | 'verdict'>): string {
  const text = runResultText(run);
  return t(text.key, { verdict: t(text.params.verdictKey) });
}

function runSection(run: TestRun, w: HandoverWords): string {
  const { t } = w;
  const headline = runHeadline(t, run);
  const reason = t(runReasonKey(run), { defaultValue: run.reason });
  const took = duration(t, run.startedAt, run.endedAt);
  const facts = [
    t('report.handover.started', { at: localTime(run.startedAt, w) }),
    ...(took ? [t('report.handover.took', { took })] : []),
    t(run.restored ? 'report.handover.restored' : 'report.handover.notRestored'),
  ].join(' · ');
  return `<section class="run"><p class="hand-result ${e(run.verdict)}">${e(headline)}</p><p>${e(reason)}</p><p class="muted">${e(facts)}</p>${testRunChartSvg(run.samples, headline, t)}</section>`;
}

/** The handover page's body (inside `<main class="hand">`). */
export function renderHandover(
  report: Report,
  w: HandoverWords,
  options: { appendix: boolean; digestWarning: string },
): string {
  const { t } = w;
  const customer = report.customerLabel ? e(report.customerLabel) : e(t('report.handover.customerNotIncluded'));
  const passed = report.checks.filter((c) => c.status === 'pass').length;
  const problems = report.checks.filter(isProblem);
  const groups = problemsByFixer(report.checks);
  const fixed = report.checks.filter((c) => c.status === 'pass' && c.fixedDuringVisit);
  // The last run per site and direction is the result; earlier tries are in the appendix.
  const runs = report.testRuns;
  return `<main class="hand">
<header class="hand-head"><h1>${e(t('report.handover.title'))}</h1><p><strong>${customer}</strong><br><span class="muted">${e(localTime(report.generatedAt, w))}</span></p></header>
${options.digestWarning}
${report.verdicts ? `<div class="hand-verdicts">${VERDICT_NAMES.map((name) => verdictBox(report, w, name)).join('')}</div>` : ''}
<h2>${e(t('report.handover.found'))}</h2>
<p>${e(problems.length ? t('report.handover.foundSome', { count: problems.length }) : t('report.handover.foundNone', { count: passed }))}</p>
${
  passed
    ? `<p class="muted">${e(
        t('report.handover.passedList', {
          list: report.checks
            .filter((c) => c.status === 'pass')
            .map((c) => w.checks.title(c))
            .join('; '),
        }),
      )}</p>`
    : ''
}
${fixed.length ? `<h3>${e(t('report.handover.fixed'))}</h3><ul>${fixed.map((c) => `<li>${e(w.checks.title(c))}</li>`).join('')}</ul>` : ''}
<h2>${e(t('report.handover.remains'))}</h2>
${
  groups.length
    ? groups
        .map(
          (g) =>
            `<h3>${e(t(`report.handover.fixer.${g.fixer}`))}</h3><ul>${g.checks.map((c) => problemLine(c, w)).join('')}</ul>`,
        )
        .join('\n')
    : `<p>${e(t('report.handover.nothingRemains'))}</p>`
}
<h2>${e(t('report.handover.test'))}</h2>
${
  runs.length
    ? // Two tests or more side by side, their charts smaller: the handover stays one page (it ran onto two).
      `<div class="hand-runs${runs.length > 1 ? ' many' : ''}">${runs.map((run) => runSection(run, w)).join('\n')}</div>`
    : `<p class="muted">${e(t('report.noTestRuns'))}</p>`
}
<p class="hand-foot">${e(t(options.appendix ? 'report.handover.seeAppendix' : 'report.handover.noAppendix'))} ${e(t('report.footer'))}${
    report.integrity ? ` ${e(t('report.handover.integrity', { digest: report.integrity.digest.slice(0, 16) }))}` : ''
  } ${e(t('report.handover.app', { version: report.app.version }))}</p>
</main>`;
}
