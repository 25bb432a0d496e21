// The no-keychain path: without a Secret Service the app refuses to persist tokens, says why, and offers
// session-only mode, which then works (tokens in memory for this run, nothing on disk).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeyringVault, MemoryVault, UnavailableVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createHarness, type Harness } from '@test/support/connect-harness';

let h: Harness;
afterEach(async () => h?.close());

describe('no keychain', () => {
  it('the real keyring, with no D-Bus session reachable, reports itself unavailable with a reason', async () => {
    const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/tcd-no-bus';
    try {
      const probe = await new KeyringVault('com.teslaconnectdoctor.app.test').probe();
      expect(probe.available).toBe(false);
      if (!probe.available) expect(probe.reason).toMatch(/Secret Service|keychain|session-only/i);
    } finally {
      if (saved === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
      else process.env.DBUS_SESSION_BUS_ADDRESS = saved;
    }
  });

  it('refuses to start a sign-in that could not be saved, and explains how to go on', async () => {
    h = await createHarness({
      keychain: new UnavailableVault('no Secret Service (keyring) is running in this desktop session.'),
    });
    const overview = await h.service.overview();
    expect(overview.keychain).toEqual({ available: false, reason: expect.stringContaining('no Secret Service') });
    await expect(h.service.connect({ demoCallback: 'loopback' })).rejects.toThrow(
      /cannot be saved, because no Secret Service.*session-only mode/,
    );
    expect(h.service.flow.pending.size).toBe(0);
  });

  it('session-only mode connects with tokens in memory only, and nothing about them reaches the data dir', async () => {
    h = await createHarness({ keychain: new UnavailableVault('the keychain is locked.') });
    h.service.setSessionOnly(true);
    const started = await h.service.connect({ demoCallback: 'loopback' });
    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    const [account] = h.service.list();
    expect(account).toMatchObject({ sessionOnly: true, state: 'connected' });
    const token = await (await h.service.session(account!.id)).tokenProvider.getAccessToken();
    expect(token.length).toBeGreaterThan(100);
    // Every file, the logs folder included.
    for (const name of readdirSync(h.dataDir, { recursive: true, encoding: 'utf8' }).filter((n) =>
      statSync(path.join(h!.dataDir, n)).isFile(),
    )) {
      const text = readFileSync(path.join(h.dataDir, name), 'utf8');
      expect(text).not.toContain(token);
      expect(text).not.toContain(account!.id);
    }
    await h.service.forget(account!.id);
    expect(h.service.list()).toEqual([]);
  });
});

describe('keychain probing', () => {
  it('asks an unavailable keychain again only when a sign-in starts, and notices when it comes back', async () => {
    let probes = 0;
    let available = false;
    const vault = new (class extends MemoryVault {
      override async probe() {
        probes += 1;
        return available
          ? { available: true as const }
          : { available: false as const, reason: 'the keychain is locked.' };
      }
    })();
    h = await createHarness({ keychain: vault });
    await h.service.overview();
    await h.service.overview();
    await h.service.overview();
    expect(probes).toBe(1);
    available = true;
    const started = await h.service.connect({ demoCallback: 'loopback' });
    expect(probes).toBe(2);
    expect(started.signInId).toBeTruthy();
    expect((await h.service.overview()).keychain.available).toBe(true);
    expect(probes).toBe(2);
  });
});
