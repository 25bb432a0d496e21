// Benchmark part: in Chromium through the browser transport, from navigation to the demo account's
// checklist being on screen, with the embedded simulator answering every request after the given latency.
// The customer is connected first (consent page included); the timed part is a fresh page load, opening
// the checklist and running it.
import { chromium, type Page } from '@playwright/test';
import { MemoryVault } from '../electron/accounts/keychain';
import { startBrowserMode } from '../electron/cli/browser-mode';
import { tempDir } from '../test/support/temp-dir';

async function connectDemoCustomer(page: Page): Promise<void> {
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Connect a Tesla account' }).click();
  const popup = await popupPromise;
  await popup.getByRole('button', { name: 'Select All' }).click();
  await popup.getByRole('button', { name: 'Allow', exact: true }).click();
  await popup.getByTestId('loopback-message').waitFor();
  await popup.close();
  await page.getByTestId('customer-card').first().waitFor();
}

export async function benchFirstChecklist(latencyMs: number, runs = 3): Promise<number> {
  const data = tempDir('tcd-bench-ui-');
  const saved = process.env.TCD_SIM_LATENCY_MS;
  process.env.TCD_SIM_LATENCY_MS = String(latencyMs);
  const host = await startBrowserMode({ mode: 'demo', dataDir: data.dir, keychain: new MemoryVault() }).finally(() => {
    if (saved === undefined) delete process.env.TCD_SIM_LATENCY_MS;
    else process.env.TCD_SIM_LATENCY_MS = saved;
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await connectDemoCustomer(page);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const fresh = await browser.newPage();
      const t0 = performance.now();
      await fresh.goto(host.url);
      await fresh.getByRole('navigation').getByRole('button', { name: 'Checklist' }).click();
      await fresh.getByTestId('run-checklist').click();
      await fresh.getByTestId('verdict-battery').waitFor({ timeout: 30_000 });
      times.push(performance.now() - t0);
      await fresh.close();
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]!);
  } finally {
    await browser.close();
    await host.close();
    data.remove();
  }
}
