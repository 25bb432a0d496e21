// `npm run package:check`: packages the app the way a release does, offline, and checks what would ship.
// The Electron runtime cannot be downloaded here, so electron-builder's `--dir` build runs against a stub
// runtime made in .tmp/ (a placeholder binary carrying Electron's fuse wire, so the afterPack fuse hook
// really runs). Checked: the packed file list (no tests, source maps, TypeScript sources or secret-looking
// files; the app's entry points present), the fuses in the packed binary, the pruned locales, and that the
// headless tool ships: its bundle packed where the main entry looks for it, and `--headless` routed to it.
// `--no-build` skips the Vite/esbuild build (npm test has just built).
import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HEADLESS_FLAG, headlessBundlePath } from '@main/shell/headless-route';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.tmp', 'package-check');
const stub = path.join(work, 'electron-stub');
const out = path.join(work, 'out');
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's own defaults on the wire (before flipping): RunAsNode on, cookie encryption off, …
const STOCK_WIRE = '10110001';

/** Files that must never ship, by name. */
export const FORBIDDEN_NAME = [
  { why: 'source map', test: (f: string) => f.endsWith('.map') },
  { why: 'TypeScript source', test: (f: string) => /\.(ts|tsx|mts|cts)$/.test(f) },
  {
    why: 'test file',
    test: (f: string) =>
      /(^|\/)(test|tests|__tests__|spec|__snapshots__)\//.test(f) || /\.(test|spec)\.[cm]?js$/.test(f),
  },
  {
    why: 'secret-looking file',
    test: (f: string) => /(^|\/)(\.env(\..*)?|\.npmrc|id_rsa|id_ed25519|.*\.(pem|key|p12|pfx|jks|keystore))$/i.test(f),
  },
];
/** Contents that must never ship: private keys and JWT-shaped tokens. */
const FORBIDDEN_TEXT = [
  { why: 'private key', re: /-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----/ },
  { why: 'JWT', re: /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/ },
];

function makeStubRuntime(): void {
  rmSync(stub, { recursive: true, force: true });
  mkdirSync(path.join(stub, 'resources'), { recursive: true });
  mkdirSync(path.join(stub, 'locales'), { recursive: true });
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, STOCK_WIRE.length]),
    Buffer.from(STOCK_WIRE),
  ]);
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron runtime made by package:check"\nexit 1\n# '),
    wire,
    Buffer.from('\n'),
  ]);
  writeFileSync(path.join(stub, 'electron'), binary);
  chmodSync(path.join(stub, 'electron'), 0o755);
  for (const locale of ['en-US', 'en-GB', 'de', 'fr', 'ja'])
    writeFileSync(path.join(stub, 'locales', `${locale}.pak`), locale);
  writeFileSync(path.join(stub, 'LICENSE'), 'stub');
  writeFileSync(path.join(stub, 'version'), '45.5.0');
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

