// Connect for the platform from the app (issue 22): when the demo platform lost its connection (the
// access-revoked scenario: its stored sign-in is the stale one Tesla revoked), borrowing is refused with
// connection_lost; connecting for the platform opens the sign-in under the platform's client, hands code and
// verifier to the platform, and then reaches the customer through it, with the platform's connection alive.
// A grant missing a consent box is topped up the same way with prompt_missing_scopes. The browser ends on the
// doctor's loopback page in the app's language, which quotes nothing from the request unescaped.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { PlatformError } from '@main/platform/platform-client';
import { textIn } from '@shared/text/languages';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  backend = null;
  remove?.();
});

const call = { transport: 'electron' as const };

async function start(scenario: string) {
  const t = tempDir('tcd-connect-for-platform-');
  remove = t.remove;
  const opened: string[] = [];
  backend = createBackend({
    mode: 'demo',
    dataDir: t.dir,
    keychain: new MemoryVault(),
    demo: { scenario },
    openExternal: async (url) => void opened.push(url),
  });
  await backend.start();
  const sim = backend.context.simulator();
  if (!sim) throw new Error('the embedded simulator did not start');
  const alive = async () => {
    const res = await fetch(`${sim.origin}/__sim/platform/customers`);
    const body = (await res.json()) as { customers: { ref: string; connectionAlive: boolean }[] };
    return body.customers.find((c) => c.ref === 'c-0001')?.connectionAlive;
  };
  const finished = new Promise<{ signInId: string; ok: boolean; accountId: string | null; error: string | null }>(
    (resolve) =>
      backend!.events.addSink((event, payload) => {
        if (event === 'accounts:signInFinished') resolve(payload as never);
      }),
  );
  return { b: backend, opened, alive, finished };
}

describe('connect for the platform, in the app', () => {
  it('after the platform lost its connection: signs in under its client, and the platform keeps the connection', async () => {
    const { b, opened, alive, finished } = await start('access-revoked');
    const refused = await Promise.resolve()
      .then(() => b.handlers['accounts:connectThroughPlatform']({ customer: 'c-0001' }, call))
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PlatformError);
    expect((refused as PlatformError).code).toBe('connection_lost');
    expect(await alive()).toBe(false);

    const started = await b.handlers['accounts:connectForPlatform']({ customer: 'c-0001', label: 'Rivera' }, call);
    expect(started).toMatchObject({ handledBy: 'system', callback: 'loopback' });
    expect(opened).toEqual([started.authorizeUrl]);
    const page = new URL(started.authorizeUrl);
    expect(page.searchParams.get('client_id')).toBe('demo-client');
    expect(page.searchParams.get('code_challenge_method')).toBe('S256');

    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    const done = await finished;
    expect(done).toMatchObject({ signInId: started.signInId, ok: true });
    expect(await alive()).toBe(true);
    const list = await b.handlers['accounts:list']({}, call);
    expect(list.accounts).toMatchObject([
      { id: done.accountId, label: 'Rivera', way: 'platform', platformRef: 'c-0001' },
    ]);
  });

  it('a missing consent box: asks Tesla only for the rest (prompt_missing_scopes)', async () => {
    const { b, opened, finished } = await start('scope-missing-energy-cmds');
    const { accountId } = await b.handlers['accounts:connectThroughPlatform']({ customer: 'c-0001' }, call);
    const before = await b.handlers['accounts:list']({}, call);
    expect(before.accounts.find((a) => a.id === accountId)?.consent?.missing).toContain('energy_cmds');
    const started = await b.handlers['accounts:connectForPlatform'](
      { customer: 'c-0001', addMissingScopes: true },
      call,
    );
    expect(new URL(opened[0]!).searchParams.get('prompt_missing_scopes')).toBe('true');
    expect(started.authorizeUrl).toBe(opened[0]);
    // Cancelled: the run stops waiting for the customer (its listener closes) and says so.
    expect(await b.handlers['accounts:cancelSignIn']({ signInId: started.signInId }, call)).toEqual({
      cancelled: true,
    });
    expect(await finished).toMatchObject({
      signInId: started.signInId,
      ok: false,
      error: 'The sign-in was cancelled.',
    });
  });

  it('its loopback page speaks the app’s language, refuses a stranger and says a refusal without echoing it', async () => {
    const { b, finished } = await start('access-revoked');
    const de = textIn('de');
    const started = await b.handlers['accounts:connectForPlatform']({ customer: 'c-0001', language: 'de' }, call);
    const authorize = new URL(started.authorizeUrl).searchParams;
    const callback = new URL(authorize.get('redirect_uri')!);
    const stranger = await fetch(`${callback.href}?state=not-ours&code=abc`);
    expect(stranger.status).toBe(400);
    const strangerPage = await stranger.text();
    expect(strangerPage).toContain('<html lang="de">');
    expect(strangerPage).toContain(de('errors.sign_in_unknown_state'));
    // Tesla's error in a shape it never has: not quoted at all, the page and the app say it in German.
    const hostile = '<script>alert(1)</script>';
    const refused = await fetch(
      `${callback.href}?state=${authorize.get('state')}&error=${encodeURIComponent(hostile)}`,
    );
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).not.toContain('script');
    expect(refusedPage).toContain(`<title>${de('accounts.signInPage.titleRefused')}</title>`);
    expect(refusedPage).toContain(de('errors.sign_in_ended', { error: '?' }));
    expect(await finished).toMatchObject({
      signInId: started.signInId,
      ok: false,
      errorText: { key: 'errors.sign_in_ended', params: { error: '?' } },
    });
  });

  it('an unknown customer is refused before any page opens', async () => {
    const { b, opened } = await start('healthy');
    await expect(b.handlers['accounts:connectForPlatform']({ customer: 'nobody@example.com' }, call)).rejects.toThrow(
      /no customer/,
    );
    expect(opened).toEqual([]);
  });
});
