// Refresh behaviour against the simulator: one refresh however many callers wait, the new refresh token
// saved before the new access token is used, and a rotated-out refresh token leading to "reconnect needed".
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { TokenStore } from '@main/accounts/token-store';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createHarness, type Harness } from '@test/support/connect-harness';

let h: Harness;
afterEach(async () => h?.close());

const EIGHT_HOURS = 8 * 3600 * 1000;
const refreshCalls = (x: Harness) => x.sim.admin.requestLog().filter((e) => e.path === '/oauth2/v3/token').length;

async function connected(keychain = new MemoryVault()) {
  h = await createHarness({ keychain });
  const started = await h.service.connect({ demoCallback: 'loopback' });
  expect(await driveConsent(started.authorizeUrl)).toBe(200);
  return h.service.list()[0]!.id;
}

/** A vault that records the order of writes and can be told to fail. */
class RecordingVault extends MemoryVault {
  writes: string[] = [];
  failWrites = false;
  override async set(key: string, value: string): Promise<void> {
    if (this.failWrites)
      throw new (await import('@main/infra/keychain')).KeychainUnavailableError('the keychain is locked.');
    this.writes.push(value);
    await super.set(key, value);
  }
}

describe('token refresh', () => {
  it('ten concurrent calls at expiry cause exactly one refresh, and all get the same new token', async () => {
    const id = await connected();
    const session = await h.service.session(id);
    const first = await session.tokenProvider.getAccessToken();
    const tokenCallsBefore = refreshCalls(h);
    h.sim.clock.advance(EIGHT_HOURS);
    const tokens = await Promise.all(Array.from({ length: 10 }, () => session.tokenProvider.getAccessToken()));
    expect(refreshCalls(h) - tokenCallsBefore).toBe(1);
    expect(h.service.refreshCount(id)).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(first);
    expect((await h.sim.auth.verifyAccessToken(tokens[0])).ok).toBe(true);
    // Valid again: no further refresh.
    await session.tokenProvider.getAccessToken();
    expect(h.service.refreshCount(id)).toBe(1);
  });

  it('refreshes shortly before expiry, not only after it', async () => {
    const id = await connected();
    const session = await h.service.session(id);
    h.sim.clock.advance(EIGHT_HOURS - 2 * 60 * 1000);
    await session.tokenProvider.getAccessToken();
    expect(h.service.refreshCount(id)).toBe(1);
  });

  it('saves the new refresh token to the keychain before handing out the new access token', async () => {
    const vault = new RecordingVault();
    const id = await connected(vault);
    const session = await h.service.session(id);
    h.sim.clock.advance(EIGHT_HOURS);
    const fresh = await session.tokenProvider.getAccessToken();
    const saved = JSON.parse(vault.writes.at(-1)!) as { accessToken: string; refreshToken: string };
    expect(saved.accessToken).toBe(fresh);
    const initial = JSON.parse(vault.writes[0]!) as { refreshToken: string };
    expect(saved.refreshToken).not.toBe(initial.refreshToken);
  });

  it('does not use a new access token whose refresh token could not be saved', async () => {
    const vault = new RecordingVault();
    const id = await connected(vault);
    const session = await h.service.session(id);
    const before = await session.tokenProvider.getAccessToken();
    h.sim.clock.advance(EIGHT_HOURS);
    vault.failWrites = true;
    await expect(session.tokenProvider.getAccessToken()).rejects.toThrow(/could not be saved: the keychain is locked/);
    expect(before).toBeTruthy();
    expect(h.service.list()[0]?.state).toBe('connected');
  });

  it('a rotated-out refresh token puts the account in "reconnect needed" with the reason, losing nothing else', async () => {
    const vault = new MemoryVault();
    const id = await connected(vault);
    const store = new TokenStore(vault);
    const original = await store.read(id);
    const session = await h.service.session(id);
    h.sim.clock.advance(EIGHT_HOURS);
    await session.tokenProvider.getAccessToken(); // rotates the refresh token
    // Another copy of the app still holds the old one, a day and more later.
    await store.write(id, { ...original!, accessTokenExpiresAt: 0 });
    h.sim.clock.advance(25 * 3600 * 1000);
    const stale = await h.service.session(id).catch(() => null);
    const changesBefore = h.changes;
    await expect((stale ?? session).tokenProvider.getAccessToken()).rejects.toThrow(/reconnect: .*login_required/);
    const account = h.service.list()[0]!;
    expect(account).toMatchObject({ id, state: 'reconnect_needed', label: expect.any(String), region: 'NA' });
    expect(account.reconnectReason).toMatch(/login_required/);
    expect(h.changes).toBeGreaterThan(changesBefore);
    await expect(h.service.session(id)).rejects.toThrow(/needs to reconnect/);
    // A reconnect brings it back.
    const again = await h.service.connect({ reconnectAccountId: id, demoCallback: 'loopback' });
    expect(await driveConsent(again.authorizeUrl)).toBe(200);
    expect(h.service.list()[0]).toMatchObject({ id, state: 'connected', reconnectReason: null });
  });

  it('updates the listed scopes when a refreshed token carries a changed grant', async () => {
    const id = await connected();
    const session = await h.service.session(id);
    // The customer unticks Energy Product Commands at Tesla; new access tokens no longer carry it.
    h.sim.auth.setGrant(
      h.sim.demoClient.clientId,
      h.service.list()[0]!.grantedScopes.filter((s) => s !== 'energy_cmds'),
    );
    h.sim.clock.advance(EIGHT_HOURS);
    await session.tokenProvider.getAccessToken();
    expect(h.service.list()[0]?.grantedScopes).not.toContain('energy_cmds');
    expect(h.service.list()[0]?.grantedScopes).toContain('energy_device_data');
  });

  it('a 401 from the Fleet API refreshes once even when many callers report it', async () => {
    const id = await connected();
    const session = await h.service.session(id);
    await Promise.all(Array.from({ length: 5 }, () => session.tokenProvider.onUnauthorized()));
    expect(h.service.refreshCount(id)).toBe(1);
  });
});
