// Connects the demo account in Chromium: the page opens the simulator's Tesla consent page in a new tab,
// the customer ticks the boxes and presses "Allow", the loopback callback finishes the sign-in in the
// main process, and the Customers screen shows the customer. Then "End site visit" forgets them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { MemoryVault } from '../../electron/infra/keychain';
import type { BrowserHost } from '../../electron/browser/browser-host';
import { startBrowserMode } from '../../electron/launcher/browser-mode';

// Own fixture: the same browser-mode backend, with a memory keychain so the run does not depend on the
// machine's Secret Service (the keychain itself is tested in test/unit/electron/infra).
const test = base.extend<{ app: BrowserHost }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-connect-'));
    const host = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault() });
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('connects the demo customer through the consent page and shows them', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Customers', level: 2 })).toBeVisible();
  await expect(page.getByText('No customer is connected yet.')).toBeVisible();

  await page.getByLabel('Your label for this customer (optional)').fill('Rivera, 4 Birch Lane');
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a Tesla account' }).click();
  const consent = await popupPromise;
  await expect(page.getByTestId('sign-in-waiting')).toBeVisible();

  // The simulator's Tesla consent page.
  await expect(consent.getByRole('heading', { name: /Allow .* access to your Tesla Account\?/ })).toBeVisible();
  await consent.getByRole('button', { name: 'Select All' }).click();
  await expect(consent.getByLabel('Energy Product Information')).toBeChecked();
  await consent.getByRole('button', { name: 'Allow', exact: true }).click();
  await expect(consent.getByTestId('loopback-message')).toHaveText(/connected/);

  const card = page.getByTestId('customer-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('heading', { name: 'Rivera, 4 Birch Lane' })).toBeVisible();
  await expect(card).toContainText('jordan.rivera@example.com');
  await expect(card).toContainText('North America');
  await expect(card).toContainText('Connected');
  await expect(card.getByText('Selected')).toBeVisible();
  await expect(page.getByTestId('accounts-notice')).toHaveText(/connected/);
  await card.getByRole('button', { name: /permissions granted/ }).click();
  await expect(card.getByText('energy_cmds')).toBeVisible();

  // Nothing the page holds carries a token: its storage is empty of them and the DOM shows none.
  const html = await page.content();
  expect(html).not.toMatch(/eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}/);

  // End site visit: one confirmation, then the list is empty.
  await page.getByRole('button', { name: 'End site visit' }).click();
  await page.getByRole('button', { name: 'Forget 1 customer' }).click();
  await expect(page.getByTestId('customer-card')).toHaveCount(0);
  await expect(page.getByTestId('accounts-notice')).toHaveText(/Site visit ended/);
});

test('a customer who presses "Do Not Allow" is told so, and nothing is connected', async ({ page, app }) => {
  await page.goto(app.url);
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a Tesla account' }).click();
  const consent = await popupPromise;
  await consent.getByRole('button', { name: 'Do Not Allow' }).click();
  await expect(page.getByTestId('accounts-notice')).toHaveText(/Do Not Allow/);
  await expect(page.getByTestId('customer-card')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Connect a Tesla account' })).toBeVisible();
});
