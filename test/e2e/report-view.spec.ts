// The support desk: a report file opened in the report view (read-only), re-judged by today's rules; and
// the report's HTML as Chromium renders and prints it.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildForExport, serializeReport } from '@main/reports/build-for-export';
import { renderReportHtml } from '@main/reports/render-html';
import { sampleReport } from '../support/sample-report';
import { expect, test } from './fixtures';

const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-report-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function reportFile(name: string, edit?: (text: string) => string): string {
  const text = serializeReport(buildForExport(sampleReport(), { includeCustomerLabel: true }));
  const file = path.join(dir, name);
  writeFileSync(file, edit ? edit(text) : text);
  return file;
}

test('opens a report file read-only and re-runs today’s rules on its raw responses', async ({ ui, page }) => {
  const reports = ui.reports;
  await ui.goto();
  await reports.open();
  await reports.openFile(reportFile('good.json'));
  const view = reports.view;
  await expect(view.getByRole('heading', { name: 'Report for Job 4711 – Müller' })).toBeVisible();
  await expect(view).toContainText('Integrity digest matches');
  await expect(view.locator('[data-check-id="energy.grid_charging"]')).toContainText('Fail');
  // Nothing in the view is a secret or an unmasked VIN.
  await expect(view).not.toContainText('LRW3F7EK4NC700000');
  await expect(view).not.toContainText('jane.homeowner@example.com');

  const rerun = await reports.rerunWithTodaysRules();
  await expect(rerun.getByRole('heading', { name: 'What changed with today’s rules' })).toBeVisible();
  // The report's grid-charging check is re-judged from site_info and still fails: not a change. Checks the
  // report did not have (the region) are new; the connection cannot be judged without the token, which a
  // report never holds: "not in this report", not a change.
  await expect(rerun.locator('[data-change="changed"][data-check="energy.grid_charging"]')).toHaveCount(0);
  await expect(rerun.locator('[data-change="added"][data-check="account.region"]')).toBeVisible();
  await expect(rerun.locator('[data-change="changed"][data-check="account.connection"]')).toHaveCount(0);
  await expect(rerun.locator('[data-change="not_in_report"][data-check="account.connection"]')).toContainText(
    'not in this report',
  );

  // The opened report with its diff has no serious accessibility problem.
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('an edited report opens with a warning, a corrupt one gets a clear error and the screen stays usable', async ({
  ui,
}) => {
  const reports = ui.reports;
  await ui.goto();
  await reports.open();
  await reports.openFile(reportFile('corrupt.json', (t) => t.slice(0, 200)));
  await expect(reports.openError).toContainText('cut off');
  await reports.openFile(reportFile('edited.json', (t) => t.replace('"pv_only"', '"battery_ok"')));
  await expect(reports.digestWarning).toContainText('changed after it was exported');
});

test('the report HTML renders in Chromium without scripts and prints on A4 and Letter', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const doc = buildForExport(sampleReport(), { includeCustomerLabel: true });
  // The default is the one-page handover, on A4 and on Letter.
  await page.setContent(await renderReportHtml(doc));
  await expect(page.getByRole('heading', { name: 'Site visit handover' })).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length, format).toBe(1);
  }
  // With the appendix: every check with its evidence and the pairing QR follow the handover.
  await page.setContent(await renderReportHtml(doc, { appendix: true }));
  await expect(page.getByRole('heading', { name: 'Appendix: full evidence' })).toBeVisible();
  await expect(page.locator('section.check')).toHaveCount(doc.checks.length);
  await expect(page.locator('.qr svg')).toBeVisible();
  await expect(page.locator('svg.chart path')).toHaveCount(3);
  expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
  // Nothing overflows the narrower paper (Letter is 8.5in wide; A4 is 210mm): the body fits 180mm.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  await context.close();
});

test('a report too big for browser mode gets a clear error and the connection stays up', async ({ ui }) => {
  const reports = ui.reports;
  await ui.goto();
  await reports.open();
  await reports.openFile(
    reportFile('big.json', (t) =>
      t.replace(
        '"raw": [',
        `"raw": [{"request":"GET /pad","status":200,"receivedAt":"","body":"${'x'.repeat(1_200_000)}"},`,
      ),
    ),
  );
  await expect(reports.openError).toContainText('larger than browser mode can open');
  // The page still talks to the backend: a good file opens next.
  await reports.openFile(reportFile('after-big.json'));
  await expect(reports.view).toContainText('Integrity digest matches');
});
