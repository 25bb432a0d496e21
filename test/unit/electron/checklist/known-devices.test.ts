// The ids remembered between diagnoses: kept customers across restarts (ids only), session-only ones in
// memory, forgotten ones dropped from the file, and a damaged or hostile file never blocking a diagnosis.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KnownDevicesFile } from '@main/checklist/known-devices';
import { tempDir } from '@test/support/temp-dir';

const dirs: Array<ReturnType<typeof tempDir>> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));
const dataDir = () => {
  const d = tempDir('tcd-known-');
  dirs.push(d);
  return d.dir;
};
const ids = { siteIds: ['1001', '1002'], vins: ['5YJ3E1EA0KF000001'] };

describe('known devices', () => {
  it('remembers a kept customer’s ids across a restart, and only ids', () => {
    const dir = dataDir();
    new KnownDevicesFile(dir, () => 'kept').set('acct-1', ids);
    expect(new KnownDevicesFile(dir, () => 'kept').get('acct-1')).toEqual(ids);
    expect(JSON.parse(readFileSync(path.join(dir, 'known-devices.json'), 'utf8'))).toEqual({
      version: 1,
      accounts: { 'acct-1': ids },
    });
  });

  it('keeps a session-only customer in memory only', () => {
    const dir = dataDir();
    const store = new KnownDevicesFile(dir, () => 'session');
    store.set('acct-2', ids);
    expect(store.get('acct-2')).toEqual(ids);
    expect(new KnownDevicesFile(dir, () => 'kept').get('acct-2')).toBeUndefined();
  });

  it('drops a customer no longer kept (forgotten) from the file at the next write', () => {
    const dir = dataDir();
    new KnownDevicesFile(dir, () => 'kept').set('gone', ids);
    new KnownDevicesFile(dir, (id) => (id === 'gone' ? 'gone' : 'kept')).set('acct-3', ids);
    expect(Object.keys(JSON.parse(readFileSync(path.join(dir, 'known-devices.json'), 'utf8')).accounts)).toEqual([
      'acct-3',
    ]);
  });

  it('forgets a forgotten customer at once when pruned, in memory and on disk', () => {
    const dir = dataDir();
    const status = new Map<string, 'kept' | 'session' | 'gone'>([
      ['a', 'kept'],
      ['b', 'session'],
    ]);
    const store = new KnownDevicesFile(dir, (id) => status.get(id) ?? 'gone');
    store.set('a', ids);
    store.set('b', ids);
    status.set('a', 'gone');
    status.set('b', 'gone');
    store.prune();
    expect(store.get('a')).toBeUndefined();
    expect(store.get('b')).toBeUndefined();
    expect(JSON.parse(readFileSync(path.join(dir, 'known-devices.json'), 'utf8')).accounts).toEqual({});
  });

  it('ignores a damaged file or ids that could not go into a request path', () => {
    const dir = dataDir();
    const file = path.join(dir, 'known-devices.json');
    writeFileSync(file, JSON.stringify({ version: 1, accounts: { a: { siteIds: ['../../users/me'], vins: [] } } }));
    expect(new KnownDevicesFile(dir, () => 'kept').get('a')).toBeUndefined();
    writeFileSync(file, '{ not json');
    const store = new KnownDevicesFile(dir, () => 'kept');
    expect(store.get('a')).toBeUndefined();
    store.set('a', { siteIds: ['1', 'a/b'], vins: [] });
    expect(new KnownDevicesFile(dir, () => 'kept').get('a')).toEqual({ siteIds: ['1'], vins: [] });
  });
});
