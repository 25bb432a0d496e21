// The checklist in Chromium against the embedded simulator: an unpaired car shows its pairing link as a
// large QR code; a customer who left "Energy Product Commands" unticked sees that item fail with its fix,
// reconnects ticking it, and sees it pass.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { MemoryVault } from '../../electron/infra/keychain';
import type { BrowserHost } from '../../electron/browser/browser-host';
import { startBrowserMode } from '../../electron/launcher/browser-mode';
import { giveConsent } from '../support/consent-page';

// The demo simulator runs the scenario the backend is given; a memory keychain keeps the run
// independent of the machine's Secret Service.
const test = base.extend<{ scenario: string; app: BrowserHost }>({
  scenario: ['healthy', { option: true }],
  app: async ({ scenario }, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-ck-'));
    const host: BrowserHost = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault(), demo: { scenario } });
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

async function openChecklistAndRun(page: Page) {
  await page.getByRole('navigation').getByRole('button', { name: 'Checklist' }).click();
  await page.getByTestId('run-checklist').click();
  await expect(page.getByTestId('verdict-battery')).toBeVisible({ timeout: 20_000 });
}

test.describe('unpaired car', () => {
  test.use({ scenario: 'unpaired-car' });

  test('shows the pairing link as a large QR code with the steps, without waking the car', async ({ page, app }) => {
    await page.goto(app.url);
    await giveConsent(page, () => page.getByRole('button', { name: 'Connect a Tesla account' }).click());
    await expect(page.getByTestId('customer-card')).toHaveCount(1);
    await openChecklistAndRun(page);

    const item = page.locator('[data-testid^="check-vehicle.virtual_key@"]');
    await expect(item.locator('.ck-status').first()).toHaveAttribute('data-status', 'fail');
    await expect(item.locator('.ck-status').first()).toHaveText(/Fail/);
    await expect(item.getByText('Virtual key not paired')).toBeVisible();
    await expect(item.getByText('Scan the QR code with the phone’s camera', { exact: false })).toBeVisible();
    const qr = item.getByTestId('pairing-qr').getByRole('img');
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    expect(await qr.getAttribute('data-url')).toMatch(/^https:\/\/tesla\.com\/_ak\/partner\.example\?vin=[A-Z0-9]{17}$/);
    const box = await qr.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(300);
    await expect(page.getByTestId('verdict-vehicle')).toContainText('No');
    await expect(page.getByTestId('api-usage')).toContainText('no wake-ups: 0');
    // The filled-in screen (failures, fix, QR, open evidence) has no serious accessibility problem.
    await item.locator('summary').click();
    const axe = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    await item.locator('summary').click();
    // Keyboard: the evidence folds open from the keyboard.
    await item.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(item.getByText('unpaired_vins', { exact: true })).toBeVisible();
  });
});

test('Energy Product Commands unticked: the item fails with its fix; reconnecting with it ticked makes it pass', async ({ page, app }) => {
  await page.goto(app.url);
  await giveConsent(page, () => page.getByRole('button', { name: 'Connect a Tesla account' }).click(), ['Energy Product Commands']);
  await expect(page.getByTestId('customer-card')).toHaveCount(1);
  await openChecklistAndRun(page);

  const item = page.locator('[data-testid^="check-scope.energy_commands@"]');
  const status = item.locator('.ck-status').first();
  await expect(status).toHaveAttribute('data-status', 'fail');
  await expect(status).toHaveText(/Fail/);
  await expect(item.getByText('Reconnect and tick “Energy Product Commands”', { exact: false })).toBeVisible();
  await expect(page.getByTestId('verdict-battery')).toContainText('No');

  await giveConsent(page, () => item.getByRole('button', { name: 'Reconnect this customer' }).click());
  await item.getByRole('button', { name: 'Check again' }).click();
  await expect(status).toHaveAttribute('data-status', 'pass');
  await expect(status).toHaveText(/Pass/);
  await expect(item.getByText('“Energy Product Commands” allowed')).toBeVisible();
});
