import { expect, test } from './fixtures';

test('the page shows the app, its version and the backend status through the browser transport', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Tesla Connect Doctor' })).toBeVisible();
  await expect(page.getByTestId('backend-status')).toHaveText(/Demo mode: simulator ready/);
  await expect(page.getByTestId('app-version')).toHaveText(/Version \d+\.\d+\.\d+/);
  // The secret is taken out of the address bar once read.
  expect(page.url()).not.toContain(app.secret);
});

test('without the secret the page says it cannot reach the backend', async ({ page, app }) => {
  await page.goto(app.origin + '/');
  await expect(page.getByTestId('backend-status')).toHaveText(/could not be reached/);
});

test('a malformed payload from the page gets a typed error', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByTestId('backend-status')).toHaveText(/ready/);
  const answer = await page.evaluate(async (secret) => {
    const ws = new WebSocket(`ws://${location.host}/ipc?k=${secret}`);
    await new Promise((r) => ws.addEventListener('open', r, { once: true }));
    const reply = new Promise<string>((r) => ws.addEventListener('message', (m) => r(String(m.data)), { once: true }));
    ws.send(JSON.stringify({ id: 9, channel: 'app:openExternal', args: { url: ['not', 'a', 'string'] } }));
    return JSON.parse(await reply);
  }, app.secret);
  expect(answer).toMatchObject({ id: 9, envelope: { ok: false, error: { code: 'invalid_payload' } } });
});

test('the strict CSP blocks inline script in the page', async ({ page, app }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(app.url);
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});
