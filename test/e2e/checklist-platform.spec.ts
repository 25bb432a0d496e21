// The checklist in Chromium, end to end, for a platform-side failure: Tesla answers 412 (the platform never
// registered in the customer's region). The installer sees that nobody on site can fix it, who must, and
// that the connection itself is not blamed. (Until the simulator's field-failure scenarios land, the 412
// comes from a scenario file: healthy, with the product list answered 412.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { MemoryVault } from '../../electron/infra/keychain';
import type { BrowserHost } from '../../electron/browser/browser-host';
import { startBrowserMode } from '../../electron/launcher/browser-mode';
import { connectDemoCustomer } from '../support/consent-page';

const test = base.extend<{ app: BrowserHost }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-412-'));
    const healthy = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../electron/simulator/scenarios/healthy.json'), 'utf8')) as Record<string, unknown>;
    const file = path.join(dataDir, 'unregistered-412.json');
    writeFileSync(file, JSON.stringify({ ...healthy, name: 'unregistered-412', faults: [{ method: 'GET', path: '/api/1/products', status: 412 }] }));
    const before = process.env.TCD_SCENARIO;
    process.env.TCD_SCENARIO = file;
    let host: BrowserHost;
    try {
      host = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault() });
    } finally {
      if (before === undefined) delete process.env.TCD_SCENARIO;
      else process.env.TCD_SCENARIO = before;
    }
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('a 412 fails “platform registration”: nothing to do on site, the platform must register; the connection is not blamed', async ({ page, app }) => {
  await page.goto(app.url);
  await connectDemoCustomer(page);
  await page.getByRole('navigation').getByRole('button', { name: 'Checklist' }).click();
  await page.getByTestId('run-checklist').click();
  await expect(page.getByTestId('verdict-battery')).toBeVisible({ timeout: 20_000 });

  const registration = page.locator('[data-testid^="check-account.partner_registration@"]');
  await expect(registration.locator('.ck-status').first()).toHaveAttribute('data-status', 'fail');
  await expect(registration.getByText(/Platform not registered with Tesla/)).toBeVisible();
  await expect(registration.getByText(/Nobody on site can fix this/)).toBeVisible();
  await expect(registration.getByText(/On site: nothing to change/)).toBeVisible();
  await expect(registration).not.toContainText(/ask (the|your) installer/i);

  const connection = page.locator('[data-testid^="check-account.connection@"]');
  await expect(connection.locator('.ck-status').first()).toHaveAttribute('data-status', 'unknown');
  await expect(connection).toContainText('Platform registration');
  const battery = page.getByTestId('verdict-battery');
  await expect(battery).toHaveClass(/ck-not-ready/);
  await expect(battery).toContainText('Platform not registered with Tesla');
  // The refused product list proves nothing about the system: no "no Powerwall found".
  await expect(battery).not.toContainText('No Powerwall was found');
});
