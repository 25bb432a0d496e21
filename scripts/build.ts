// Builds what the app runs: the renderer with Vite, the Electron main process and preload with esbuild,
// and the headless tool (dist/headless/doctor.cjs) that plain Node ≥ 20 runs and the installed app runs
// with `--headless`. esbuild rather than electron-vite: these are small bundles and need nothing more.
import { build as esbuild, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

/** What main, preload and the headless tool share: CommonJS for Node 20, electron and the native keyring external. */
const common = {
  bundle: true,
  platform: 'node' as const,
  format: 'cjs' as const,
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning' as const,
  external: ['electron', '@napi-rs/keyring'],
};

/** Where the headless bundle is written (the Electron main entry finds it beside itself: ../headless/). */
export const HEADLESS_BUNDLE = path.join(root, 'dist/headless/doctor.cjs');
/** The command registry and all it needs (services, storage, reports), a file of its own beside it. */
const HEADLESS_COMMANDS = 'doctor-commands.cjs';

/**
 * The entry's `import('./commands')` stays a run-time require of the registry's own file, so `explain`
 * (offline, loaded alone) starts without parsing the rest of the tool.
 */
const registryApart: Plugin = {
  name: 'headless-registry-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/commands$/ }, (args) =>
      args.importer === path.join(root, 'electron/headless/doctor.ts')
        ? { path: `./${HEADLESS_COMMANDS}`, external: true }
        : undefined,
    );
  },
};

/**
 * The headless tool: `node dist/headless/doctor.cjs <command>` starts without compiling TypeScript (npm run
 * doctor runs it; scripts/doctor.mjs rebuilds it when a source is newer). Two files: the entry with the
 * standalone `explain`, and the registry it requires for every other command.
 */
export async function buildHeadless(): Promise<void> {
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: [path.join(root, 'electron/headless/doctor.ts')],
      outfile: HEADLESS_BUNDLE,
      banner: { js: '#!/usr/bin/env node' },
      plugins: [registryApart],
      // import() of the registry becomes require(): the installed app loads it from app.asar, where
      // require works and Electron's ESM loader is not asked to.
      supported: { 'dynamic-import': false },
    }),
    esbuild({
      ...common,
      entryPoints: [path.join(root, 'electron/headless/commands/index.ts')],
      outfile: path.join(path.dirname(HEADLESS_BUNDLE), HEADLESS_COMMANDS),
    }),
  ]);
}

export async function buildElectron(): Promise<void> {
  await Promise.all([
    buildHeadless(),
    esbuild({
      ...common,
      entryPoints: [path.join(root, 'electron/shell/main.ts')],
      outfile: path.join(root, 'dist/electron/main.cjs'),
    }),
    // The preload runs sandboxed: it may require only 'electron', so everything else is bundled in.
    esbuild({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: path.join(root, 'dist/electron/preload.cjs'),
    }),
    // The reports feature's worker thread (redaction, report parsing): started by report-off-loop.ts beside main.cjs.
    esbuild({
      ...common,
      entryPoints: [path.join(root, 'electron/reports/report-worker.ts')],
      outfile: path.join(root, 'dist/electron/report-worker.cjs'),
    }),
  ]);
}

export async function buildAll(): Promise<void> {
  await Promise.all([buildRenderer(), buildElectron()]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `--headless`: only the headless bundle (scripts/doctor.mjs rebuilds it when a source is newer).
  (process.argv.includes('--headless') ? buildHeadless() : buildAll()).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
