// Borrowed tokens (through the platform): memory only, never refreshed by the doctor, borrowed once more on
// a 401 or near expiry, dropped at the end of the visit; nothing of them reaches the keychain.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BorrowedTokens } from '@main/accounts/borrowed-tokens';
import { composeServices, type Services } from '@main/app/compose-services';
import { createFleetClient } from '@main/fleet/fleet-client';
import { MemoryVault } from '@main/infra/keychain';
import { createPlatformClient, type BorrowedToken, type PlatformClient } from '@main/platform/platform-client';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { NOON_LA } from '@test/support/sim-harness';
import { tempDir } from '@test/support/temp-dir';

/** A platform that hands out numbered tokens and counts the borrows. */
function countingPlatform(expiresInMs: number, now: () => number) {
  let borrows = 0;
  const platform = {
    borrowAccessToken: (): Promise<BorrowedToken> => {
      borrows += 1;
      return Promise.resolve({
        accessToken: `token-${borrows}`,
        expiresAt: new Date(now() + expiresInMs).toISOString(),
        issuedAt: new Date(now()).toISOString(),
        apiBase: 'http://127.0.0.1:1/na',
        scopes: ['energy_device_data'],
      });
    },
  } as unknown as PlatformClient;
  return { platform, borrows: () => borrows };
}

describe('BorrowedTokens', () => {
  it('hands out the held token, borrows again near expiry and once after a 401, never twice in a row', async () => {
    let t = 1_000_000;
    const tokens = new BorrowedTokens(() => t);
    const p = countingPlatform(3_600_000, () => t);
    tokens.keep('a', p.platform, 'c-1', await p.platform.borrowAccessToken('c-1'));
    const provider = tokens.provider('a');
    expect(await provider.getAccessToken()).toBe('token-1');
    await provider.onUnauthorized();
    expect(await provider.getAccessToken()).toBe('token-2');
    await provider.onUnauthorized(); // right after a borrow: not again
    expect(p.borrows()).toBe(2);
    t += 3_600_000;
    expect(await provider.getAccessToken()).toBe('token-3');
  });

  it('after drop the token is gone', async () => {
    const tokens = new BorrowedTokens(() => 0);
    const p = countingPlatform(3_600_000, () => 0);
    tokens.keep('a', p.platform, 'c-1', await p.platform.borrowAccessToken('c-1'));
    tokens.drop('a');
    await expect(tokens.provider('a').getAccessToken()).rejects.toThrow(/dropped/);
  });
});

describe('AccountService through the platform', () => {
  let sim: RunningSimulator;
  let services: Services;
  let remove: () => void;
  let vault: MemoryVault;
  const writes: string[] = [];
  beforeEach(async () => {
    sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: NOON_LA, platform: true });
    let dir: string;
    ({ dir, remove } = tempDir('tcd-borrow-'));
    vault = new MemoryVault();
    const set = vault.set.bind(vault);
    vault.set = (key, value) => {
      writes.push(value);
      return set(key, value);
    };
    services = composeServices({
      dataDir: dir,
      mode: 'demo',
      demo: { kind: 'remote', apiBase: sim.origin },
      keychain: vault,
    });
  });
  afterEach(async () => {
    await services.close();
    await sim.close();
    remove();
  });

  it('lists the customer for this run only, calls the Fleet API, keeps nothing in the keychain, and the visit end drops it', async () => {
    const platform = createPlatformClient({ baseUrl: sim.platform!.baseUrl, agentKey: sim.platform!.agentKey });
    const id = await services.accounts.connectThroughPlatform({ platform, customer: 'c-0001', profileId: 'demo' });
    const account = services.accounts.list().find((a) => a.id === id)!;
    expect(account).toMatchObject({ way: 'platform', platformRef: 'c-0001', sessionOnly: true });
    const session = await services.accounts.session(id);
    expect(session.hasRefreshToken).toBe(false);
    const products = await createFleetClient(session).products();
    expect(Array.isArray(products.response)).toBe(true);
    const token = await session.tokenProvider.getAccessToken();
    expect(writes.some((w) => w.includes(token))).toBe(false);
    expect(await vault.keys()).toEqual([]);
    expect(services.accounts.refreshCount(id)).toBe(0);

    await services.accounts.endVisit();
    expect(services.accounts.list()).toEqual([]);
    await expect(session.tokenProvider.getAccessToken()).rejects.toThrow();
  });

  it('replacing the platform connection is refused with the sentence until confirmed, before any sign-in starts', async () => {
    await expect(
      services.accounts.connect({
        profileId: 'demo',
        demoCallback: 'loopback',
        way: 'replace',
        replaceNames: { customer: 'Miller family', platform: 'SunGrid' },
      }),
    ).rejects.toThrow('This signs Miller family out of SunGrid until they reconnect there.');
    expect(services.accounts.flow.pending.all()).toEqual([]);
    const started = await services.accounts.connect({
      profileId: 'demo',
      demoCallback: 'loopback',
      way: 'replace',
      confirmedReplace: true,
      sessionOnly: true,
    });
    expect(started.authorizeUrl).toContain('client_id=demo-client');
    services.accounts.cancelSignIn(started.signInId);
  });

  it('the own app signs in under the installer client', async () => {
    const started = await services.accounts.connect({
      profileId: 'demo',
      demoCallback: 'loopback',
      way: 'own_app',
      sessionOnly: true,
    });
    expect(started.authorizeUrl).toContain('client_id=installer-client');
    services.accounts.cancelSignIn(started.signInId);
  });
});
