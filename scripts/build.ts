// Builds what the app runs: the renderer with Vite, the Electron main process and preload with esbuild.
// esbuild rather than electron-vite: main and preload are two small bundles and need nothing more.
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function buildRenderer(): Promise<void> {
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

export async function buildElectron(): Promise<void> {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node20',
    sourcemap: false,
    logLevel: 'warning' as const,
    external: ['electron', '@napi-rs/keyring'],
  };
  await Promise.all([
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
  buildAll().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
