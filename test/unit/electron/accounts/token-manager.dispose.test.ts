// Forgetting a customer while a token refresh is under way: the refresh must not write the fresh tokens
// back to the keychain after the entry is deleted, and the forgotten sign-in hands out nothing more.
import { describe, expect, it } from 'vitest';
import type { TokenSet } from '@main/accounts/sign-in/oauth-client';
import { MemoryVault } from '@main/infra/keychain';
import { TokenManager } from '@main/accounts/token-manager';
import { TokenStore } from '@main/accounts/token-store';

describe('token manager dispose', () => {
  it('a refresh in flight when the customer is forgotten writes nothing back', async () => {
    const store = new TokenStore(new MemoryVault());
    const now = 1_000_000;
    await store.write('acct', {
      v: 1,
      refreshToken: 'NA_old-refresh',
      accessToken: 'old-access',
      accessTokenExpiresAt: now - 1,
    });
    let answer!: (t: TokenSet) => void;
    const manager = new TokenManager({
      accountId: 'acct',
      store,
      now: () => now,
      refresh: () => new Promise<TokenSet>((resolve) => (answer = resolve)),
      onReconnectNeeded: () => undefined,
    });
    const waiting = manager.getAccessToken();
    // The refresh is on the wire; the customer is forgotten meanwhile.
    await new Promise((r) => setImmediate(r));
    const disposed = manager.dispose();
    await store.delete('acct');
    answer({
      accessToken: 'new-access',
      refreshToken: 'NA_new-refresh',
      accessTokenExpiresAt: now + 8 * 3600_000,
      email: null,
    });
    await disposed;
    await expect(waiting).rejects.toThrow(/forgotten/);
    expect(await store.read('acct')).toBeNull();
    await expect(manager.getAccessToken()).rejects.toThrow(/forgotten/);
  });
});
