// Unit (plain Node). accounts.json with two writers on one data folder (the app and the headless tool, two
// app instances): every change is a read-modify-write under a lock across processes, so no customer is
// dropped from the file while its refresh token stays in the keychain.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AccountRegistry } from '@main/accounts/account-registry';
import { tempDir } from '@test/support/temp-dir';
import { testCustomer } from '@test/support/test-customer';

const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');

function addInChild(dataDir: string, prefix: string, count: number): Promise<number | null> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'test/support/add-customers.ts'), dataDir, prefix, String(count)],
    { cwd: root, stdio: 'inherit' },
  );
  return new Promise((resolve) => child.on('exit', resolve));
}

describe('AccountRegistry with two writers on one data folder', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-registry-')));
  afterEach(() => remove());

  it('keeps the customer another instance added after this one had read the file', () => {
    const app = new AccountRegistry(dir);
    const tool = new AccountRegistry(dir);
    app.upsert(testCustomer('a'));
    expect(tool.all().map((a) => a.id)).toEqual(['a']);
    tool.upsert(testCustomer('b'));
    // The app's copy of the file is stale now: its next change must not write it back over b.
    app.upsert(testCustomer('c'));
    app.update('a', { label: 'renamed' });
    expect(
      new AccountRegistry(dir)
        .all()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(
      tool
        .all()
        .map((a) => a.id)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
  });

  it('loses none of the customers two processes add at once', async () => {
    const codes = await Promise.all([addInChild(dir, 'p', 25), addInChild(dir, 'q', 25)]);
    expect(codes).toEqual([0, 0]);
    const ids = new AccountRegistry(dir).all().map((a) => a.id);
    expect(ids).toHaveLength(50);
    expect(new Set(ids).size).toBe(50);
  });
});