async function main(): Promise<number> {
  const started = Date.now();
  const problems: string[] = [];
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) return fail(['the build failed']);
  }
  makeStubRuntime();
  rmSync(out, { recursive: true, force: true });
  const builder = spawnSync(
    path.join(root, 'node_modules', '.bin', 'electron-builder'),
    ['--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${stub}`, `-c.directories.output=${out}`],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        TCD_FUSES_PROFILE: 'release',
        CSC_IDENTITY_AUTO_DISCOVERY: 'false',
        ELECTRON_BUILDER_OFFLINE: 'true',
      },
    },
  );
  if (builder.status !== 0) return fail(['electron-builder --dir did not finish (see its output above)']);

  const appDir = path.join(out, 'linux-unpacked');
  const asar = path.join(appDir, 'resources', 'app.asar');
  if (!existsSync(asar)) return fail([`no app.asar in ${path.relative(root, appDir)}: asar packing is off or failed`]);
  const packed = listPackage(asar, { isPack: false }).map((f) => f.replace(/\\/g, '/').replace(/^\//, ''));
  const unpacked = existsSync(`${asar}.unpacked`) ? walk(`${asar}.unpacked`).map((f) => `app.asar.unpacked/${f}`) : [];
  const outside = walk(appDir).filter((f) => !f.startsWith('resources/app.asar'));
  const all = [...packed.map((f) => `app.asar/${f}`), ...unpacked, ...outside];

  for (const required of [
    'dist/electron/main.cjs',
    'dist/electron/preload.cjs',
    'dist/electron/report-worker.cjs',
    'dist/renderer/index.html',
    'package.json',
  ]) {
    if (!packed.includes(required)) problems.push(`missing from app.asar: ${required}`);
  }
  problems.push(...headlessProblems(packed, (file) => readFileSync(path.join(root, file), 'utf8')));
  // The keychain binding is the one module loaded from node_modules: its loader packed, its binary unpacked.
  if (!packed.includes('node_modules/@napi-rs/keyring/package.json'))
    problems.push('missing from app.asar: the @napi-rs/keyring loader');
  if (!unpacked.some((f) => f.endsWith('.node'))) problems.push('no native keychain binary in app.asar.unpacked');
  for (const file of all) {
    for (const rule of FORBIDDEN_NAME) if (rule.test(file)) problems.push(`${rule.why} would ship: ${file}`);
  }
  // Our own code is small: scan every text file of dist/ in the package for secrets.
  const ours = packed.filter((f) => f.startsWith('dist/') && /\.(c?js|mjs|html|css|json|txt)$/.test(f));
  const extracted = path.join(root, 'dist');
  for (const file of ours) {
    const text = readFileSync(path.join(extracted, file.slice('dist/'.length)), 'utf8');
    for (const rule of FORBIDDEN_TEXT) if (rule.re.test(text)) problems.push(`${rule.why} inside ${file}`);
  }
  const locales = readdirSync(path.join(appDir, 'locales')).sort();
  if (locales.join(',') !== 'de.pak,en-GB.pak,en-US.pak')
    problems.push(`locales not pruned to en/de: ${locales.join(', ')}`);

  const binary = path.join(appDir, 'tesla-connect-doctor');
  if (!existsSync(binary)) problems.push('the executable was not renamed to tesla-connect-doctor');
  else {
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    const expected: [FuseV1Options, boolean][] = [
      [FuseV1Options.RunAsNode, false],
      [FuseV1Options.EnableCookieEncryption, true],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
      [FuseV1Options.EnableNodeCliInspectArguments, false],
      [FuseV1Options.OnlyLoadAppFromAsar, true],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, false],
    ];
    for (const [fuse, want] of expected) {
      const on = wire[fuse] === 49;
      if (on !== want)
        problems.push(`fuse ${FuseV1Options[fuse]} is ${on ? 'on' : 'off'}, want ${want ? 'on' : 'off'}`);
    }
  }
  if (problems.length) return fail(problems);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const asarMb = (statSync(asar).size / 1024 / 1024).toFixed(1);
  console.log(
    `\npackage:check passed: ${all.length} packaged files checked (app.asar ${asarMb} MB), fuses set (release profile), locales pruned to en/de, in ${seconds} s`,
  );
  return 0;
}

/**
 * The installed app runs the headless tool (`tesla-connect-doctor --headless <command>`): the bundle must be
 * packed where the main entry looks for it, and the packed main entry must route the flag. `read` gives a
 * packed file's text (the asar holds dist/ as built).
 */
export function headlessProblems(packed: readonly string[], read: (file: string) => string): string[] {
  const problems: string[] = [];
  const bundle = path.posix.normalize(headlessBundlePath('dist/electron').split(path.sep).join('/'));
  if (!packed.includes(bundle)) problems.push(`missing from app.asar: ${bundle} (the headless tool)`);
  // Every command but explain lives in the registry's own file, required by the entry at run time.
  const registry = path.posix.join(path.posix.dirname(bundle), 'doctor-commands.cjs');
  if (packed.includes(bundle) && !packed.includes(registry))
    problems.push(`missing from app.asar: ${registry} (the headless commands)`);
  else if (!/\bexplain\b/.test(read(bundle))) problems.push(`${bundle} is not the headless tool`);
  if (packed.includes('dist/electron/main.cjs') && !read('dist/electron/main.cjs').includes(`"${HEADLESS_FLAG}"`))
    problems.push(`dist/electron/main.cjs does not route ${HEADLESS_FLAG}`);
  return problems;
}

function fail(problems: string[]): number {
  console.error(`\npackage:check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => (process.exitCode = fail([String(error)])),
  );
}
