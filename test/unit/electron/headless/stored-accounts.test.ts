// A recovery journal of a demo account that names an API base on another computer is refused as such (the
// Demo profile's tokens stay on this computer), not announced as "the built-in simulator is not running".
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storedAccounts } from '@main/headless/stored-accounts';
import { tempDir } from '@test/support/temp-dir';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((r) => r()));

describe('stored accounts for a recovery journal', () => {
  it('a demo account whose journal names a foreign API base: the message names that host', async () => {
    const t = tempDir('tcd-stored-accounts-');
    removers.push(t.remove);
    const account = {
      id: 'sub-1',
      profileId: 'demo',
      label: 'Miller',
      email: null,
      region: 'NA',
      connectedAt: '2026-11-28T09:00:00.000Z',
      grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
      state: 'connected',
      reconnectReason: null,
    };
    writeFileSync(path.join(t.dir, 'accounts.json'), JSON.stringify({ version: 1, accounts: [account] }));
    const stored = storedAccounts(t.dir)(() => 'https://fleet.example.net/na');
    try {
      const error = await stored.accounts.session('sub-1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).not.toMatch(/simulator is not running/);
      expect((error as Error).message).toMatch(/fleet\.example\.net/);
    } finally {
      await stored.close();
    }
  });
});
