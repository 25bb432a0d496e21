// Tokens in a real Secret Service (gnome-keyring in dbus-run-session under `npm test`). Skipped, and shown
// as skipped, only when no Secret Service is reachable from this process.
import { afterAll, describe, expect, it } from 'vitest';
import { KeyringVault } from '@main/infra/keychain';
import { TokenStore } from '@main/accounts/token-store';

const vault = new KeyringVault('com.teslaconnectdoctor.app.test');
const probe = await vault.probe();
const id = `test-account-${process.pid}-${Date.now()}`;

describe.skipIf(!probe.available)('OS keychain (real Secret Service)', () => {
  const store = new TokenStore(vault);
  afterAll(async () => {
    await store.delete(id).catch(() => undefined);
  });

  it('stores, reads back and deletes a customer’s tokens, one entry per account', async () => {
    const tokens = {
      v: 1 as const,
      refreshToken: `rt-${id}`,
      accessToken: `at-${id}`,
      accessTokenExpiresAt: 1_900_000_000_000,
    };
    await store.write(id, tokens);
    expect(await store.read(id)).toEqual(tokens);
    expect(await store.read(`${id}-other`)).toBeNull();
    const rotated = { ...tokens, refreshToken: `rt2-${id}` };
    await store.write(id, rotated);
    expect(await store.read(id)).toEqual(rotated);
    await store.delete(id);
    expect(await store.read(id)).toBeNull();
  });
});
