// `npm start` as a person runs it: where no Electron runtime exists it must say so in one line and serve
// the same UI in browser mode at the printed URL (the build is done by npm test before this runs).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from '@main/launcher/electron-binary';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';

test('npm start prints one browser-mode line and serves the app there', async ({ page, dataDir }) => {
  const electron = findElectronBinary();
  const args = ['electron/launcher/start.ts', '--no-build', ...(electron.ok ? ['--browser'] : [])];
  const child = spawn(path.resolve('node_modules/.bin/tsx'), args, {
    env: { ...process.env, TCD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const found = out.split('\n').find((l) => l.includes('Browser mode: open'));
        if (found) resolve(found);
      });
      child.on('exit', (code) => reject(new Error(`npm start exited (${code}) before serving: ${out}`)));
    });
    if (!electron.ok)
      expect(line).toMatch(
        /^Electron is not available: .+\. Browser mode: open http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]+$/,
      );
    const url = /http:\/\/127\.0\.0\.1:\d+\/#k=[0-9a-f]+/.exec(line)![0];
    // The fixture's backend is not used here: `npm start` runs its own.
    const ui = new AppPage(page);
    await ui.gotoUrl(url);
    await expect(ui.backendStatus).toHaveText(/Demo mode: simulator ready/);
  } finally {
    child.kill('SIGTERM');
  }
});
