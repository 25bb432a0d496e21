// Main process (plain Node). The report as one self-contained HTML file: inline CSS, inline SVG (pairing
// QR, test-run charts), no scripts, no external resources. Prints on A4 and Letter alike (the page box is
// left to the printer's paper size; content is fluid and never wider than the narrower of the two).
// By default it is the one-page handover (render-handover.ts); with `appendix` the full evidence follows:
// every check with what Tesla reported, the settings each test touched, API usage and the raw responses.
// Every value from the report is escaped: an opened report is untrusted input. Words come from the text
// catalogue (`report.*` and the checks' keys) in the language asked for: English by default, the UI's
// language when the app exports.
import QRCode from 'qrcode';
import type { Check } from '@shared/report/check-types';
import { checkWords, type CheckWords } from '@shared/text/check-text';
import { textIn, type Language } from '@shared/text/languages';
import type { Translate } from '@shared/text/resolve-params';
import type { Report } from '@shared/report/report-schema';
import type { SiteSettings, TestRun } from '@shared/report/test-run-schema';
import { escapeHtml as e, safeHref } from './html-escape';
import { HANDOVER_CSS, localTime, renderHandover, runHeadline } from './render-handover';
import type { DigestState } from './report-digest';

export interface RenderOptions {
  /** Whether the digest matched when the file was read; shown as a warning when it did not. */
  digest?: DigestState;
  /** Fixes the page size (for PDF); without it the printer's paper (A4 or Letter) is used. */
  paper?: 'A4' | 'Letter';
  /** The language of the words around the data (English when not given). */
  language?: Language;
  /** Add the appendix: full evidence, settings tables, API usage and raw responses (off by default). */
  appendix?: boolean;
  /** The zone times are shown in (the machine's own when absent; tests fix it). */
  timeZone?: string;
}

interface Words {
  t: Translate;
  checks: CheckWords;
}

const CSS = `
@page { margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0; }
h1 { font-size: 18pt; margin: 0 0 2mm; } h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; padding-bottom: 1mm; break-after: avoid; }
h3 { font-size: 11pt; margin: 0 0 1mm; break-after: avoid; }
.banner { border: 1px solid #888; border-radius: 2mm; padding: 3mm 4mm; background: #f4f6f8; }
.banner dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; margin: 2mm 0 0; } .banner dt { font-weight: 600; } .banner dd { margin: 0; }
.warning { border: 2px solid #b91c1c; color: #7f1d1d; background: #fef2f2; padding: 2mm 4mm; margin: 3mm 0; font-weight: 600; }
.verdicts { display: flex; gap: 4mm; margin: 3mm 0; } .verdict { flex: 1; border: 1px solid #999; padding: 2mm 3mm; border-radius: 2mm; }
.check { border: 1px solid #bbb; border-left-width: 3mm; border-radius: 1mm; padding: 2mm 3mm; margin: 0 0 2.5mm; break-inside: avoid; page-break-inside: avoid; }
.check.pass { border-left-color: #15803d; } .check.warn { border-left-color: #ca8a04; } .check.fail { border-left-color: #b91c1c; } .check.unknown, .check.not_applicable { border-left-color: #6b7280; }
.status { display: inline-block; font-size: 8.5pt; font-weight: 700; padding: 0 2mm; border-radius: 1mm; border: 1px solid currentColor; margin-left: 2mm; }
.status.pass { color: #15803d; } .status.warn { color: #92400e; } .status.fail { color: #b91c1c; } .status.unknown, .status.not_applicable { color: #4b5563; }
.subject, .muted { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; font-size: 9pt; margin: 1mm 0; } th, td { text-align: left; border-bottom: 1px solid #ddd; padding: 0.8mm 1.5mm; vertical-align: top; }
code, pre { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; background: #f7f7f7; border: 1px solid #ddd; padding: 2mm; margin: 1mm 0 3mm; }
.fix { margin-top: 1.5mm; } .fix ol { margin: 1mm 0; padding-left: 6mm; }
.qr { display: flex; gap: 4mm; align-items: center; break-inside: avoid; } .qr svg { width: 34mm; height: 34mm; }
.run { break-inside: avoid; page-break-inside: avoid; margin-bottom: 4mm; } .chart { width: 100%; height: auto; border: 1px solid #ddd; }
.appendix { break-before: page; page-break-before: always; }
.raw { break-inside: auto; }
footer { margin-top: 6mm; font-size: 8pt; color: #555; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; } .banner, .warning, .check, .status { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`;

function json(value: unknown): string {
  if (value === undefined) return 'absent';
  try {
    return JSON.stringify(value) ?? 'absent';
  } catch {
    return 'unreadable';
  }
}

