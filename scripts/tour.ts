// Runs in Node (tsx): `npm run tour -- --out <dir> [--scenario name,…] [--size 1366x768,…] [--lang en|de]`.
// Walks a site visit (Connect, with its three ways in → Check → Fix → Test → Report → End visit) in the browser mode of the app on
// demo scenarios, then the support desk's Board with an incident (`--scenario board` for the Board alone), in Debian's Chromium at a laptop's screen sizes, and saves a screenshot of every step
// (what the installer sees without scrolling, and the whole page) for review and docs. Not committed.
import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MemoryVault } from '../electron/infra/keychain';
import { startBrowserMode } from '../electron/launcher/browser-mode';
import { de } from '../shared/text/de';
import { en } from '../shared/text/en';
import { tourBoard } from './tour-board';

interface Visit {
  /** The file name prefix. */
  name: string;
  /** The simulator's scenario (`npm run sim -- --list`). */
  scenario: string;
  /** Consent boxes the customer leaves unticked. */
  untick?: string[];
  /** The test's direction (a discharge shows the export rules at work). */
  direction?: 'charge' | 'discharge';
}

const VISITS: Visit[] = [
  { name: 'healthy', scenario: 'healthy' },
  { name: 'pre-pto', scenario: 'pre-pto', direction: 'discharge' },
  { name: 'solar-only', scenario: 'solar-only' },
  { name: 'unpaired-car', scenario: 'unpaired-car' },
  { name: 'missing-consent', scenario: 'healthy', untick: ['Energy Product Commands'] },
  // Field failures (issue 23): one cause, one fix, later layers not checked.
  { name: 'partner-not-registered', scenario: 'partner-not-registered' },
  { name: 'billing-limit-exceeded', scenario: 'billing-limit-exceeded' },
  { name: 'access-revoked', scenario: 'access-revoked' },
  { name: 'rate-limited-long', scenario: 'rate-limited-long' },
];

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    scenario: { type: 'string' },
    size: { type: 'string', default: '1366x768,1024x640' },
    lang: { type: 'string', default: 'en' },
    theme: { type: 'string', default: 'light' },
  },
});
if (!values.out) {
  console.error(
    'usage: npm run tour -- --out <dir> [--scenario healthy,pre-pto] [--size 1366x768,1024x640] [--lang en|de] [--theme light|dark]',
  );
  process.exit(2);
}
const out = path.resolve(values.out);
const wanted = values.scenario?.split(',');
const visits = wanted ? VISITS.filter((v) => wanted.includes(v.name) || wanted.includes(v.scenario)) : VISITS;
const showBoard = !wanted || wanted.includes('board');
const sizes = values.size.split(',').map((s) => {
  const [width, height] = s.split('x').map(Number);
  if (!width || !height) throw new Error(`--size ${s}: expected WIDTHxHEIGHT`);
  return { width, height };
});
const theme = values.theme === 'dark' ? 'dark' : 'light';

/** Labels of the UI in the tour's language (the tour drives it by what a person reads). */
const words = values.lang === 'de' ? de : en;
const STEP = words.visit.steps;

async function shoot(page: Page, dir: string, n: number, what: string, problems: string[]): Promise<void> {
  const base = path.join(dir, `${String(n).padStart(2, '0')}-${what}`);
  await page.screenshot({ path: `${base}.png` });
  await page.screenshot({ path: `${base}-full.png`, fullPage: true });
  // What an installer would trip over at this size: a horizontal scrollbar.
  const overflow = await page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
  if (overflow > 0) problems.push(`${path.basename(base)}: scrolls sideways by ${overflow}px`);
}

async function step(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label, exact: true }).click();
  await page.locator('main h2').first().waitFor();
}

