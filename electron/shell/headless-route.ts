// Electron shell, but plain: no electron import, so a unit test runs it where no Electron binary exists.
// `tesla-connect-doctor --headless <command> [options]` runs the headless tool with Electron as its Node:
// the main entry asks this first, before the single-instance lock, deep links or any window.
import path from 'node:path';

export const HEADLESS_FLAG = '--headless';

/** The headless tool's arguments when the app was started with `--headless`, else null (the desktop app). */
export function headlessArgv(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(HEADLESS_FLAG);
  return at === -1 ? null : argv.slice(at + 1);
}

/** The bundle scripts/build.ts writes beside the main bundle: dist/electron/main.cjs → dist/headless/doctor.cjs. */
export function headlessBundlePath(mainDir: string): string {
  return path.join(mainDir, '..', 'headless', 'doctor.cjs');
}

/**
 * The process arguments the bundle reads, as if plain Node had started it (`node doctor.cjs <command> …`):
 * it takes its command from argv[2] on.
 */
export function headlessProcessArgv(execPath: string, bundle: string, args: readonly string[]): string[] {
  return [execPath, bundle, ...args];
}
