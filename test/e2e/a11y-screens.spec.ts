// Accessibility and languages, screen by screen through the navigation (so every screen registered in
// renderer/src/screens/index.ts is covered as it lands): axe-core finds no serious or critical violation in
// the light or the dark theme; the pseudo-locale shows no text that bypassed i18next; the German UI shows
// no English sentence; and the app is usable with the keyboard alone, with a visible focus.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { de } from '@shared/text/de';
import { en } from '@shared/text/en';
import { pseudoString } from '@shared/text/pseudo';
import { expect, test } from './fixtures';
import { AppPage, type Labels } from './pages/app-page';

type Tree = { readonly [key: string]: string | Tree };
const lookup = (tree: Tree, key: string): string => {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`no string at ${key}`);
  return value;
};

/** The registry's label keys, in navigation order, read from the source so a new screen is never missed. */
const registry = [
  ...readFileSync(path.resolve(import.meta.dirname, '../../renderer/src/screens/index.ts'), 'utf8').matchAll(
    /labelKey:\s*'([^']+)'/g,
  ),
].map((m) => m[1]!);

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
}

/** The page objects' labels in a language, read from its catalogue (`tr` maps each string, e.g. to pseudo). */
function labelsFrom(tree: Tree, tr: (s: string) => string = (x) => x): Labels {
  const at = (key: string) => tr(lookup(tree, key));
  return {
    accounts: at('visit.steps.connect'),
    checklist: at('visit.steps.check'),
    fix: at('visit.steps.fix'),
    testCharge: at('visit.steps.test'),
    reports: at('visit.steps.report'),
    endVisit: at('visit.steps.end'),
    settings: at('settings.nav'),
    support: at('support.nav'),
    board: at('board.nav'),
    connect: at('accounts.connect.start'),
  };
}

test('the registry lists screens and the navigation shows each of them', async ({ ui }) => {
  expect(registry.length).toBeGreaterThan(0);
  await ui.goto('lang=en');
  // By accessible name: the step header's numbers and ticks are decoration (aria-hidden).
  const buttons = ui.navigation.getByRole('button');
  await expect(buttons).toHaveCount(registry.length);
  for (const [i, key] of registry.entries()) await expect(buttons.nth(i)).toHaveAccessibleName(lookup(en, key));
});

/** Connects the demo customer through the simulator's consent page and runs the checklist, so the screens
 * show data (cards, checks with fixes, statuses) rather than their empty states. */
async function connectAndRunChecklist(ui: AppPage): Promise<void> {
  await ui.accounts.connect();
  await expect(ui.accounts.cards).toHaveCount(1);
  await ui.checklist.openAndRun();
  // Colour is never the only signal: every status badge carries a word.
  const badges = ui.checklist.statuses;
  expect(await badges.count()).toBeGreaterThan(0);
  for (const text of await badges.allInnerTexts()) expect(text).toMatch(/\p{L}{3,}/u);
}

// The system's theme, and dark chosen in Settings on a light system (the app's own theme switch).
for (const [colorScheme, chosen] of [
  ['light', null],
  ['dark', null],
  ['light', 'dark'],
] as const) {
  test(`axe: no serious or critical violations on any screen (${chosen ? `${chosen} chosen in Settings` : `${colorScheme} theme`})`, async ({
    ui,
    page,
  }) => {
    // axe walks every screen in turn: a few seconds each on a quiet machine, several times that on a busy one.
    test.slow();
    await page.emulateMedia({ colorScheme });
    if (chosen) await page.addInitScript((theme) => localStorage.setItem('tcd.theme', theme), chosen);
    await ui.gotoReady('lang=en');
    if (chosen) await expect(page.locator('html')).toHaveAttribute('data-theme', chosen);
    await connectAndRunChecklist(ui);
    const found: Record<string, string[]> = {};
    for (const key of registry) {
      await ui.openScreen(lookup(en, key));
      const violations = await seriousViolations(page);
      if (violations.length) found[key] = violations;
    }
    expect(found).toEqual({});
  });
}

