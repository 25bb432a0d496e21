// Runs in Node (tsx), for `npm run tour`. The support desk's Board with an incident: a simulator of 60
// generated homes behind the demo platform is swept twice into the data folder's sweep store (the real
// engine, borrowed tokens), with Tesla's sign-in failing for 30 % of the homes and five grants revoked in
// between, then the app shows the Board (incident first) and one home opened.
import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryVault } from '../electron/infra/keychain';
import { startBrowserMode } from '../electron/launcher/browser-mode';
import { createPlatformClient } from '../electron/platform/platform-client';
import { DEMO_CLIENT, startSimulator } from '../electron/simulator';
import { runSweep } from '../electron/sweep/sweep-engine';
import { platformDirectoryFrom } from '../electron/sweep/platform-directory';
import { openSweepStore } from '../electron/sweep-store/sweep-store';

/** Two sweeps of simulated homes into `<dataDir>/sweep-store`, an auth outage and a few revoked grants between. */
export async function sweepSimulatedHomes(dataDir: string): Promise<void> {
  const sim = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 60, seed: 2026 } });
  const store = await openSweepStore({ dataDir });
  try {
    const sweep = () =>
      runSweep({
        directory: platformDirectoryFrom(
          createPlatformClient({ baseUrl: sim.platform!.baseUrl, agentKey: sim.platform!.agentKey }),
        ),
        store,
        staleAfterMs: 0,
        profile: { partnerDomain: null, clientId: DEMO_CLIENT.clientId },
        trustedApiOrigins: ['na', 'eu', 'cn'].map((r) => `${sim.origin}/${r}`),
      });
    const admin = (route: string, body: unknown) =>
      fetch(`${sim.origin}${route}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    await sweep();
    await admin('/__sim/platform/break', { count: 5, cause: 'revoked' });
    await admin('/__sim/platform/incident', { kind: 'auth-outage', share: 0.3 });
    await sweep();
  } finally {
    await store.close();
    await sim.close();
  }
}

/** The Board in the app after two sweeps: the incident first, then one home of it opened. */
export async function tourBoard(
  browser: Browser,
  opts: {
    size: { width: number; height: number };
    lang: string;
    theme: 'light' | 'dark';
    navLabel: string;
    shoot: (page: Page, n: number, what: string) => Promise<void>;
  },
): Promise<void> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-tour-board-'));
  let host;
  try {
    await sweepSimulatedHomes(dataDir);
    host = await startBrowserMode({ mode: 'demo', dataDir, keychain: new MemoryVault() });
    const context = await browser.newContext({
      viewport: opts.size,
      colorScheme: opts.theme,
      locale: opts.lang === 'de' ? 'de-DE' : 'en-GB',
      timezoneId: 'Europe/Berlin',
    });
    try {
      const page = await context.newPage();
      await page.goto(`${host.origin}/?lang=${opts.lang}#k=${encodeURIComponent(host.secret)}`);
      await page.getByRole('navigation').getByRole('button', { name: opts.navLabel, exact: true }).click();
      await page.getByTestId('board-incident').first().waitFor({ timeout: 120_000 });
      await page.getByTestId('board-homes').waitFor();
      await opts.shoot(page, 1, 'board');
      await page.getByTestId('board-homes').locator('tbody tr').first().getByRole('button').click();
      await page.getByTestId('board-history').waitFor();
      await opts.shoot(page, 2, 'board-home');
    } finally {
      await context.close();
    }
  } finally {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
