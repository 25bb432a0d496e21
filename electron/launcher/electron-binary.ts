// Plain Node. Finds an Electron binary to launch, or says why there is none (on machines that cannot
// download it, `npm install electron` brings only the typings).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

function executableIn(dist: string, platform: NodeJS.Platform): string {
  if (platform === 'darwin') return path.join(dist, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  if (platform === 'win32') return path.join(dist, 'electron.exe');
  return path.join(dist, 'electron');
}

export function findElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = executableIn(env.ELECTRON_OVERRIDE_DIST_PATH, platform);
    return existsSync(candidate)
      ? { ok: true, path: candidate }
      : { ok: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable (${candidate})` };
  }
  // Read what the electron package recorded at install time. Requiring 'electron' itself would try to
  // download a missing binary, which hangs or fails on a machine without GitHub access.
  let pkgDir: string;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { ok: false, reason: 'the electron package is not installed' };
  }
  const pathFile = path.join(pkgDir, 'path.txt');
  const candidate = existsSync(pathFile) ? path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;
  if (candidate && existsSync(candidate)) return { ok: true, path: candidate };
  return {
    ok: false,
    reason: 'the Electron runtime was not downloaded (its binary comes from GitHub, which this machine cannot reach)',
  };
}
