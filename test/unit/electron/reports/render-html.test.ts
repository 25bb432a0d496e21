import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildForExport } from '@main/reports/build-for-export';
import { chromiumPath, htmlToPdfWithChromium } from '@main/reports/chromium-pdf';
import { renderReportHtml } from '@main/reports/render-html';
import { testRunChartSvg } from '@main/reports/test-run-chart';
import type { Report } from '@shared/report/report-schema';
import { SECRETS, sampleReport } from '@test/support/sample-report';

const exported = () => buildForExport(sampleReport(), { includeCustomerLabel: true, salt: 'render' });
const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';

function hostile(): Report {
  const r = sampleReport({ customerLabel: EVIL });
  r.checks[0] = {
    ...r.checks[0]!,
    title: EVIL,
    detail: `"><svg onload=alert(3)>`,
    evidence: [{ source: EVIL, field: EVIL, value: { [EVIL]: EVIL } }],
  };
  r.checks[1] = {
    ...r.checks[1]!,
    fix: { summary: EVIL, steps: [EVIL], links: [{ label: EVIL, url: 'javascript:alert(4)', kind: 'docs' }] },
  };
  r.raw.push({ request: EVIL, status: 200, receivedAt: EVIL, body: { response: EVIL } });
  return r;
}

describe('renderReportHtml', () => {
  it('escapes every value of an untrusted report: no markup, no script, no javascript: link', async () => {
    const html = await renderReportHtml(hostile());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    // No tag anywhere carries an event handler (escaped text may mention one; it is not markup).
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\son\w+=/i.test(t))).toEqual([]);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('is self-contained: inline CSS, no scripts, no external resources, a CSP that forbids them', async () => {
    const html = await renderReportHtml(exported());
    expect(html).toMatch(/<style>[\s\S]*@page/);
    expect(html).not.toMatch(/<script|<link|<iframe|<object|src="http/i);
    expect(html).toContain(`default-src 'none'`);
    expect(html).toMatch(/break-inside: avoid/);
  });

  it('includes a chart for each test run on the handover, and the pairing QR and run details in the appendix', async () => {
    const handover = await renderReportHtml(exported());
    expect(handover.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(handover).not.toContain('Test run 1: charge for 10 min');
    const html = await renderReportHtml(exported(), { appendix: true });
    expect(html).toMatch(/<div class="qr"><svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(1);
    expect(html).toContain('Test run 1: charge for 10 min');
  });

  it('is a handover in plain words by default: verdicts with the blockers named, what remains by who does it, no raw answers', async () => {
    const doc = exported();
    doc.verdicts = {
      charge: { ready: false, blocking: [`${doc.checks[1]!.id}@${doc.checks[1]!.subject.id}`], waiting: [] },
      discharge: { ready: false, blocking: [`${doc.checks[1]!.id}@${doc.checks[1]!.subject.id}`], waiting: [] },
      vehicle: { ready: true, blocking: [], waiting: [] },
    };
    const html = await renderReportHtml(doc, { timeZone: 'Europe/Berlin' });
    expect(html).toContain('Site visit handover');
    expect(html).toMatch(
      /Charge from the grid<\/span><strong>Not ready<\/strong><span class="muted">Because of: [^<]+<\/span>/,
    );
    expect(html).not.toContain(`Because of: ${doc.checks[1]!.id}`);
    expect(html).toContain('What remains, and who does it');
    expect(html).toMatch(/<h3>(You on site|The customer, in the Tesla app|The platform|Tesla)<\/h3>/);
    // Times in local time with the zone, not ISO.
    expect(html).toMatch(/Nov 28, 2026, 10:\d\d (AM )?GMT\+1/);
    // Evidence and Tesla's raw answers are the appendix's, asked for.
    expect(html).not.toContain('class="raw"');
    expect(html).not.toContain('<th>Read from</th>');
    const full = await renderReportHtml(doc, { appendix: true });
    expect(full).toContain('class="raw"');
    expect(full).toContain('Appendix: full evidence');
  });

  it('says a test result in words ("Exported to the grid: passed"), never the outcome code', async () => {
    const doc = exported();
    doc.testRuns[0] = {
      ...doc.testRuns[0]!,
      direction: 'discharge',
      gridInteraction: true,
      verdict: 'pass',
      reason: 'discharged_to_grid',
      restored: true,
    };
    const html = await renderReportHtml(doc);
    expect(html).toContain('Exported to the grid: passed');
    expect(html).not.toContain('discharged_to_grid');
    const de = await renderReportHtml(doc, { language: 'de' });
    expect(de).toContain('Ins Netz eingespeist: bestanden');
  });

  it('lists what was fixed during the visit', async () => {
    const doc = exported();
    const fixed = doc.checks.findIndex((c) => c.status === 'pass');
    doc.checks[fixed] = { ...doc.checks[fixed]!, fixedDuringVisit: true };
    const html = await renderReportHtml(doc);
    expect(html).toMatch(/<h3>Fixed during this visit<\/h3><ul><li>[^<]+<\/li><\/ul>/);
  });

  it('warns when the digest does not match, or is missing', async () => {
    expect(await renderReportHtml(exported(), { digest: 'mismatch' })).toContain('changed after it was exported');
    expect(await renderReportHtml(exported(), { digest: 'missing' })).toContain('no integrity digest');
    expect(await renderReportHtml(exported(), { digest: 'match' })).not.toContain('class="warning"');
  });

  it('writes the words in the language asked for; a report@1 file with English sentences still opens', async () => {
    const r = exported();
    r.checks.push({
      id: 'energy.grid_charging',
      subject: { kind: 'energy_site', id: 's1' },
      status: 'fail',
      text: { key: 'grid_charging.off', params: {} },
      evidence: [],
      fix: {
        text: { key: 'fix.tesla_app_setting', params: { pathKey: 'setting.grid_charging.path' } },
        links: [],
        actor: 'customer',
      },
    });
    r.testRuns[0] = { ...r.testRuns[0]!, reason: 'grid_charging_off' };
    const de = await renderReportHtml(r, { language: 'de', appendix: true });
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('Netzladen: Nein');
    expect(de).toContain('In der Tesla-App: Einstellungen &gt; Laden aus dem Netz &gt; Ja');
    expect(de).toContain('Behebung (Kunde):');
    expect(de).toContain('Laden aus dem Netz ist aus');
    expect(de).toContain('Testläufe');
    // The old English sentences of the sample report are shown as they were written.
    expect(de).toContain(sampleReport().checks[0]!.title!);
    const en = await renderReportHtml(r, { appendix: true });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Grid Charging: No');
    expect(en).toContain('In the Tesla app: Settings &gt; Grid Charging &gt; Yes');
    expect(en).toContain('Grid Charging is off: the battery does not charge from the grid.');
  });

  it('says "not reported" for settings Tesla did not report', async () => {
    const r = exported();
    r.testRuns[0] = { ...r.testRuns[0]!, settingsBefore: { backup_reserve_percent: 20 } };
    expect(await renderReportHtml(r, { appendix: true })).toContain('not reported');
  });
});

describe('testRunChartSvg', () => {
  it('draws one path per series with data and skips gaps', () => {
    const svg = testRunChartSvg(
      [
        { t: 0, batteryW: 0, gridW: null, solarW: null, loadW: null, socPercent: 50 },
        { t: 60, batteryW: -3000, gridW: null, solarW: null, loadW: null, socPercent: 52 },
      ],
      'Run',
    );
    expect(svg.match(/<path /g)).toHaveLength(2); // battery and charge; grid has no data
    expect(svg).toContain('1.0 min');
  });
  it('says so when there are too few samples', () => {
    expect(testRunChartSvg([], 'Run')).toContain('Not enough samples');
  });
});

// The HTML printed by Chromium: the PDF has the checklist's text and its first page looks like a report.
describe.skipIf(!chromiumPath())('PDF through Chromium', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-pdf-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the checklist text, no secrets, and a first page with a coloured, mostly light layout', async () => {
    const doc = exported();
    const pdf = await htmlToPdfWithChromium(await renderReportHtml(doc, { paper: 'A4' }));
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const c of doc.checks) expect(text).toContain(c.title!);
    expect(text).toContain('Site visit handover');
    expect(text).toContain('What remains, and who does it');
    for (const secret of [SECRETS.accessToken, SECRETS.email, SECRETS.vin]) expect(text).not.toContain(secret);
    // Raw markup or CSS would show as text if the HTML had not been rendered.
    expect(text).not.toMatch(/<section|<style|break-inside|class="/);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);
    // The handover is one page, its test chart included.
    expect(info).toMatch(/Pages:\s+1\n/);

    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-singlefile', '-png', file, path.join(dir, 'page')]);
    execFileSync('pdftoppm', ['-r', '40', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, 'page')]);
    const ppm = readFileSync(path.join(dir, 'page.ppm'));
    const header = ppm.subarray(0, 20).toString('latin1').split(/\s+/);
    const [w, h] = [Number(header[1]), Number(header[2])];
    const pixels = ppm.subarray(ppm.length - w * h * 3);
    let ink = 0;
    let coloured = 0;
    for (let i = 0; i < pixels.length; i += 3) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r + g + b < 600) ink++;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) coloured++;
    }
    const total = w * h;
    // A laid-out report: some ink, mostly white paper, and the coloured status bars of the checks.
    expect(ink / total).toBeGreaterThan(0.02);
    expect(ink / total).toBeLessThan(0.5);
    expect(coloured / total).toBeGreaterThan(0.002);
    expect(readFileSync(path.join(dir, 'page.png')).subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 60_000);
});
