// Plain Node, no TypeScript at start: `npm run doctor -- <command>` runs the headless bundle
// dist/headless/doctor.cjs, building it first (scripts/build.ts --headless) when it is missing or older than
// a source it is built from. A fresh checkout and an edited source both just work, and an offline `explain`
// no longer compiles TypeScript at every start. Plain JavaScript on purpose: this file is the fast path.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist', 'headless', 'doctor.cjs');

/** The newest modification time of the sources the bundle is built from (ms since the epoch). */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|tsx|json)$/.test(entry.name)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(bundle)) return true;
  const built = statSync(bundle).mtimeMs;
  const inputs = [path.join(root, 'package.json'), path.join(root, 'scripts', 'build.ts')];
  return (
    newestSource(path.join(root, 'electron')) > built ||
    newestSource(path.join(root, 'shared')) > built ||
    inputs.some((file) => statSync(file).mtimeMs > built)
  );
}

if (isStale()) {
  const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
  const built = spawnSync(tsx, [path.join(root, 'scripts', 'build.ts'), '--headless'], { stdio: 'inherit' });
  if (built.status !== 0) {
    process.stderr.write('doctor: building dist/headless/doctor.cjs failed (see above); run npm run build.\n');
    process.exit(1);
  }
}
// Run the bundle in this process, with the argv `node dist/headless/doctor.cjs <command> …` would give it.
process.argv = [process.argv[0], bundle, ...process.argv.slice(2)];
createRequire(import.meta.url)(bundle);
