// The app's shell in Chromium through the browser transport: header, version, backend status, the
// per-run secret, typed errors for a malformed payload, and the CSP.
import { sendFromPage } from '../support/ws-client';
import { expect, test } from './fixtures';

test('the page shows the app, its version and the backend status through the browser transport', async ({
  ui,
  app,
}) => {
  await ui.goto();
  await expect(ui.page.getByRole('heading', { name: 'Tesla Connect Doctor' })).toBeVisible();
  await expect(ui.backendStatus).toHaveText(/Demo mode: simulator ready/);
  await expect(ui.appVersion).toHaveText(/Version \d+\.\d+\.\d+/);
  // The secret is taken out of the address bar once read.
  expect(ui.page.url()).not.toContain(app.secret);
});

test('without the secret the page says it cannot reach the backend', async ({ ui, app }) => {
  await ui.gotoUrl(app.origin + '/');
  await expect(ui.backendStatus).toHaveText(/could not be reached/);
});

test('a malformed payload from the page gets a typed error', async ({ ui, app }) => {
  await ui.gotoReady();
  const answer = await sendFromPage(ui.page, app.secret, {
    id: 9,
    channel: 'app:openExternal',
    args: { url: ['not', 'a', 'string'] },
  });
  expect(answer).toMatchObject({ id: 9, envelope: { ok: false, error: { code: 'invalid_payload' } } });
});

test('the strict CSP blocks inline script in the page', async ({ ui, page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await ui.goto();
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
