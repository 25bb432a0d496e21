// A token carrying a scope the doctor does not know (Tesla added `email` in 2025): the customer connects as
// usual, the scope is listed as new from Tesla (never an error, never a missing box), and the scopes are
// said as of when the freshest token was issued; a fresher borrowed token moves that time on.
import { UnsecuredJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountService } from '@main/accounts/account-service';
import { MemoryVault } from '@main/infra/keychain';
import type { BorrowedToken, PlatformClient } from '@main/platform/platform-client';
import { ProfileService } from '@main/profiles/profile-service';
import { tempDir } from '@test/support/temp-dir';

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

const SCOPES = ['openid', 'offline_access', 'user_data', 'energy_device_data', 'energy_cmds', 'email'];
const ISSUED = ['2026-12-05T09:00:00.000Z', '2026-12-05T10:30:00.000Z'];

/** A platform whose borrowed tokens carry `email`, each borrow issued later than the one before. */
function platform(): PlatformClient {
  let borrows = 0;
  const borrow = (): BorrowedToken => {
    const issuedAt = ISSUED[Math.min(borrows++, ISSUED.length - 1)]!;
    const accessToken = new UnsecuredJWT({ sub: 'user-7', ou_code: 'NA', exp: 2_000_000_000, scp: SCOPES }).encode();
    return {
      accessToken,
      expiresAt: '2026-12-05T08:00:00.000Z',
      apiBase: 'http://127.0.0.1:9',
      scopes: SCOPES,
      issuedAt,
    };
  };
  const unused = () => Promise.reject(new Error('not used'));
  return {
    baseUrl: 'https://platform.example/api',
    findCustomers: () => Promise.resolve([{ ref: 'c-7', email: 'x@example.com', region: 'NA', connected: true }]),
    listCustomers: unused,
    getCustomer: unused,
    borrowAccessToken: () => Promise.resolve(borrow()),
    authorizeParams: () =>
      Promise.resolve({
        clientId: 'p',
        authorizeUrl: 'https://auth.tesla.com/oauth2/v3/authorize',
        scopes: SCOPES.slice(0, 5),
        redirectUri: 'x',
      }),
    connectForPlatform: unused,
    takeSiteLease: unused,
    renewSiteLease: unused,
    releaseSiteLease: unused,
  };
}

describe('a scope new from Tesla', () => {
  it('is listed as new from Tesla, never missing or an error; scopes are as of the freshest token', async () => {
    const t = tempDir('tcd-new-scopes-');
    cleanup.push(t.remove);
    const vault = new MemoryVault();
    // The token expired already (expiresAt in the past against `now`): the first use borrows a fresher one.
    const now = () => Date.parse('2026-12-05T10:00:00.000Z');
    const accounts = new AccountService({
      dataDir: t.dir,
      keychain: vault,
      profiles: new ProfileService(t.dir, vault),
      now,
    });
    const id = await accounts.connectThroughPlatform({ platform: platform(), customer: 'c-7' });

    const [view] = (await accounts.overview()).accounts;
    expect(view).toMatchObject({ id, grantedScopes: SCOPES, scopesAsOf: ISSUED[0], state: 'connected' });
    expect(view!.consent).toEqual({
      asked: ['user_data', 'energy_device_data', 'energy_cmds'],
      missing: [],
      newFromTesla: ['email'],
    });

    const session = await accounts.session(id);
    await session.tokenProvider.getAccessToken();
    expect((await accounts.overview()).accounts[0]!.scopesAsOf).toBe(ISSUED[1]);
    await accounts.close();
  });
});
