// A test discharge in Chromium at high simulator speed: connect the demo customer (consent page), open
// Test charge, check readiness, start, and see the live chart, the verdict and "settings restored"; the
// simulator's settings end exactly as they began.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { MemoryVault } from '../../electron/infra/keychain';
import type { BrowserHost } from '../../electron/browser/browser-host';
import { startBrowserMode } from '../../electron/launcher/browser-mode';
import { connectDemoCustomer } from '../support/consent-page';

// A memory keychain so the run does not depend on the machine's Secret Service.
const test = base.extend<{ app: BrowserHost }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-tc-'));
    const host = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault() });
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

interface SimSite {
  energySiteId: number;
  settings: Record<string, unknown>;
}

async function admin(origin: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${origin}/__sim/${route}`, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.ok).toBe(true);
  return ((await res.json()) as { response: unknown }).response;
}

test('runs a test discharge and shows the chart, the verdict and "settings restored"', async ({ page, app }) => {
  await page.goto(app.url);
  const simOrigin = await connectDemoCustomer(page);
  const state = (await admin(simOrigin, 'state')) as { sites: SimSite[] };
  const site = state.sites[0];
  expect(site).toBeTruthy();
  // A peak period (exporting pays) and 60x simulated time: the 5-minute test takes seconds.
  await admin(simOrigin, `sites/${site?.energySiteId}/events`, { exportPays: true });
  await admin(simOrigin, 'clock', { speed: 60 });

  await page.getByRole('button', { name: 'Test charge', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Test charge / discharge', level: 2 })).toBeVisible();
  await page.getByLabel('Test discharge (to the grid)').check();
  await page.getByRole('button', { name: 'Check readiness' }).click();
  await expect(page.getByText('Ready: nothing blocks the test.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Operation mode .*Self-Powered.*Time-Based Control/ })).toBeVisible();

  await page.getByRole('button', { name: 'Start test discharge' }).click();
  // The live chart draws (uPlot's canvas) and fills with readings.
  await expect(page.locator('.tc-chart .uplot canvas')).toBeVisible();
  await expect(page.locator('.tc-chart-host')).not.toHaveAttribute('data-samples', '0');
  await expect(page.getByTestId('tc-result')).toContainText('Passed', { timeout: 30_000 });
  await expect(page.getByTestId('tc-result')).toContainText('discharged to the grid');
  await expect(page.getByTestId('tc-restored')).toHaveText(/Settings restored/);

  const after = (await admin(simOrigin, 'state')) as { sites: SimSite[] };
  expect(after.sites[0]?.settings).toEqual(site?.settings);
});
