// The Board in Chromium against a sweep store seeded in the test's data folder (two sweeps through the
// store's API, incidents and changes found by the sweep's own rules: test/support/board-seed.ts): the
// incident first with its advice, a filter, one home's history, the CSV download (formulas neutralised, no
// personal data), readable at 1024×640 without sideways scrolling and axe-clean, in English and German;
// and the empty state that says what to run.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { BOARD_SEED, seedBoard } from '@test/support/board-seed';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test.use({ viewport: { width: 1024, height: 640 } });

async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('without a stored sweep the Board says what to run', async ({ ui }) => {
  await ui.gotoReady('lang=en');
  const summary = ui.ipc.nextReply('board:summary');
  await ui.board.open();
  expect((await summary).ok).toBe(true);
  await expect(ui.board.empty).toContainText('No sweep has been stored yet');
  await expect(ui.board.empty).toContainText('npm run doctor -- sweep --platform');
  await noSidewaysScroll(ui.page);
});

test('English: the incident first, a filter, a home’s history and the CSV for tickets', async ({
  ui,
  page,
  dataDir,
}) => {
  test.slow(); // the embedded PostgreSQL (PGlite) starts twice: to seed, then in the app
  await seedBoard(dataDir);
  await ui.gotoReady('lang=en');
  const homesLoaded = ui.ipc.nextReply('board:homes');
  await ui.board.open();
  expect((await homesLoaded).ok).toBe(true);

  // Incidents first, with their homes count and the advice to wait (never to reconnect).
  await expect(ui.board.incidents).toHaveCount(1);
  await expect(ui.board.incidents.first()).toContainText(BOARD_SEED.incidentCause);
  await expect(ui.board.incidents.first()).toContainText('6 homes (30 % of those swept)');
  await expect(ui.board.incidents.first()).toContainText('Advice: wait');
  await expect(ui.board.incidents.first()).not.toContainText(/Advice: reconnect/i);
  await expect(ui.board.changes).toHaveText('Newly broken: 7 · Recovered: 1');
  await expect(ui.board.count).toHaveText(`${BOARD_SEED.homes} of ${BOARD_SEED.homes} homes shown`);
  // The homes in the incident lead the list.
  await expect(ui.board.homeRows.first()).toContainText('c-0001');
  await expect(ui.board.homeRows.first()).toContainText('nobody: wait');
  await noSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  // Filter: who fixes = the customer leaves the one home that lost its energy scope.
  let filtered = ui.ipc.nextReply('board:homes');
  await ui.board.filter('Who fixes').selectOption('customer');
  expect((await filtered).ok).toBe(true);
  await expect(ui.board.homeRows).toHaveCount(1);
  await expect(ui.board.homeRows.first()).toContainText(BOARD_SEED.newlyBroken);

  // The home opens with its latest stored result in words and its history across both sweeps.
  const opened = ui.ipc.nextReply('board:home');
  await ui.board.button(`Open ${BOARD_SEED.newlyBroken}`).click();
  expect((await opened).ok).toBe(true);
  await expect(ui.board.home).toContainText('“Energy Product Information” not allowed');
  await expect(ui.board.historyRows).toHaveCount(2);
  // The history names the cause (its id is the row's title, as in the CSV).
  await expect(ui.board.historyRows.nth(0)).toContainText('Consent: energy data');
  await expect(ui.board.historyRows.nth(0).locator(`[title="${BOARD_SEED.newlyBrokenCause}"]`)).toHaveCount(1);
  await expect(ui.board.historyRows.nth(1)).toContainText('healthy');
  await noSidewaysScroll(page);
  expect(await seriousViolations(page)).toEqual([]);

  // The CSV of every home: refs, cause, who fixes, incident, since when; the hostile ref is text.
  filtered = ui.ipc.nextReply('board:homes');
  await ui.board.button('Clear filters').click();
  expect((await filtered).ok).toBe(true);
  const download = page.waitForEvent('download');
  await ui.board.button('Export CSV for tickets').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^board-.*\.csv$/);
  const csv = readFileSync(await file.path(), 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('ref,cause,actor,incident,since,change,last_swept_at');
  expect(lines).toHaveLength(BOARD_SEED.homes + 1);
  expect(lines[1]).toMatch(/^c-0001,connection\.tesla_auth_unavailable,wait,connection\.tesla_auth_unavailable,/);
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
  expect(csv).not.toContain('@');
  await expect(ui.board.csvResult).toContainText(`${BOARD_SEED.homes} homes exported`);

  // "Diagnose now through the platform": the demo platform lends its connection for c-0001 (nothing is
  // replaced) and the checklist opens for that customer.
  const home = ui.ipc.nextReply('board:home');
  await ui.board.button('Open c-0001').click();
  expect((await home).ok).toBe(true);
  const connected = ui.ipc.nextReply('accounts:connectThroughPlatform');
  await ui.board.button('Diagnose now through the platform').click();
  expect((await connected).ok).toBe(true);
  await expect(ui.navButton(ui.labels.checklist)).toHaveAttribute('aria-current', 'page');
});

test('German: the same board in German, readable at 1024×640', async ({ browser, app, dataDir }) => {
  test.slow();
  await seedBoard(dataDir);
  const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1024, height: 640 } });
  const ui = new AppPage(await context.newPage(), app, { labels: { board: 'Übersicht' } });
  await ui.goto();
  await expect(ui.page.locator('html')).toHaveAttribute('lang', 'de');
  const homesLoaded = ui.ipc.nextReply('board:homes');
  await ui.board.open();
  expect((await homesLoaded).ok).toBe(true);
  await expect(ui.board.incidents.first()).toContainText('6 Häuser (30 % der geprüften)');
  await expect(ui.board.incidents.first()).toContainText('Empfehlung: abwarten');
  await expect(ui.board.changes).toHaveText('Neu gestört: 7 · Wieder in Ordnung: 1');
  const filtered = ui.ipc.nextReply('board:homes');
  await ui.board.filter('Störung').selectOption({ label: 'Teil einer Störung' });
  expect((await filtered).ok).toBe(true);
  await expect(ui.board.homeRows).toHaveCount(BOARD_SEED.incidentHomes.length);
  const opened = ui.ipc.nextReply('board:home');
  await ui.board.button('c-0001 öffnen').click();
  expect((await opened).ok).toBe(true);
  await expect(ui.board.home).toContainText('Wer behebt: niemand: abwarten');
  await expect(ui.board.historyRows).toHaveCount(2);
  await noSidewaysScroll(ui.page);
  expect(await seriousViolations(ui.page)).toEqual([]);
  await context.close();
});
