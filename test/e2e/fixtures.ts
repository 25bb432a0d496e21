// The one Playwright fixture every e2e spec uses: each test gets a fresh data folder, its own app backend
// on 127.0.0.1 (browser transport, demo mode, a memory keychain so no run depends on the machine's
// Secret Service) and `ui`, the page objects for the test's page (test/e2e/pages), already watching the
// page's IPC socket so a spec can wait for a reply or an event instead of a fixed time.
// `test.use({ scenario: 'unpaired-car' })` picks the simulator's scenario for a describe block.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryVault } from '@main/infra/keychain';
import { startBrowserMode, type BrowserModeHost } from '@main/launcher/browser-mode';
import { AppPage } from './pages/app-page';

export interface E2eFixtures {
  /** The demo simulator's scenario (a catalogue name); undefined: the demo's default. */
  scenario: string | undefined;
  dataDir: string;
  /** The app's backend; `simulatorOrigin()` is the embedded simulator's (its admin API, its demo platform). */
  app: BrowserModeHost;
  ui: AppPage;
}

export const test = base.extend<E2eFixtures>({
  scenario: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir, scenario }, use) => {
    // The demo simulator runs the scenario the backend is given (an explicit option, not the environment).
    const host: BrowserModeHost = await startBrowserMode({
      mode: 'demo',
      dataDir,
      keychain: new MemoryVault(),
      ...(scenario !== undefined ? { demo: { scenario } } : {}),
    });
    await use(host);
    await host.close();
  },
  ui: async ({ page, app }, use) => {
    await use(new AppPage(page, app));
  },
});

export { expect };