function link(label: string, url: string): string {
  const href = safeHref(url);
  return href
    ? `<a href="${e(href)}">${e(label)}</a> <span class="muted">${e(url)}</span>`
    : `${e(label)} <span class="muted">${e(url)}</span>`;
}

async function qrFor(url: string): Promise<string> {
  if (!safeHref(url) || url.length > 1000) return '';
  // The SVG is generated from the URL's bits; the URL text itself never enters the markup unescaped.
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

async function renderCheck(c: Check, { t, checks: w }: Words): Promise<string> {
  const evidence = c.evidence.length
    ? `<table><colgroup><col style="width:38%"><col style="width:34%"><col style="width:28%"></colgroup><thead><tr><th>${e(t('report.readFrom'))}</th><th>${e(t('report.field'))}</th><th>${e(t('report.value'))}</th></tr></thead><tbody>${c.evidence
        .map((ev) => {
          const note = w.evidenceNote(ev);
          return `<tr><td><code>${e(ev.source)}</code></td><td><code>${e(ev.field)}</code></td><td><code>${e(typeof ev.value === 'string' ? ev.value : json(ev.value))}</code>${note ? `<br><span class="muted">${e(note)}</span>` : ''}</td></tr>`;
        })
        .join('')}</tbody></table>`
    : '';
  let fix = '';
  if (c.fix) {
    const qrs = await Promise.all(
      c.fix.links.filter((l) => l.kind === 'pairing').map(async (l) => ({ l, svg: await qrFor(l.url) })),
    );
    const steps = w.fixSteps(c.fix);
    const by = c.fix.actor ? t('report.fixBy', { actor: t(`report.actor.${c.fix.actor}`) }) : t('report.fix');
    fix = `<div class="fix"><strong>${e(by)}</strong> ${e(w.fixSummary(c.fix))}${steps.length ? `<ol>${steps.map((s) => `<li>${e(s)}</li>`).join('')}</ol>` : ''}${
      c.fix.links.length ? `<ul>${c.fix.links.map((l) => `<li>${link(w.linkLabel(l), l.url)}</li>`).join('')}</ul>` : ''
    }${qrs
      .filter((q) => q.svg)
      .map((q) => `<div class="qr">${q.svg}<p>${e(t('report.scanPairing'))}<br>${e(w.linkLabel(q.l))}</p></div>`)
      .join('')}</div>`;
  }
  return `<section class="check ${e(c.status)}" data-check="${e(c.id)}"><h3>${e(w.title(c))}<span class="status ${e(c.status)}">${e(t(`report.status.${c.status}`))}</span></h3>
<div class="subject">${e(c.id)} · ${e(c.subject.kind)} ${e(c.subject.id)}${c.subject.label && c.subject.label !== '[removed]' ? ` (${e(c.subject.label)})` : ''}</div>
<p>${e(w.detail(c))}</p>${evidence}${fix}</section>`;
}

function settingsRow(t: Translate, name: keyof SiteSettings, before: SiteSettings, after?: SiteSettings): string {
  const b = before[name];
  const a = after?.[name];
  const changed = after && json(a) !== json(b);
  const show = (v: unknown) => (v === undefined ? t('report.notReported') : typeof v === 'string' ? v : json(v));
  return `<tr><td><code>${e(name)}</code></td><td>${e(show(b))}</td><td>${e(after ? show(a) : t('report.notRead'))}</td><td>${changed ? `<strong>${e(t('report.changed'))}</strong>` : ''}</td></tr>`;
}

/** A test run's details for the appendix (its result and chart are on the handover page). */
function renderRun(t: Translate, run: TestRun, i: number, when: (iso: string) => string): string {
  const names: (keyof SiteSettings)[] = [
    'backup_reserve_percent',
    'default_real_mode',
    'customer_preferred_export_rule',
    'disallow_charge_from_grid_with_solar_installed',
  ];
  const title = t('report.testRun', {
    n: i + 1,
    direction: t(`report.direction.${run.direction}`),
    minutes: run.minutes,
  });
  const facts =
    t('report.runFacts', { site: run.siteId, started: when(run.startedAt) }) +
    (run.endedAt ? t('report.runEnded', { ended: when(run.endedAt) }) : '') +
    t('report.gridInteraction', { state: t(run.gridInteraction ? 'report.on' : 'report.off') }) +
    t('report.settingsRestored');
  return `<section class="run"><h3>${e(title)} · ${e(runHeadline(t, run))}</h3>
<p class="muted">${e(facts)}${run.restored ? e(t('report.yes')) : `<strong>${e(t('report.no'))}</strong>`}</p>
<table><thead><tr><th>${e(t('report.setting'))}</th><th>${e(t('report.before'))}</th><th>${e(t('report.after'))}</th><th></th></tr></thead><tbody>${names.map((n) => settingsRow(t, n, run.settingsBefore, run.settingsAfter)).join('')}</tbody></table></section>`;
}

function digestWarning(t: Translate, state: DigestState | undefined): string {
  if (state === 'mismatch') return `<p class="warning" role="alert">${e(t('report.digestMismatch'))}</p>`;
  if (state === 'missing') return `<p class="warning" role="alert">${e(t('report.digestMissing'))}</p>`;
  return '';
}

export async function renderReportHtml(report: Report, options: RenderOptions = {}): Promise<string> {
  const language = options.language ?? 'en';
  const t = textIn(language);
  const zone = { language, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };
  // A rate limit's reset in the report's zone, its day and how long, counted from when the report was made.
  const made = Date.parse(report.generatedAt);
  const words: Words = { t, checks: checkWords(t, { ...zone, now: Number.isFinite(made) ? made : Date.now() }) };
  const when = (iso: string) => localTime(iso, zone);
  const appendix = options.appendix === true;
  const handover = renderHandover(
    report,
    { ...words, ...zone },
    { appendix, digestWarning: digestWarning(t, options.digest) },
  );
  return `<!doctype html>
<html lang="${e(language)}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${report.customerLabel ? e(t('report.titleFor', { label: report.customerLabel })) : e(t('report.title'))}</title>
<style>${CSS}${HANDOVER_CSS}${options.paper ? `@page { size: ${options.paper}; }` : ''}</style></head>
<body>
${handover}
${appendix ? await renderAppendix(report, words, language, when) : ''}
</body></html>
`;
}

/** The full evidence, for support: what the handover page sums up, with everything Tesla answered. */
async function renderAppendix(
  report: Report,
  words: Words,
  language: Language,
  when: (iso: string) => string,
): Promise<string> {
  const { t } = words;
  const label = report.customerLabel
    ? e(report.customerLabel)
    : `<span class="muted">${e(t('report.notIncluded'))}</span>`;
  const checks = (await Promise.all(report.checks.map((c) => renderCheck(c, words)))).join('\n');
  const usage = report.apiUsage;
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(language, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
  return `<section class="appendix"><header class="banner"><h1>${e(t('report.handover.appendixTitle'))}</h1>
<dl><dt>${e(t('report.customer'))}</dt><dd>${label}</dd><dt>${e(t('report.made'))}</dt><dd>${e(when(report.generatedAt))}</dd>
<dt>${e(t('report.app'))}</dt><dd>${e(report.app.version)}${report.app.profile ? ` (${e(report.app.profile)})` : ''}</dd>
<dt>${e(t('report.region'))}</dt><dd>${report.account.region ? e(report.account.region) : e(t('report.notReported'))}</dd>
${report.account.way ? `<dt>${e(t('report.way'))}</dt><dd>${e(t(`accounts.card.way.${report.account.way}`))}</dd>\n` : ''}<dt>${e(t('report.scopes'))}</dt><dd>${report.account.grantedScopes.length ? report.account.grantedScopes.map((s) => `<code>${e(s)}</code>`).join(' ') : e(t('report.none'))}</dd>
<dt>${e(t('report.integrity'))}</dt><dd><code>${report.integrity ? `sha256 ${e(report.integrity.digest)}` : e(t('report.none'))}</code></dd></dl></header>
<h2>${e(t('report.checklist'))}</h2>
${checks || `<p class="muted">${e(t('report.noChecks'))}</p>`}
<h2>${e(t('report.testRuns'))}</h2>
${report.testRuns.length ? report.testRuns.map((run, i) => renderRun(t, run, i, when)).join('\n') : `<p class="muted">${e(t('report.noTestRuns'))}</p>`}
<h2>${e(t('report.usage'))}</h2>
<table><tbody><tr><th>${e(t('report.requests'))}</th><td>${e(usage.requests)}</td></tr><tr><th>${e(t('report.byClass'))}</th><td>${e(usage.byClass.data)} / ${e(usage.byClass.command)} / ${e(usage.byClass.wake)} / ${e(usage.byClass.auth)}</td></tr><tr><th>${e(t('report.cost'))}</th><td>${e(t('report.costValue', { cost: number(usage.estimatedCostUsd, 4) }))}</td></tr></tbody></table>
<h2>${e(t('report.appendix'))}</h2>
${report.raw.length ? report.raw.map((r) => `<div class="raw"><h3><code>${e(r.request)}</code> · ${e(r.status)}</h3><p class="muted">${e(r.receivedAt)}</p><pre>${e(JSON.stringify(r.body, null, 2) ?? 'absent')}</pre></div>`).join('\n') : `<p class="muted">${e(t('report.noneRaw'))}</p>`}
<footer>${e(t('report.footer'))}</footer>
</section>`;
}
