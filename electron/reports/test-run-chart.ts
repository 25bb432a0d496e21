// Main process (plain Node). A test run's samples as one inline SVG (no scripts, no external files):
// battery and grid power over time, and the state of charge on its own scale. Prints in black and white
// too: the series differ by dash pattern as well as colour.
import type { PowerSample } from '@shared/report/test-run-schema';
import { textIn } from '@shared/text/languages';
import type { Translate } from '@shared/text/resolve-params';
import { escapeHtml } from './html-escape';

const W = 640;
const H = 220;
const PAD = { left: 56, right: 48, top: 16, bottom: 36 };

interface Series {
  /** Under `report.chart.` in the text catalogue. */
  label: 'battery' | 'grid' | 'soc';
  color: string;
  dash: string;
  pick: (s: PowerSample) => number | null;
  axis: 'power' | 'soc';
}

const SERIES: Series[] = [
  { label: 'battery', color: '#1d4ed8', dash: '', pick: (s) => s.batteryW, axis: 'power' },
  { label: 'grid', color: '#b45309', dash: '6 3', pick: (s) => s.gridW, axis: 'power' },
  { label: 'soc', color: '#15803d', dash: '2 3', pick: (s) => s.socPercent, axis: 'soc' },
];

function finite(values: (number | null)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

function fmt(n: number): string {
  return Math.abs(n) >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(0);
}

/** Returns an `<svg>` string; with no usable samples, a short note instead. */
export function testRunChartSvg(samples: PowerSample[], title: string, t: Translate = textIn('en')): string {
  const ts = finite(samples.map((s) => s.t));
  const powers = finite(samples.flatMap((s) => [s.batteryW, s.gridW]));
  if (samples.length < 2 || ts.length < 2) return `<p class="muted">${escapeHtml(t('report.chart.tooFew'))}</p>`;
  const t0 = Math.min(...ts);
  const t1 = Math.max(...ts) > t0 ? Math.max(...ts) : t0 + 1;
  const pMaxAbs = Math.max(100, ...powers.map(Math.abs));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (t: number) => PAD.left + ((t - t0) / (t1 - t0)) * innerW;
  const yPower = (p: number) => PAD.top + innerH / 2 - (p / pMaxAbs) * (innerH / 2);
  const ySoc = (p: number) => PAD.top + innerH - (Math.min(100, Math.max(0, p)) / 100) * innerH;

  const paths = SERIES.map((series) => {
    let d = '';
    let pen = false;
    for (const s of samples) {
      const v = series.pick(s);
      if (typeof v !== 'number' || !Number.isFinite(v) || !Number.isFinite(s.t)) {
        pen = false;
        continue;
      }
      const y = series.axis === 'power' ? yPower(v) : ySoc(v);
      d += `${pen ? 'L' : 'M'}${x(s.t).toFixed(1)} ${y.toFixed(1)} `;
      pen = true;
    }
    if (!d) return '';
    return `<path d="${d.trim()}" fill="none" stroke="${series.color}" stroke-width="2" stroke-dasharray="${series.dash}"/>`;
  }).join('');

  const ticks = [-pMaxAbs, -pMaxAbs / 2, 0, pMaxAbs / 2, pMaxAbs]
    .map(
      (p) =>
        `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${yPower(p).toFixed(1)}" y2="${yPower(p).toFixed(1)}" stroke="#ddd"/>` +
        `<text x="${PAD.left - 6}" y="${(yPower(p) + 4).toFixed(1)}" text-anchor="end">${fmt(p)}</text>`,
    )
    .join('');
  const socTicks = [0, 50, 100]
    .map((p) => `<text x="${W - PAD.right + 6}" y="${(ySoc(p) + 4).toFixed(1)}">${p}%</text>`)
    .join('');
  const minutes = (t1 - t0) / 60;
  const timeLabels = [0, 0.5, 1]
    .map(
      (f) =>
        `<text x="${(PAD.left + f * innerW).toFixed(1)}" y="${H - PAD.bottom + 16}" text-anchor="middle">${escapeHtml(t('report.chart.minutes', { value: (f * minutes).toFixed(1) }))}</text>`,
    )
    .join('');
  const legend = SERIES.map(
    (s, i) =>
      `<g transform="translate(${PAD.left + i * 190},${H - 6})"><line x1="0" x2="22" y1="-4" y2="-4" stroke="${s.color}" stroke-width="2" stroke-dasharray="${s.dash}"/><text x="28" y="0">${escapeHtml(t(`report.chart.${s.label}`))}</text></g>`,
  ).join('');

  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(title)}" font-size="11" font-family="sans-serif"><title>${escapeHtml(title)}</title>${ticks}${socTicks}${timeLabels}${paths}${legend}</svg>`;
}
