// Playwright fixtures: each test gets its own app backend on 127.0.0.1 (browser transport) and a fresh
// data folder; the page is opened at the host's URL with its per-run secret.
import { test as base, expect } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBrowserMode } from '../../electron/launcher/browser-mode';
import type { BrowserHost } from '../../electron/browser/browser-host';

export const test = base.extend<{ dataDir: string; app: BrowserHost }>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ dataDir }, use) => {
    const host = await startBrowserMode({ mode: 'demo', dataDir });
    await use(host);
    await host.close();
  },
});

export { expect };
