// The Board's store setting: a server's password goes to the keychain, never to the file or back to the
// page; "test connection" says in plain kinds what is wrong (a bad address, nothing listening, a store
// that cannot be opened) without the password in the server's words; the embedded store tests fine.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreSettingService, storeProblemOf, withoutPassword } from '@main/board/store-setting';
import { MemoryVault } from '@main/infra/keychain';
import { openSweepStore } from '@main/sweep-store/sweep-store';
import { closedPort } from '@test/support/closed-port';
import { tempDir } from '@test/support/temp-dir';

describe('StoreSettingService', { timeout: 120_000 }, () => {
  let dir: string;
  let remove: () => void;
  let vault: MemoryVault;
  let setting: StoreSettingService;
  const opened: Array<string | null> = [];
  beforeEach(() => {
    ({ dir, remove } = tempDir('tcd-store-setting-'));
    vault = new MemoryVault();
    opened.length = 0;
    setting = new StoreSettingService(dir, vault, (url) => {
      opened.push(url);
      return url ? openSweepStore({ url }) : openSweepStore({ dataDir: dir });
    });
  });
  afterEach(() => remove());

  it('keeps the password in the keychain, never in the file or in what it sends back', async () => {
    expect(await setting.get()).toEqual({ kind: 'embedded', url: null, hasPassword: false });
    const saved = await setting.set({ kind: 'postgres', url: 'postgres://desk:s3cr%40t@db.example:5432/sweeps' });
    expect(saved).toEqual({ kind: 'postgres', url: 'postgres://desk@db.example:5432/sweeps', hasPassword: true });
    expect(JSON.stringify(saved)).not.toContain('s3cr');
    const file = readFileSync(path.join(dir, 'sweep-store-setting.json'), 'utf8');
    expect(file).not.toContain('s3cr');
    expect(await vault.get('sweep-store:password')).toBe('s3cr@t');
    expect(await setting.connectionUrl()).toBe('postgres://desk:s3cr%40t@db.example:5432/sweeps');
    // A new address without a password keeps the one kept; a typed password replaces it.
    await setting.set({ kind: 'postgres', url: 'postgres://desk@db2.example/sweeps' });
    expect(await setting.connectionUrl()).toBe('postgres://desk:s3cr%40t@db2.example/sweeps');
    await setting.set({ kind: 'postgres', url: 'postgres://desk@db2.example/sweeps', password: 'new' });
    expect(await setting.connectionUrl()).toBe('postgres://desk:new@db2.example/sweeps');
    // Back to the embedded store: the password is removed from the keychain.
    expect(await setting.set({ kind: 'embedded' })).toEqual({ kind: 'embedded', url: null, hasPassword: false });
    expect(await vault.get('sweep-store:password')).toBeNull();
  });

  it('refuses an address that is not postgres://', async () => {
    await expect(setting.set({ kind: 'postgres', url: 'mysql://x@y/z' })).rejects.toThrow('bad_url');
    expect(await setting.test({ kind: 'postgres', url: 'http://db.example' })).toEqual({
      ok: false,
      problem: 'bad_url',
    });
    expect(withoutPassword('postgres://')).toBeNull();
  });

  it('test connection: nothing listening is "refused", without the password in the words', async () => {
    const port = await closedPort();
    const out = await setting.test({
      kind: 'postgres',
      url: `postgres://desk@127.0.0.1:${port}/x`,
      password: 'hunter22',
    });
    expect(out).toMatchObject({ ok: false, problem: 'refused' });
    expect(out.detail).not.toContain('hunter22');
    expect(opened).toEqual([`postgres://desk:hunter22@127.0.0.1:${port}/x`]);
  });

  it('test connection: the embedded store opens and reads', async () => {
    expect(await setting.test({ kind: 'embedded' })).toEqual({ ok: true });
  });

  it('words pg and Node codes as plain kinds', () => {
    expect(storeProblemOf({ code: '28P01' })).toBe('auth');
    expect(storeProblemOf({ code: '3D000' })).toBe('no_database');
    expect(storeProblemOf({ code: 'ENOTFOUND' })).toBe('unknown_host');
    expect(storeProblemOf(new Error('x'))).toBe('other');
  });
});
