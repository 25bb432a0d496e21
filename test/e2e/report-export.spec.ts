// Export in browser mode: a customer connected through the consent page, the checklist run, then the
// Reports screen previews what will be hidden and the page downloads the redacted, digested report.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { MemoryVault } from '../../electron/infra/keychain';
import type { BrowserHost } from '../../electron/browser/browser-host';
import { startBrowserMode } from '../../electron/launcher/browser-mode';
import { parseReportText } from '../../electron/reports/read-report-file';
import { connectDemoCustomer } from '../support/consent-page';

// A memory keychain, so the run does not depend on the machine's Secret Service.
const test = base.extend<{ app: BrowserHost }>({
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-report-export-'));
    const host = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault() });
    await use(host);
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

test('exports the checklist result as a redacted JSON download and lists it in the history', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Your label for this customer (optional)').fill('Rivera, 4 Birch Lane');
  await connectDemoCustomer(page);
  await expect(page.getByTestId('customer-card')).toHaveCount(1);

  // Run the checklist the way its screen does: one call over the page's own transport.
  const ran = await page.evaluate(async (secret) => {
    const ws = new WebSocket(`ws://${location.host}/ipc?k=${secret}`);
    await new Promise((r) => ws.addEventListener('open', r, { once: true }));
    const call = (id: number, channel: string, args: unknown) =>
      new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
        const onMessage = (m: MessageEvent) => {
          const reply = JSON.parse(String(m.data)) as { id?: number; envelope?: { ok: boolean; value?: unknown } };
          if (reply.id === id && reply.envelope) {
            ws.removeEventListener('message', onMessage);
            resolve(reply.envelope);
          }
        };
        ws.addEventListener('message', onMessage);
        ws.send(JSON.stringify({ id, channel, args }));
      });
    const list = (await call(1, 'accounts:list', {})) as { value: { accounts: { id: string }[] } };
    const run = await call(2, 'checklist:run', { accountId: list.value.accounts[0]!.id });
    ws.close();
    return run.ok;
  }, app.secret);
  expect(ran).toBe(true);

  await page.getByRole('navigation').getByRole('button', { name: 'Reports' }).click();
  const preview = page.getByTestId('redaction-preview');
  await expect(preview).toContainText('values will be removed, masked or hashed');
  await expect(preview).toContainText('Customer label (not included)');
  await page.getByLabel(/Include the customer label/).check();
  await expect(page.getByText(/File name: tesla-connect-doctor_\d{4}-\d\d-\d\d_Rivera-4-Birch-Lane\.json/)).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as JSON' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^tesla-connect-doctor_\d{4}-\d\d-\d\d_Rivera-4-Birch-Lane\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const opened = parseReportText(text);
  expect(opened.digest).toBe('match');
  expect(opened.report.customerLabel).toBe('Rivera, 4 Birch Lane');
  expect(text).not.toContain('jordan.rivera@example.com');
  expect(text).not.toMatch(/\b[A-HJ-NPR-Z0-9]{17}\b/);
  expect(text).not.toMatch(/eyJ[\w-]{5,}\.[\w-]{5,}\./);
  await expect(page.getByText(/Downloaded tesla-connect-doctor_/)).toBeVisible();

  // The history lists it; opening it shows the read-only view.
  const history = page.getByTestId('report-history');
  await expect(history).toContainText('Rivera, 4 Birch Lane');
  await history.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByRole('heading', { name: 'Report for Rivera, 4 Birch Lane' })).toBeVisible();
  await expect(page.getByText('Integrity digest matches: unchanged since export.')).toBeVisible();
});
