// Benchmark part: in Chromium through the browser transport, from navigation to the demo account's
// checklist being on screen, with the embedded simulator answering every request after the given latency.
// The customer is connected first, through the backend's own IPC with the consent given over HTTP, so no
// page is open to run the checklist on connecting (the app does that now): the timed part is a fresh page
// load, opening the checklist and running a first diagnosis (the two clicks made in the page as soon as the
// buttons can take them).
import { chromium, type Browser } from '@playwright/test';
import { MemoryVault } from '../electron/infra/keychain';
import { startBrowserMode } from '../electron/launcher/browser-mode';
import WebSocket from 'ws';
import { driveConsent } from '../electron/accounts/sign-in/consent-driver';
import { tempDir } from '../test/support/temp-dir';

/**
 * Runs in the page before its own scripts (a string: a bundler's helpers would not exist there). Clicks
 * "Check", then "Run the checklist" as soon as each is there and enabled, and notes when the first
 * frame with the verdicts is painted.
 */
const CLICK_AND_TIME = `(() => {
  let openedChecklist = false;
  let ran = false;
  const observer = new MutationObserver(() => {
    if (!openedChecklist) {
      const nav = [...document.querySelectorAll('nav button')].find((b) => b.textContent.trim().endsWith('Check'));
      if (nav) { openedChecklist = true; nav.click(); }
    }
    const run = document.querySelector('[data-testid="run-checklist"]');
    if (!ran && run && !run.disabled) { ran = true; run.click(); }
    if (ran && document.querySelector('[data-testid="verdict-charge"]')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__checklistShownAt = performance.now(); });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

/** Signs the demo customer in through the loopback host's IPC, as the page would, without a page. */
async function connectOverIpc(appUrl: string): Promise<void> {
  const url = new URL(appUrl);
  const secret = new URLSearchParams(url.hash.slice(1)).get('k') ?? '';
  const ws = new WebSocket(`ws://${url.host}/ipc?k=${encodeURIComponent(secret)}`, { headers: { origin: url.origin } });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  let next = 0;
  const call = (channel: string, args: unknown = {}) =>
    new Promise<{ ok: boolean; value?: unknown }>((resolve) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const frame = JSON.parse(data.toString()) as { id?: number; envelope?: { ok: boolean; value?: unknown } };
        if (frame.id !== id || !frame.envelope) return;
        ws.off('message', onMessage);
        resolve(frame.envelope);
      };
      ws.on('message', onMessage);
      ws.send(JSON.stringify({ id, channel, args }));
    });
  try {
    // A sign-in under the doctor's own app: the Demo profile refuses one under the platform's client unconfirmed.
    const started = await call('accounts:connect', { way: 'own_app' });
    if (!started.ok) throw new Error(`accounts:connect failed: ${JSON.stringify(started)}`);
    await driveConsent((started.value as { authorizeUrl: string }).authorizeUrl);
    for (let i = 0; i < 100; i++) {
      const list = await call('accounts:list');
      if (((list.value as { accounts?: unknown[] } | undefined)?.accounts ?? []).length > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the demo customer did not appear after consent');
  } finally {
    ws.close();
  }
}

/** One measurement on a fresh backend (so no earlier checklist result is held and shown instead). */
async function measureOnce(browser: Browser, latencyMs: number): Promise<number> {
  const data = tempDir('tcd-bench-ui-');
  const host = await startBrowserMode({
    mode: 'demo',
    dataDir: data.dir,
    keychain: new MemoryVault(),
    demo: { latencyMs },
  });
  try {
    await connectOverIpc(host.url);

    const fresh = await browser.newPage();
    // Timed in the page, from navigation start to the first frame painted with the verdicts in it. The two
    // clicks are made in the page too, the moment each button is there and enabled: Playwright's own
    // actionability checks take hundreds of milliseconds on a busy machine, which is not the app's time.
    await fresh.addInitScript(CLICK_AND_TIME);
    await fresh.goto(host.url);
    const shownAt = await fresh.waitForFunction(
      () => (window as unknown as { __checklistShownAt?: number }).__checklistShownAt,
      null,
      {
        timeout: 30_000,
      },
    );
    const ms = Number(await shownAt.jsonValue());
    await fresh.close();
    return ms;
  } finally {
    await host.close();
    data.remove();
  }
}

export async function benchFirstChecklist(latencyMs: number, runs = 3): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await measureOnce(browser, latencyMs));
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)]!);
  } finally {
    await browser.close();
  }
}
