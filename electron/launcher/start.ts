// Plain Node: `npm start`. Builds, then runs the desktop app in demo mode; where no Electron binary can be
// had, says so in one line and serves the same UI in browser mode instead.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll } from '@scripts/build';
import { startBrowserMode } from './browser-mode';
import { findElectronBinary } from './electron-binary';
import { demoOptionsFromEnv } from '../app/compose-services';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const browserOnly = args.includes('--browser');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : undefined;
const dataDirArg = args.indexOf('--data-dir');
const dataDir = dataDirArg >= 0 ? args[dataDirArg + 1] : undefined;

async function main(): Promise<void> {
  if (!args.includes('--no-build')) await buildAll();
  const electron = browserOnly ? null : findElectronBinary();
  if (electron?.ok) {
    const child = spawn(electron.path, [path.join(root, 'dist/electron/main.cjs')], {
      stdio: 'inherit',
      env: { ...process.env, TCD_MODE: 'demo' },
    });
    child.on('exit', (code) => process.exit(code ?? 0));
    return;
  }
  // The process edge: the demo scenario, auto-consent and latency a user set in the environment.
  const host = await startBrowserMode({ port, dataDir, demo: demoOptionsFromEnv(process.env) });
  const why = electron && !electron.ok ? `Electron is not available: ${electron.reason}. ` : '';
  console.log(`${why}Browser mode: open ${host.url}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`Could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
