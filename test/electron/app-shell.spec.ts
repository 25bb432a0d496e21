// Desktop end-to-end tests through Playwright's _electron. They run wherever an Electron binary exists
// (ELECTRON_OVERRIDE_DIST_PATH or an installed runtime) and are reported as skipped elsewhere.
import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';
import { findElectronBinary } from '@main/launcher/electron-binary';

const binary = findElectronBinary();
test.skip(!binary.ok, `No Electron runtime here: ${binary.ok ? '' : binary.reason}`);

test('the desktop app opens sandboxed and shows the backend status', async () => {
  const app = await electron.launch({
    executablePath: binary.ok ? binary.path : undefined,
    args: [path.resolve('dist/electron/main.cjs')],
    env: { ...process.env, TCD_MODE: 'demo' },
  });
  const page = await app.firstWindow();
  await expect(page.getByTestId('backend-status')).toHaveText(/Demo mode: simulator ready/);
  // The page sees only the contract's API object: no Node, no ipcRenderer.
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    doctorKeys: Object.keys((window as unknown as { doctor: object }).doctor).sort(),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.doctorKeys).toContain('app');
  const envelope = await page.evaluate(() =>
    (window as unknown as { doctor: { app: { openExternal(a: unknown): Promise<unknown> } } }).doctor.app.openExternal({
      url: 42,
    }),
  );
  expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  await app.close();
});
