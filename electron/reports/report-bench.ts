// Plain Node: `npx tsx electron/reports/report-bench.ts [rawResponses]`. Measures the export path on a
// report with many raw responses: redact + digest, verify on open, HTML render, PDF through Chromium.
// A benchmark, not a test: it prints timings and sizes.
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '@shared/report/report-schema';
import { buildForExport, serializeReport } from './build-for-export';
import { chromiumPath, htmlToPdfWithChromium } from './chromium-pdf';
import { parseReportText } from './read-report-file';
import { renderReportHtml } from './render-html';

const count = Number(process.argv[2] ?? 200);
const fixtures = path.join(import.meta.dirname, '../../test/fixtures/tesla-public');
const siteInfo = JSON.parse(readFileSync(path.join(fixtures, 'site_info.json'), 'utf8')) as unknown;
const products = JSON.parse(readFileSync(path.join(fixtures, 'products.json'), 'utf8')) as unknown;

const report: Report = {
  schema: 'tesla-connect-doctor/report@1',
  generatedAt: new Date().toISOString(),
  app: { version: 'bench', profile: 'demo' },
  customerLabel: 'Bench',
  account: { region: 'na', grantedScopes: ['openid', 'energy_device_data'] },
  checks: [],
  testRuns: [
    {
      id: 'r',
      siteId: '123456',
      direction: 'charge',
      minutes: 15,
      gridInteraction: true,
      startedAt: '',
      verdict: 'pass',
      reason: '',
      settingsBefore: {},
      restored: true,
      samples: Array.from({ length: 900 }, (_, t) => ({
        t,
        batteryW: -3000,
        gridW: 3200,
        solarW: 0,
        loadW: 200,
        socPercent: 40 + t / 100,
      })),
    },
  ],
  apiUsage: { requests: count, byClass: { data: count, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: count / 500 },
  raw: Array.from({ length: count }, (_, i) => ({
    request: i % 2 ? 'GET /api/1/products' : 'GET /api/1/energy_sites/123456/site_info',
    status: 200,
    receivedAt: '',
    body: i % 2 ? products : siteInfo,
  })),
};

const time = async <T>(label: string, f: () => Promise<T> | T): Promise<T> => {
  const t0 = performance.now();
  const out = await f();
  console.log(`${label.padEnd(28)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return out;
};

const doc = await time(`redact + digest (${count} raw)`, () => buildForExport(report, { includeCustomerLabel: false }));
const text = serializeReport(doc);
console.log(`${'JSON size'.padEnd(28)} ${(text.length / 1024).toFixed(0).padStart(6)} kB`);
await time('open + verify', () => parseReportText(text));
const html = await time('render HTML', () => renderReportHtml(doc));
console.log(`${'HTML size'.padEnd(28)} ${(html.length / 1024).toFixed(0).padStart(6)} kB`);
if (chromiumPath()) {
  const pdf = await time('PDF (headless Chromium)', () => htmlToPdfWithChromium(html));
  console.log(`${'PDF size'.padEnd(28)} ${(pdf.length / 1024).toFixed(0).padStart(6)} kB`);
}
