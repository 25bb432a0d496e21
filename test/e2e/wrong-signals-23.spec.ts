// Issue 23's wrong signals on the visit's later screens, each proven fixed in Chromium against the demo
// simulator: the visit's progress survives a reload (5), the test screen's buttons at 1024×640 (8), the
// report screen and its one-page handover (9), the support view's times and durations (11).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import type { RunView } from '@shared/contract/areas/test-charge';
import { simAdmin, simSites } from '../support/sim-admin';
import { de } from '@shared/text/de';
import { en } from '@shared/text/en';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import type { Labels } from './pages/screen-page';

type Tree = { readonly [key: string]: string | Tree };
const catalogues = { en: en as unknown as Tree, de: de as unknown as Tree };
type Lang = keyof typeof catalogues;
/** A catalogue string with its placeholders left out (what a locator can match of it). */
const say = (lang: Lang, key: string): string => {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((n, part) => (typeof n === 'object' ? n[part] : undefined), catalogues[lang]);
  if (typeof value !== 'string') throw new Error(`no string at ${key}`);
  return value;
};
const labels = (lang: Lang): Labels => ({
  accounts: say(lang, 'visit.steps.connect'),
  checklist: say(lang, 'visit.steps.check'),
  fix: say(lang, 'visit.steps.fix'),
  testCharge: say(lang, 'visit.steps.test'),
  reports: say(lang, 'visit.steps.report'),
  endVisit: say(lang, 'visit.steps.end'),
  settings: say(lang, 'settings.nav'),
  support: say(lang, 'support.nav'),
  board: say(lang, 'board.nav'),
  connect: say(lang, 'accounts.connect.start'),
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`not on screen: ${locator.toString()}`);
  return b;
}
/** Fully inside the viewport (not cut off at any edge; half a pixel of rounding allowed). */
async function fullyInViewport(page: Page, locator: Locator): Promise<boolean> {
  const b = await box(locator);
  const v = page.viewportSize()!;
  return b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= v.width + 0.5 && b.y + b.height <= v.height + 0.5;
}
/** A downloaded PDF's page count, paper and text (poppler's pdfinfo and pdftotext). */
async function pdf(download: Download): Promise<{ pages: number; paper: string; text: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-pdf-'));
  try {
    const file = path.join(dir, 'report.pdf');
    await download.saveAs(file);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
      paper: (/^Page size:.*\((\w+)\)/m.exec(info)?.[1] ?? info).toLowerCase(),
      // Words as read, lines joined: a title may wrap.
      text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('healthy site', () => {
  test.use({ scenario: 'healthy' });

  test('5. after a reload, End visit still knows the checklist ran, the test finished and the report was saved', async ({
    ui,
    page,
    app,
  }) => {
    test.setTimeout(120_000);
    await ui.gotoReady('lang=en');
    await ui.accounts.connect();
    await ui.checklist.openAndRun();
    await fetch(`${app.simulatorOrigin() ?? ''}/__sim/clock`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"speed":60}',
    });
    await ui.testCharge.open();
    await page.getByLabel('Duration (minutes, 1–15)').fill('1');
    await ui.testCharge.checkReadiness();
    expect((await ui.testCharge.startAndWaitForResult('Start test charge')).result?.verdict).toBe('pass');
    await ui.reports.open();
    await ui.reports.save('JSON');
    expect(await ui.steps.inState('done')).toEqual(['Connect', 'Check', 'Fix', 'Test', 'Report']);

    // The page is reopened: what the visit did is asked of the main side, not remembered by the page.
    const restored = ui.ipc.nextReply('accounts:visitProgress');
    await page.reload();
    expect((await restored).ok).toBe(true);
    await ui.openScreen(ui.labels.endVisit);
    await expect(page.locator('.visit-steps-summary li[data-state="done"]')).toHaveCount(5);
    await expect(page.locator('.visit-steps-summary')).not.toContainText('has not run');
    expect(await ui.steps.inState('done')).toEqual(['Connect', 'Check', 'Fix', 'Test', 'Report']);
  });
});

