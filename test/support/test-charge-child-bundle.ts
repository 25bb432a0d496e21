// Test support: test/support/test-charge-child.ts bundled into one script, for tests that run a test charge
// in a child process and kill it: a bundle starts in a fraction of the time tsx needs.
import path from 'node:path';
import { build } from 'esbuild';
import { tempDir } from './temp-dir';

export async function bundleTestChargeChild(prefix: string): Promise<{ bundle: string; remove: () => void }> {
  const dir = tempDir(prefix);
  const bundle = path.join(dir.dir, 'child.cjs');
  await build({
    entryPoints: [path.resolve('test/support/test-charge-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
  });
  return { bundle, remove: dir.remove };
}
