import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORBIDDEN_NAME, headlessProblems } from '@scripts/package-check';
import { tempDir } from '@test/support/temp-dir';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../../..');
const fuses = require(path.join(root, 'build/fuses.cjs')) as {
  (context: unknown): Promise<void>;
  fuseConfig(profile: string, platform: string): Record<string | number, unknown>;
};
const yml = readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');

describe('electron-builder.yml', () => {
  it('names the app, packs into asar and registers the OAuth scheme on all three systems', () => {
    expect(yml).toMatch(/^appId: com\.teslaconnectdoctor\.app$/m);
    expect(yml).toMatch(/^productName: Tesla Connect Doctor$/m);
    expect(yml).toMatch(/^asar: true$/m);
    expect(yml).toMatch(/protocols:\n(?:.*\n)*?\s+schemes:\n\s+- com\.teslaconnectdoctor\.app/);
    expect(yml).toMatch(/MimeType: x-scheme-handler\/com\.teslaconnectdoctor\.app/);
    expect(yml).toMatch(/target: \[AppImage, deb\]/);
    expect(yml).toMatch(/target: \[dmg, zip\]/);
    expect(yml).toMatch(/target: \[nsis\]/);
    expect(yml).toMatch(/hardenedRuntime: true/);
    expect(yml).toMatch(/^afterPack: build\/fuses\.cjs$/m);
    expect(yml).toMatch(/['"]!\*\*\/\*\.map['"]/); // YAML: either quote style is the same string
  });

  it('keeps nothing secret in the repository: signing and notarization come from the environment', () => {
    expect(yml).not.toMatch(/^\s*(cscKeyPassword|appleIdPassword|password|apiKey):/im);
    expect(yml).not.toMatch(/notarize:\s*\{/);
  });

  it('points at icons and entitlements that exist', () => {
    for (const file of [
      'build/icon.png',
      'build/icon.ico',
      'build/icons/256x256.png',
      'build/icons/512x512.png',
      'build/entitlements.mac.plist',
    ]) {
      expect(readFileSync(path.join(root, file)).length, file).toBeGreaterThan(100);
    }
    const png = readFileSync(path.join(root, 'build/icon.png'));
    expect(png.readUInt32BE(16)).toBe(512); // IHDR width
    expect(png.readUInt32BE(20)).toBe(512);
  });
});

describe('fuses (build/fuses.cjs)', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-fuses-')));
  afterEach(() => remove());

  it('release: no RunAsNode, NODE_OPTIONS or --inspect; cookie encryption on; asar only', () => {
    const c = fuses.fuseConfig('release', 'linux');
    expect(c[FuseV1Options.RunAsNode]).toBe(false);
    expect(c[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(c[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(c[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(c[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses.fuseConfig('release', 'darwin')[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
  });

  it('e2e differs from release only in allowing --inspect (Playwright attaches through it)', () => {
    const release = fuses.fuseConfig('release', 'win32');
    const e2e = fuses.fuseConfig('e2e', 'win32');
    expect(e2e[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect({ ...e2e, [FuseV1Options.EnableNodeCliInspectArguments]: false }).toEqual(release);
    expect(() => fuses.fuseConfig('debug', 'linux')).toThrow(/release.*e2e/);
  });

  it('the afterPack hook flips the wire in the packed binary', async () => {
    const binary = path.join(dir, 'tesla-connect-doctor');
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.from('stub '),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        Buffer.from([1, 8]),
        Buffer.from('10110001'),
      ]),
    );
    await fuses({
      appOutDir: dir,
      electronPlatformName: 'linux',
      packager: { appInfo: { productFilename: 'Tesla Connect Doctor' }, executableName: 'tesla-connect-doctor' },
    });
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    const bits = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => String.fromCharCode(wire[i]!)).join('');
    expect(bits).toBe('01000100');
  });
});

describe('package:check file rules', () => {
  const why = (file: string) => FORBIDDEN_NAME.filter((r) => r.test(file)).map((r) => r.why);
  it.each([
    ['app.asar/dist/electron/main.cjs.map', 'source map'],
    ['app.asar/node_modules/x/src/index.ts', 'TypeScript source'],
    ['app.asar/node_modules/x/test/a.js', 'test file'],
    ['app.asar/dist/a.spec.js', 'test file'],
    ['app.asar/.env', 'secret-looking file'],
    ['resources/signing.p12', 'secret-looking file'],
    ['app.asar/certs/server.pem', 'secret-looking file'],
  ])('flags %s as a %s', (file, reason) => expect(why(file)).toContain(reason));
  it('lets the app files through', () => {
    for (const f of [
      'app.asar/dist/electron/main.cjs',
      'app.asar/dist/renderer/index.html',
      'app.asar/package.json',
      'tesla-connect-doctor',
      'locales/de.pak',
    ]) {
      expect(why(f)).toEqual([]);
    }
  });
});

describe('package:check: the headless tool ships', () => {
  const files = {
    'dist/electron/main.cjs': 'const HEADLESS_FLAG = "--headless"; function headlessArgv() {}',
    'dist/headless/doctor.cjs': '#!/usr/bin/env node\nconst STANDALONE = { explain: 1 };',
    'dist/headless/doctor-commands.cjs': 'const commands = [];',
  };
  const read = (file: string) => files[file as keyof typeof files] ?? '';

  it('passes with the bundle packed and the flag routed', () => {
    expect(headlessProblems(Object.keys(files), read)).toEqual([]);
  });

  it('fails without the bundle or its commands, or when main does not route --headless', () => {
    expect(headlessProblems(['dist/electron/main.cjs', 'dist/headless/doctor.cjs'], read)).toEqual([
      'missing from app.asar: dist/headless/doctor-commands.cjs (the headless commands)',
    ]);
    expect(headlessProblems(['dist/electron/main.cjs'], read)).toEqual([
      'missing from app.asar: dist/headless/doctor.cjs (the headless tool)',
    ]);
    expect(headlessProblems(Object.keys(files), (f) => (f.endsWith('main.cjs') ? 'no routing here' : read(f)))).toEqual(
      ['dist/electron/main.cjs does not route --headless'],
    );
  });
});