test('pseudo-locale: every visible text on every screen came through i18next', async ({ page, app }) => {
  const ui = new AppPage(page, app, { labels: labelsFrom(en, pseudoString) });
  await ui.goto('lang=xx');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  await connectAndRunChecklist(ui);
  const untranslated: Record<string, string[]> = {};
  for (const key of registry) {
    await ui.navigation.getByRole('button').nth(registry.indexOf(key)).click();
    await expect(ui.screenHeading).toContainText('⟦');
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        if (!el || el.closest('script, style, [aria-hidden="true"]') || !el.checkVisibility()) continue;
        // Text inside a pseudo string's element counts as translated; data (numbers, ids) passes below.
        const own = node.textContent?.trim();
        if (own) out.push(el.textContent?.includes('⟦') ? '⟦' : own);
      }
      for (const el of document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')) {
        for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
          const v = el.getAttribute(attr);
          if (v) out.push(v);
        }
      }
      return out;
    });
    // Words from the data, not the UI: the product name (from the backend), units, scope and API values.
    // E-mail addresses and dates/times are the customer's data, formatted by Intl, not UI text (a time
    // near now reads "today 15:38 CET", Intl's relative day and the zone's name).
    const allowed =
      /^(Tesla Connect Doctor|(today|yesterday|tomorrow) \d\d:\d\d [A-Z]{2,5}([+-]\d+)?|[^\s@]+@[^\s@]+\.[a-z]{2,}|[\d/.,: ]+\s?(AM|PM)?|[\d\s.,:%()+\-–—…/·×|→#]*|\d+(\.\d+)* ?(W|kW|kWh|%|s)?|[a-z_]+(\.[a-z_]+)*)$/;
    const bad = texts.filter((t) => !t.includes('⟦') && !allowed.test(t) && /[A-Za-z]{2,}/.test(t));
    if (bad.length) untranslated[key] = [...new Set(bad)];
  }
  expect(untranslated).toEqual({});
});

test('German: no English sentence is left on any screen', async ({ browser, app }) => {
  const context = await browser.newContext({ locale: 'de-DE' });
  const ui = new AppPage(await context.newPage(), app, { labels: labelsFrom(de) });
  await ui.goto();
  await expect(ui.page.locator('html')).toHaveAttribute('lang', 'de');
  await connectAndRunChecklist(ui);
  // Every English UI string that German says differently, by its longest literal part.
  const flat: [string, string][] = [];
  const walk = (e: Tree, d: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(e)) {
      const dv = d[k];
      if (typeof v === 'string' && typeof dv === 'string') {
        if (v !== dv) flat.push([`${prefix}${k}`, v]);
      } else if (typeof v === 'object' && typeof dv === 'object') walk(v, dv, `${prefix}${k}.`);
    }
  };
  walk(en as unknown as Tree, de as unknown as Tree, '');
  const needles = flat
    .map(
      ([key, value]) =>
        [
          key,
          value
            .split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)
            .sort((a, b) => b.length - a.length)[0]!
            .trim(),
        ] as const,
    )
    .filter(([, literal]) => literal.length >= 14);
  const english: Record<string, string[]> = {};
  for (const key of registry) {
    await ui.openScreen(lookup(de, key));
    const text = await ui.page.locator('body').innerText();
    // Whole words only: "… is" must not match the German "… ist".
    const has = (literal: string) =>
      new RegExp(`(?<![\\p{L}])${literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
    const found = needles.filter(([, literal]) => has(literal)).map(([k, literal]) => `${k}: ${literal}`);
    if (found.length) english[key] = found;
  }
  expect(english).toEqual({});
  await context.close();
});

test('keyboard only: skip link, visible focus, every screen reachable, the support bundle made without a mouse', async ({
  ui,
  page,
}) => {
  await ui.gotoReady('lang=en');
  const focusVisible = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return false;
      const s = getComputedStyle(el);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    });

  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Each navigation button is reachable with Tab and opens its screen with Enter.
  for (const key of registry) {
    const label = lookup(en, key);
    const button = ui.navButton(label);
    await page.getByRole('link', { name: 'Skip to content' }).focus();
    for (let i = 0; i < 40 && !(await button.evaluate((b) => b === document.activeElement)); i += 1)
      await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    expect(await focusVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-current', 'page');
  }

  // On every screen (with a customer connected), each control Tab reaches shows where the focus is.
  await ui.accounts.open();
  await connectAndRunChecklist(ui);
  const hidden: string[] = [];
  let visited = 0;
  for (const key of registry) {
    await ui.openScreen(lookup(en, key));
    await page.locator('main').focus();
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('main')) return null;
        const s = getComputedStyle(el);
        const visible = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        return {
          visible,
          what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        };
      });
      if (!where) break; // focus left the screen: all of its controls were visited
      visited += 1;
      if (!where.visible) hidden.push(`${key}: ${where.what}`);
    }
  }
  expect(hidden).toEqual([]);
  expect(visited).toBeGreaterThan(registry.length * 2);

  // Support: open it and create the bundle with the keyboard alone.
  const support = ui.navButton(lookup(en, 'support.nav'));
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  for (let i = 0; i < 40 && !(await support.evaluate((b) => b === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(support).toHaveAttribute('aria-current', 'page');
  const create = ui.support.createBundleButton;
  for (let i = 0; i < 40 && !(await create.evaluate((b) => b === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(create).toBeFocused();
  expect(await focusVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(ui.support.bundleResult).toContainText(/Support bundle saved: .*\.zip \(\d+ files/);
});