test.describe('healthy site, two tests', () => {
  test.use({ scenario: 'healthy', viewport: { width: 1024, height: 640 } });

  test('9 and 11. the report screen: options one per line, the file picker inside its card; the handover names what was found, fits one page with two tests, on Letter in en-US and A4 in German; the support view shows the zone and how long each test took', async ({
    page,
    app,
  }) => {
    test.setTimeout(180_000);
    const ui = new AppPage(page, app);
    await ui.gotoReady('lang=en');
    const origin = await ui.accounts.connect({ label: 'Job 4711' });
    await ui.checklist.openAndRun();
    const [site] = await simSites(origin);
    await simAdmin(origin, `sites/${site?.energySiteId}/events`, { exportPays: true });
    await simAdmin(origin, 'clock', { speed: 60 });
    const tc = ui.testCharge;
    await tc.open();
    await page.getByLabel('Duration (minutes, 1–15)').fill('1');
    await tc.checkReadiness();
    expect((await tc.startAndWaitForResult('Start test charge')).result?.verdict).toBe('pass');
    await tc.chooseDischarge();
    await page.getByLabel('Duration (minutes, 1–15)').fill('1');
    await tc.checkReadiness();
    // The second test may wait for the first one's battery to settle: its result comes when it comes.
    const second: Promise<RunView> = ui.ipc.nextEvent<RunView>(
      'testCharge:state',
      (v) => v.direction === 'discharge' && v.result !== undefined,
    );
    await page.getByRole('button', { name: 'Start test discharge' }).click();
    expect((await second).result?.verdict).toBe('pass');

    for (const lang of ['en', 'de'] as const) {
      // German: the same visit, the page reopened in German (the main side still holds the runs).
      if (lang === 'de') {
        await ui.goto('lang=de');
        await expect(ui.backendStatus).toHaveText(/bereit/i);
      }
      await ui.openScreen(labels(lang).reports);
      const exportPanel = page.locator('section.reports-panel').filter({
        has: page.getByRole('heading', { name: say(lang, 'reports.export.heading') }),
      });
      // The export's preview has come (the machine may be slow): the options show with it.
      await expect(exportPanel.getByTestId('redaction-preview')).toBeVisible({ timeout: 20_000 });
      const options = exportPanel.locator('label.reports-check');
      await expect(options).toHaveCount(2);
      // One option per line: the second starts below the first, each box beside its own words.
      const [first, other] = [await box(options.nth(0)), await box(options.nth(1))];
      expect(other.y).toBeGreaterThanOrEqual(first.y + first.height);
      // The file picker stays inside its card.
      const openPanel = page.getByTestId('report-drop-zone');
      const picker = openPanel.locator('input[type="file"]');
      const [card, input] = [await box(openPanel), await box(picker)];
      expect(input.x).toBeGreaterThanOrEqual(card.x);
      expect(input.x + input.width).toBeLessThanOrEqual(card.x + card.width);
      expect(await sideways(page)).toBeLessThanOrEqual(0);

      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: say(lang, 'reports.export.asPdf') }).click();
      const handover = await pdf(await download);
      // Two tests, their charts included: still one page; Letter for en-US (the browser's locale), A4 in German.
      expect(handover.pages).toBe(1);
      expect(handover.paper).toBe(lang === 'en' ? 'letter' : 'a4');
      expect(handover.text).not.toContain('[removed]');
      expect(handover.text).toContain(say(lang, 'checks.discovery.okUnnamed.title'));
      expect(handover.text).not.toContain('Maple Street');

      // 11. The support view of the saved JSON: the report's time with its zone, each test's planned
      // length beside the time it really took.
      const json = page.waitForEvent('download');
      await page.getByRole('button', { name: say(lang, 'reports.export.asJson') }).click();
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-json-'));
      const file = path.join(dir, 'report.json');
      await (await json).saveAs(file);
      await openPanel.locator('input[type="file"]').setInputFiles(file);
      const view = page.getByTestId('report-view');
      // The page reads the file after the input's change: the file stays until the view shows it.
      await expect(view).toBeVisible({ timeout: 20_000 });
      rmSync(dir, { recursive: true, force: true });
      const zone = await page.evaluate(
        () =>
          new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
            .formatToParts(new Date())
            .find((p) => p.type === 'timeZoneName')?.value ?? '',
      );
      await expect(view.locator('.report-banner p').first()).toContainText(zone);
      const took =
        lang === 'en' ? /planned 1 min, took (\d+ min )?\d+ s/ : /1 Min\. geplant, tatsächlich (\d+ min )?\d+ s/;
      await expect(view.locator('li').filter({ hasText: took })).toHaveCount(2);
    }
  });
});

