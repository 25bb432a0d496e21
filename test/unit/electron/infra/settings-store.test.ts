import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DataFolderError } from '@main/infra/data-folder-error';
import { SettingsStore, type StoreEngine, fileEngine } from '@main/infra/settings-store';
import { tempDir } from '@test/support/temp-dir';

const Schema = z.object({ version: z.literal(2), name: z.string(), extra: z.boolean() }).strict();
const defaults = () => ({ version: 2 as const, name: 'default', extra: false });
const open = (dir: string, more: Partial<ConstructorParameters<typeof SettingsStore<typeof Schema>>[0]> = {}) =>
  new SettingsStore({
    dataDir: dir,
    name: 'things',
    schema: Schema,
    defaults,
    migrations: { 1: (d) => ({ ...d, version: 2, extra: true }) },
    now: () => Date.UTC(2026, 0, 2, 3, 4, 5),
    ...more,
  });

describe('SettingsStore', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-store-')));
  afterEach(() => remove());

  it('gives the defaults without creating the folder, writes two-space JSON owner-only durably', () => {
    const data = path.join(dir, 'not-yet');
    const store = open(data);
    expect(store.read()).toEqual(defaults());
    expect(existsSync(data)).toBe(false);
    store.update((s) => ({ ...s, name: 'Miller' }));
    expect(readFileSync(path.join(data, 'things.json'), 'utf8')).toBe(
      '{\n  "version": 2,\n  "name": "Miller",\n  "extra": false\n}\n',
    );
    expect(open(data).read().name).toBe('Miller');
    expect(readdirSync(data)).toEqual(['things.json']);
  });

  it('reads a file that starts with a UTF-8 BOM as it is (not damage)', () => {
    writeFileSync(path.join(dir, 'things.json'), `\uFEFF${JSON.stringify({ version: 2, name: 'Bom', extra: true })}`);
    const store = open(dir);
    expect(store.read().name).toBe('Bom');
    expect(store.recovery).toBeNull();
    expect(readdirSync(dir)).toEqual(['things.json']);
  });

  it('upgrades an older document with the migrations', () => {
    writeFileSync(path.join(dir, 'things.json'), JSON.stringify({ version: 1, name: 'Old' }));
    expect(open(dir).read()).toEqual({ version: 2, name: 'Old', extra: true });
  });

  it.each([
    ['not JSON', '{"version": 2, "na', /not valid JSON/, 'not_json'],
    ['the wrong layout', JSON.stringify({ version: 2, name: 7 }), /expected layout \(name, extra\)/, 'wrong_layout'],
  ])(
    'moves a file with %s aside, says where, tells the listener and starts from the defaults',
    (_what, content, problem, reason) => {
      writeFileSync(path.join(dir, 'things.json'), content);
      const heard: unknown[] = [];
      const store = open(dir, { onRecovered: (r) => heard.push(r) });
      expect(store.read()).toEqual(defaults());
      const keptAt = path.join(dir, 'things.json.corrupt-2026-01-02T03-04-05-000Z');
      expect(store.recovery).toEqual({ keptAt, problem: expect.stringMatching(problem), reason });
      expect(heard).toEqual([
        { file: path.join(dir, 'things.json'), keptAt, problem: expect.stringMatching(problem), reason },
      ]);
      expect(readFileSync(keptAt, 'utf8')).toBe(content);
      store.update((s) => ({ ...s, name: 'fresh' }));
      expect(readdirSync(dir).sort()).toEqual(['things.json', 'things.json.corrupt-2026-01-02T03-04-05-000Z']);
    },
  );

  it('names the file in the way when the data folder is a file (ENOTDIR), on read and on write', () => {
    const blocker = path.join(dir, 'data');
    writeFileSync(blocker, '');
    const store = open(blocker);
    expect(() => store.read()).toThrow(DataFolderError);
    expect(() => store.read()).toThrow(`${blocker} is a file, not a folder`);
    expect(() => open(path.join(blocker, 'deeper')).write(defaults())).toThrow(`${blocker} is a file, not a folder`);
  });

  it.skipIf(process.getuid?.() === 0)('says the data folder cannot be written (read-only), not a raw EACCES', () => {
    const ro = path.join(dir, 'ro');
    mkdirSync(ro);
    chmodSync(ro, 0o500);
    try {
      const store = open(ro);
      expect(store.read()).toEqual(defaults());
      expect(() => store.update((s) => ({ ...s, name: 'x' }))).toThrow(
        `The data folder ${ro} cannot be written (permission denied)`,
      );
    } finally {
      chmodSync(ro, 0o700);
    }
  });

  it('goes through the engine it is given (a test injects a fault there)', () => {
    const written: string[] = [];
    const engine: StoreEngine = {
      read: (file) => fileEngine.read(file),
      write(file, text) {
        written.push(path.basename(file));
        fileEngine.write(file, text);
      },
    };
    open(dir, { engine }).write(defaults());
    expect(written).toEqual(['things.json']);
  });
});
