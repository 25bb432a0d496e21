// Renderer: the live chart (uPlot) of battery, grid, solar and home power and the state of charge, with
// the latest values as text so the chart is never the only way to read them. uPlot is fetched when the
// chart is first drawn (it is not needed before a test runs).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type uPlot from 'uplot';
import type { PowerSample } from '@shared/report/test-run-schema';
import { useThemeStore } from '@renderer/state/theme-store';

type Row = [number[], (number | null)[], (number | null)[], (number | null)[], (number | null)[], (number | null)[]];

function toData(samples: readonly PowerSample[]): Row {
  const kw = (w: number | null) => (w === null ? null : Math.round(w) / 1000);
  return [
    samples.map((s) => s.t),
    samples.map((s) => kw(s.batteryW)),
    samples.map((s) => kw(s.gridW)),
    samples.map((s) => kw(s.solarW)),
    samples.map((s) => kw(s.loadW)),
    samples.map((s) => s.socPercent),
  ];
}

function canDraw(): boolean {
  try {
    return document.createElement('canvas').getContext('2d') !== null;
  } catch {
    return false;
  }
}

export function LiveChart({ samples }: { samples: readonly PowerSample[] }) {
  const { t } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  // The canvas does not follow CSS: the chart is drawn again in the theme's colours when it changes.
  const theme = useThemeStore((s) => s.resolved);
  const latest = useRef(samples);
  latest.current = samples;

  useEffect(() => {
    if (!host.current) return;
    const width = Math.max(300, Math.min(900, host.current.clientWidth || 640));
    const ink = getComputedStyle(host.current).color || (theme === 'dark' ? '#f1f5f9' : '#0f172a');
    const rule = theme === 'dark' ? 'rgba(241,245,249,0.18)' : 'rgba(15,23,42,0.12)';
    const axis = { stroke: ink, grid: { stroke: rule, width: 1 }, ticks: { stroke: rule, width: 1 } };
    const dark = theme === 'dark';
    // Patterns as well as colours tell the lines apart (dashes), for colour-blind readers.
    const opts: uPlot.Options = {
      width,
      height: 280,
      scales: { x: { time: false }, soc: { range: [0, 100] } },
      // The legend names the lines; the values are in the text summary below (no "--" while no point is hovered).
      legend: { live: false },
      axes: [
        { ...axis, label: t('testCharge.chart.seconds') },
        { ...axis, label: t('testCharge.chart.kw') },
        { ...axis, scale: 'soc', side: 1, label: t('testCharge.chart.soc'), grid: { show: false } },
      ],
      series: [
        { label: t('testCharge.chart.seconds') },
        { label: t('testCharge.chart.battery'), stroke: dark ? '#79b8ff' : '#1f6feb', width: 2 },
        { label: t('testCharge.chart.grid'), stroke: dark ? '#ffab70' : '#b35900', width: 2, dash: [8, 4] },
        { label: t('testCharge.chart.solar'), stroke: dark ? '#f2cc60' : '#8a6d00', width: 2, dash: [2, 3] },
        { label: t('testCharge.chart.home'), stroke: dark ? '#d2a8ff' : '#6e40c9', width: 2, dash: [12, 3, 2, 3] },
        { label: t('testCharge.chart.soc'), stroke: dark ? '#7ee787' : '#2f7d32', width: 2, scale: 'soc' },
      ],
    };
    // Without a 2D canvas (test DOMs) there is no chart; the text summary below still shows the values.
    if (!canDraw()) return;
    let live = true;
    void import('./uplot-chart').then(({ default: UPlot }) => {
      if (!live || !host.current) return;
      // Readings that arrived while uPlot loaded are drawn at once.
      plot.current = new UPlot(opts, toData(latest.current), host.current);
    });
    return () => {
      live = false;
      plot.current?.destroy();
      plot.current = null;
    };
  }, [t, theme]);

  useEffect(() => {
    plot.current?.setData(toData(samples));
  }, [samples]);

  const last = samples.at(-1);
  const w = (v: number | null | undefined) =>
    v === null || v === undefined ? t('testCharge.notReported') : t('testCharge.watts', { value: Math.round(v) });
  return (
    <figure className="tc-chart">
      <div
        ref={host}
        className="tc-chart-host"
        role="img"
        aria-label={t('testCharge.chart.label')}
        data-samples={samples.length}
      />
      <figcaption>
        {last ? (
          <dl className="tc-latest">
            <dt>{t('testCharge.chart.battery')}</dt>
            <dd data-testid="tc-battery">{w(last.batteryW)}</dd>
            <dt>{t('testCharge.chart.grid')}</dt>
            <dd>{w(last.gridW)}</dd>
            <dt>{t('testCharge.chart.solar')}</dt>
            <dd>{w(last.solarW)}</dd>
            <dt>{t('testCharge.chart.home')}</dt>
            <dd>{w(last.loadW)}</dd>
            <dt>{t('testCharge.chart.soc')}</dt>
            <dd>
              {last.socPercent === null
                ? t('testCharge.notReported')
                : t('testCharge.percent', { value: last.socPercent.toFixed(1) })}
            </dd>
          </dl>
        ) : (
          t('testCharge.chart.waiting')
        )}
        <span className="tc-legend-note">{t('testCharge.chart.signs')}</span>
      </figcaption>
    </figure>
  );
}