for (const [lang, width, height] of [
  ['en', 1024, 640],
  ['de', 1024, 640],
  ['en', 1366, 768],
  ['de', 1366, 768],
] as const) {
  test.describe(`pre-PTO site at ${width}×${height} (${lang})`, () => {
    test.use({ scenario: 'pre-pto', viewport: { width, height } });

    test(`8. the plan's buttons cover neither the plan table nor the warning they act on, Cancel is whole, nothing scrolls sideways (${lang})`, async ({
      page,
      app,
    }) => {
      const ui = new AppPage(page, app, { labels: labels(lang) });
      await ui.goto(`lang=${lang}`);
      await expect(ui.backendStatus).toHaveText(/ready|bereit/i);
      await ui.accounts.connect();
      await ui.checklist.openAndRun();
      await ui.openScreen(ui.labels.testCharge);
      const plan = page.getByTestId('tc-plan');
      const table = plan.locator('table.tc-table');
      const check = page.getByRole('button', { name: say(lang, 'testCharge.form.check') });

      // A charge: the start button is in view at once and covers no row of the plan's table.
      const planned = ui.ipc.nextReply('testCharge:plan');
      await check.click();
      expect((await planned).ok).toBe(true);
      const start = plan.locator('.tc-start');
      await expect(start).toBeVisible();
      expect(await fullyInViewport(page, start)).toBe(true);
      for (const row of await table.locator('tr').all()) expect(overlaps(await box(start), await box(row))).toBe(false);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      // The plan's table fits its column: no cell reaches past the plan.
      const planBox = await box(plan);
      const tableBox = await box(table);
      expect(tableBox.x + tableBox.width).toBeLessThanOrEqual(planBox.x + planBox.width + 0.5);

      // A discharge before permission to operate: "Run anyway…", then its question with "Yes" and "Cancel".
      await page.locator('input[name="direction"][value="discharge"]').check();
      const replanned = ui.ipc.nextReply('testCharge:plan');
      await check.click();
      expect((await replanned).ok).toBe(true);
      await plan.getByRole('button', { name: say(lang, 'testCharge.plan.runAnyway') }).click();
      const confirm = page.getByTestId('tc-confirm-force');
      const warning = confirm.locator('#tc-confirm-text');
      const yes = confirm.getByRole('button', { name: say(lang, 'testCharge.plan.confirmYes') });
      const cancel = confirm.getByRole('button', { name: say(lang, 'testCharge.plan.cancel'), exact: true });
      await expect(yes).toBeVisible();
      for (const button of [yes, cancel]) {
        expect(await fullyInViewport(page, button)).toBe(true);
        expect(overlaps(await box(button), await box(warning))).toBe(false);
        for (const row of await table.locator('tr').all())
          expect(overlaps(await box(button), await box(row))).toBe(false);
      }
      // Scrolled to the end of the page, nothing floats over the table either.
      await page.mouse.wheel(0, 2000);
      await expect(table.locator('tr').last()).toBeInViewport();
      for (const button of [yes, cancel])
        for (const row of await table.locator('tr').all())
          expect(overlaps(await box(button), await box(row))).toBe(false);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      await cancel.click();
      await expect(confirm).toHaveCount(0);
    });
  });
}
