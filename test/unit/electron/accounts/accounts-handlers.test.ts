// The accounts: and profiles: handlers as both transports serve them: in the desktop app the sign-in page
// goes to the system browser (openExternal), the page gets only what it may show, and profiles refuse bad input.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  remove?.();
});

const call = { transport: 'electron' as const };

async function start(openExternal?: (url: string) => Promise<void>) {
  const t = tempDir('tcd-handlers-');
  remove = t.remove;
  backend = createBackend({
    mode: 'demo',
    dataDir: t.dir,
    keychain: new MemoryVault(),
    ...(openExternal ? { openExternal } : {}),
  });
  await backend.start();
  return backend;
}

describe('accounts handlers', () => {
  it('opens the sign-in in the system browser in the desktop app, and the result reaches the page as events', async () => {
    const opened: string[] = [];
    const b = await start(async (url) => void opened.push(url));
    const events: { event: string; payload: unknown }[] = [];
    b.events.addSink((event, payload) => events.push({ event, payload }));
    const started = await b.handlers['accounts:connect']({ label: 'Desk', way: 'own_app' }, call);
    expect(started.handledBy).toBe('system');
    expect(opened).toEqual([started.authorizeUrl]);
    expect(await driveConsent(opened[0]!)).toBe(200);
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(['accounts:changed', 'accounts:signInFinished']));
    expect(events.find((e) => e.event === 'accounts:signInFinished')?.payload).toMatchObject({
      signInId: started.signInId,
      ok: true,
    });
    const list = await b.handlers['accounts:list']({}, call);
    expect(list.accounts.map((a) => a.label)).toEqual(['Desk']);
    const after = await b.handlers['accounts:forget']({ accountId: list.accounts[0]!.id }, call);
    expect(after.accounts).toEqual([]);
  });

  it('cancels a waiting sign-in, after which its callback is refused', async () => {
    const b = await start();
    const started = await b.handlers['accounts:connect']({ way: 'own_app' }, call);
    expect(started.handledBy).toBe('page');
    expect(await b.handlers['accounts:cancelSignIn']({ signInId: started.signInId }, call)).toEqual({
      cancelled: true,
    });
    // Its loopback listener is gone: the browser's redirect finds nobody to hand a code to.
    await expect(driveConsent(started.authorizeUrl)).rejects.toThrow(/fetch failed/);
    expect((await b.handlers['accounts:list']({}, call)).accounts).toEqual([]);
  });

  it('profiles: save, select, refuse removing Demo, import errors say what to fix', async () => {
    const b = await start();
    const profile = {
      id: 'acme',
      kind: 'tesla' as const,
      name: 'ACME',
      clientId: 'client-12345678',
      redirectUri: 'http://127.0.0.1:8765/callback',
      partnerDomain: 'energy.acme.example',
      credential: { type: 'secret' as const },
    };
    await b.handlers['profiles:save']({ profile }, call);
    const selected = await b.handlers['profiles:select']({ id: 'acme' }, call);
    expect(selected.activeProfileId).toBe('acme');
    // No client secret yet: a sign-in cannot start, and says why.
    await expect(b.handlers['accounts:connect']({}, call)).rejects.toThrow(/has no client secret yet/);
    await expect(b.handlers['profiles:remove']({ id: 'demo' }, call)).rejects.toThrow(/built in/);
    await expect(
      Promise.resolve().then(() => b.handlers['profiles:import']({ json: '{"profiles": []}' }, call)),
    ).rejects.toThrow(/not imported: profiles: .*Nothing was changed/);
  });
});