async function walk(
  browser: Browser,
  visit: Visit,
  size: { width: number; height: number },
  problems: string[],
): Promise<void> {
  const dir = path.join(out, `${visit.name}-${size.width}x${size.height}`);
  mkdirSync(dir, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-tour-'));
  const host = await startBrowserMode({
    mode: 'demo',
    dataDir,
    keychain: new MemoryVault(),
    demo: { scenario: visit.scenario },
  });
  const context = await browser.newContext({
    viewport: size,
    colorScheme: theme,
    acceptDownloads: true,
    locale: values.lang === 'de' ? 'de-DE' : 'en-GB',
    timezoneId: 'Europe/Berlin',
  });
  const page = await context.newPage();
  let n = 0;
  try {
    await page.goto(`${host.origin}/?lang=${values.lang}#k=${encodeURIComponent(host.secret)}`);
    await page
      .getByTestId('backend-status')
      .filter({ hasText: /ready|bereit/i })
      .waitFor();
    await shoot(page, dir, ++n, 'connect', problems);

    // The three ways in (by value: the same in every language); Replace's question, then Cancel.
    const way = (w: 'platform' | 'own_app' | 'replace') =>
      page.locator(`input[type="radio"][name="connect-way"][value="${w}"]`);
    const connectButton = page.locator('.connect-form button[type="submit"]');
    await page.getByLabel(words.accounts.connect.labelField).fill('Miller family');
    await way('own_app').check();
    await shoot(page, dir, ++n, 'way-own-app', problems);
    await way('replace').check();
    await connectButton.click();
    await page.getByTestId('replace-confirm').waitFor();
    await shoot(page, dir, ++n, 'way-replace-confirm', problems);
    await page.getByTestId('replace-confirm').locator('button').last().click();
    await way('platform').check();
    if (visit.untick) {
      // A box left unticked needs the customer at a consent page: a sign-in under the doctor's own app.
      await way('own_app').check();
      const popupPromise = page.waitForEvent('popup');
      await connectButton.click();
      const popup = await popupPromise;
      await popup.waitForLoadState('domcontentloaded');
      const selectAll = popup.getByRole('button', { name: 'Select All' });
      if (await selectAll.isVisible()) await selectAll.click();
      for (const label of visit.untick ?? []) await popup.getByLabel(label).uncheck();
      // Best effort: a popup's screenshot can fail on a busy machine, and the visit goes on without it.
      await popup
        .screenshot({ path: path.join(dir, `${String(++n).padStart(2, '0')}-consent.png`) })
        .catch(() => undefined);
      await popup.getByRole('button', { name: 'Allow', exact: true }).click();
      await popup
        .getByTestId('loopback-message')
        .filter({ hasText: /connected/ })
        .waitFor();
      await popup.close();
    } else {
      // The default: through the demo platform, whose connection is borrowed (no sign-in page).
      await page.locator('#platform-customer').fill('c-0001');
      await shoot(page, dir, ++n, 'way-platform', problems);
      await connectButton.click();
    }

    // Connecting runs the checklist by itself.
    await page.getByTestId('verdict-charge').or(page.getByTestId('customer-card')).first().waitFor();
    await page.getByTestId('checklist-progress').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    await shoot(page, dir, ++n, 'after-connect', problems);

    await step(page, STEP.check);
    await page.getByTestId('verdict-charge').waitFor();
    await shoot(page, dir, ++n, 'check', problems);
    const passed = page.getByTestId('checklist-passed');
    if (await passed.isVisible()) {
      await passed.locator('> summary').click();
      await shoot(page, dir, ++n, 'check-passed-open', problems);
      await passed.locator('> summary').click();
    }
    const evidence = page.locator('.ck-evidence summary').first();
    if (await evidence.isVisible()) {
      await evidence.click();
      await shoot(page, dir, ++n, 'check-evidence', problems);
    }

    await step(page, STEP.fix);
    await shoot(page, dir, ++n, 'fix', problems);

    await step(page, STEP.test);
    if (visit.direction === 'discharge') await page.getByLabel(/Test discharge/).check();
    // One minute: long enough for a verdict, short enough for a tour.
    await page
      .getByLabel(/Duration/)
      .fill('1')
      .catch(() => undefined);
    const readiness = page.getByRole('button', { name: 'Check readiness' });
    if ((await readiness.isVisible()) && (await readiness.isEnabled())) {
      await readiness.click();
      await page
        .locator('.tc-start')
        .or(page.getByRole('alert'))
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => undefined);
    }
    await shoot(page, dir, ++n, 'test-plan', problems);
    const start = page.locator('.tc-start');
    if ((await start.isVisible()) && (await start.isEnabled())) {
      await start.click();
      await page
        .locator('.tc-chart canvas')
        .first()
        .waitFor({ timeout: 30_000 })
        .catch(() => undefined);
      await page.waitForTimeout(1500);
      await shoot(page, dir, ++n, 'test-running', problems);
      await page
        .getByTestId('tc-result')
        .waitFor({ timeout: 120_000 })
        .catch(() => undefined);
      await page.waitForTimeout(500);
      await shoot(page, dir, ++n, 'test-result', problems);
    }

    await step(page, STEP.report);
    const save = page.getByRole('button', { name: words.reports.export.asHtml });
    // The export's preview is redacted in a worker thread, which from the sources first compiles itself
    // (seconds on a busy machine): the panel is shot once it has its buttons, not empty.
    const exportReady = await save
      .waitFor({ timeout: 30_000 })
      .then(() => true)
      .catch(() => false);
    await shoot(page, dir, ++n, 'report', problems);
    if (exportReady) {
      const download = page.waitForEvent('download', { timeout: 20_000 }).catch(() => null);
      await save.click();
      const file = await download;
      if (file) await file.saveAs(path.join(dir, `report-${file.suggestedFilename()}`));
      await page.waitForTimeout(300);
      await shoot(page, dir, ++n, 'report-saved', problems);
    }

    await step(page, 'Settings');
    await shoot(page, dir, ++n, 'settings', problems);
    await step(page, 'Support');
    await shoot(page, dir, ++n, 'support', problems);

    await step(page, STEP.end);
    await shoot(page, dir, ++n, 'end-visit', problems);
    await page.getByRole('button', { name: 'End site visit' }).click();
    await page.getByRole('button', { name: /^Forget \d+ customers?$/ }).click();
    // What the visit removed and kept is listed (a summary, no longer a notice).
    await page.locator('.visit-summary').waitFor();
    await shoot(page, dir, ++n, 'visit-ended', problems);
  } catch (error) {
    problems.push(
      `${visit.name} ${size.width}x${size.height}: stopped at step ${n}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
    await page
      .screenshot({ path: path.join(dir, `${String(++n).padStart(2, '0')}-stopped.png`) })
      .catch(() => undefined);
  } finally {
    await context.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const problems: string[] = [];
try {
  for (const visit of visits) for (const size of sizes) await walk(browser, visit, size, problems);
  if (showBoard)
    for (const size of sizes) {
      const dir = path.join(out, `board-${size.width}x${size.height}`);
      mkdirSync(dir, { recursive: true });
      await tourBoard(browser, {
        size,
        lang: values.lang,
        theme,
        navLabel: words.board.nav,
        shoot: (page, n, what) => shoot(page, dir, n, what, problems),
      }).catch((error: unknown) =>
        problems.push(
          `board ${size.width}x${size.height}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        ),
      );
    }
} finally {
  await browser.close();
}
console.log(`Screenshots in ${out}`);
if (problems.length) {
  console.log(`What to look at:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exitCode = 1;
}
