// The full sign-in against the simulator: loopback and deep-link callbacks, and refusal of wrong,
// replayed, expired and malformed callbacks (each refusal changes nothing).
import { afterEach, describe, expect, it } from 'vitest';
import { SIGN_IN_TTL_MS } from '@main/accounts/sign-in/pending-sign-ins';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { authorizeRedirect, createHarness, type Harness } from '@test/support/connect-harness';
import { textIn } from '@shared/text/languages';

/** driveConsent with the loopback page the browser would show kept (the app's answer to the callback). */
async function consentKeepingPage(authorizeUrl: string, decision: 'allow' | 'deny' = 'allow') {
  let page = '';
  const status = await driveConsent(authorizeUrl, {
    decision,
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      if (new URL(res.url).hostname === '127.0.0.1' && res.url.includes('/callback')) page = await res.clone().text();
      return res;
    },
  });
  return { status, page };
}

let h: Harness;
afterEach(async () => h?.close());

describe('sign-in through the loopback callback', () => {
  it('connects the simulator account with PKCE, state and nonce, and lists it without tokens', async () => {
    h = await createHarness();
    const started = await h.service.connect({ label: 'Smith, 12 Elm St', demoCallback: 'loopback' });
    const url = new URL(started.authorizeUrl);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining(['openid', 'offline_access', 'energy_cmds', 'user_data']),
    );
    expect(url.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(url.searchParams.has('prompt_missing_scopes')).toBe(false);

    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    expect(h.finished).toEqual([{ signInId: started.signInId, ok: true, accountId: expect.any(String), error: null }]);
    const [account] = h.service.list();
    expect(account).toMatchObject({
      label: 'Smith, 12 Elm St',
      region: 'NA',
      state: 'connected',
      email: 'jordan.rivera@example.com',
      sessionOnly: false,
    });
    expect(account?.grantedScopes).toContain('energy_device_data');
    const session = await h.service.session(account!.id);
    expect(session.apiBase).toBe(h.sim.regionBaseUrls.NA);
    expect(session.hasRefreshToken).toBe(true);
    const token = await session.tokenProvider.getAccessToken();
    expect((await h.sim.auth.verifyAccessToken(token)).ok).toBe(true);
    expect(JSON.stringify(h.service.list())).not.toContain(token);
  });

  it('takes the region from the token (EU account) and exchanges with the matching audience', async () => {
    h = await createHarness({ scenario: 'wrong-region' });
    const started = await h.service.connect({ demoCallback: 'loopback' });
    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    const account = h.service.list()[0]!;
    expect(account.region).toBe('EU');
    expect((await h.service.session(account.id)).apiBase).toBe(h.sim.regionBaseUrls.EU);
  });

  it('shows no email when Profile Information was not granted', async () => {
    h = await createHarness({ scenario: 'scope-missing-user-data' });
    const started = await h.service.connect({ demoCallback: 'loopback' });
    expect(await driveConsent(started.authorizeUrl)).toBe(200);
    expect(h.service.list()[0]).toMatchObject({ email: null, label: 'Customer 1' });
    expect(h.service.list()[0]?.grantedScopes).not.toContain('user_data');
  });

  it('says so when the customer presses "Do Not Allow", and connects nothing', async () => {
    h = await createHarness({ autoConsent: false });
    const started = await h.service.connect({ demoCallback: 'loopback' });
    expect(await driveConsent(started.authorizeUrl, { decision: 'deny' })).toBe(400);
    expect(h.finished[0]).toMatchObject({
      ok: false,
      error: expect.stringContaining('Do Not Allow'),
      errorText: { key: 'errors.sign_in_denied', params: {} },
    });
    expect(h.service.list()).toEqual([]);
  });

  it('ends the browser on a page in the app’s language (German when asked, English otherwise)', async () => {
    h = await createHarness({ autoConsent: false });
    const de = textIn('de');
    const german = await h.service.connect({ demoCallback: 'loopback', language: 'de' });
    const ok = await consentKeepingPage(german.authorizeUrl);
    expect(ok.status).toBe(200);
    expect(ok.page).toContain('<html lang="de">');
    expect(ok.page).toContain(`<title>${de('accounts.signInPage.titleOk')}</title>`);
    expect(ok.page).toContain(de('accounts.connected'));
    const denied = await consentKeepingPage(
      (await h.service.connect({ demoCallback: 'loopback', language: 'de' })).authorizeUrl,
      'deny',
    );
    expect(denied.status).toBe(400);
    expect(denied.page).toContain(de('errors.sign_in_denied'));
    const english = await consentKeepingPage((await h.service.connect({ demoCallback: 'loopback' })).authorizeUrl);
    expect(english.page).toContain('<html lang="en">');
    expect(english.page).toContain(textIn('en')('accounts.connected'));
  });

  it('asks only for missing scopes on a reconnect', async () => {
    h = await createHarness();
    const first = await h.service.connect({ demoCallback: 'loopback' });
    await driveConsent(first.authorizeUrl);
    const id = h.service.list()[0]!.id;
    const again = await h.service.connect({ reconnectAccountId: id, demoCallback: 'loopback' });
    expect(new URL(again.authorizeUrl).searchParams.get('prompt_missing_scopes')).toBe('true');
    expect(await driveConsent(again.authorizeUrl)).toBe(200);
    expect(h.service.list()).toHaveLength(1);
  });
});

describe('sign-in through a deep link handed to the handler', () => {
  it('accepts the callback once; a replay is refused and changes nothing', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    expect(new URL(started.authorizeUrl).searchParams.get('redirect_uri')).toBe(
      'com.teslaconnectdoctor.app://auth/callback',
    );
    const link = await authorizeRedirect(started.authorizeUrl);
    expect(link.startsWith('com.teslaconnectdoctor.app://auth/callback?')).toBe(true);

    const ok = await h.service.handleCallbackUrl(link);
    expect(ok).toMatchObject({ ok: true, signInId: started.signInId });
    const before = JSON.stringify(h.service.list());

    const replay = await h.service.handleCallbackUrl(link);
    expect(replay).toMatchObject({ ok: false, reason: 'unknown_state' });
    if (!replay.ok) expect(replay.message).not.toContain(new URL(link).searchParams.get('code')!);
    expect(JSON.stringify(h.service.list())).toBe(before);
  });

  it('refuses a forged state and keeps the real sign-in waiting', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const link = new URL(await authorizeRedirect(started.authorizeUrl));
    const forged = new URL(link.href);
    forged.searchParams.set('state', 'A'.repeat(43));
    expect(await h.service.handleCallbackUrl(forged.href)).toMatchObject({
      ok: false,
      reason: 'unknown_state',
      signInId: null,
    });
    expect(h.service.list()).toEqual([]);
    expect(h.service.flow.pending.size).toBe(1);
    expect(await h.service.handleCallbackUrl(link.href)).toMatchObject({ ok: true });
  });

  it('refuses a callback arriving at the wrong address without using up the sign-in', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const link = new URL(await authorizeRedirect(started.authorizeUrl));
    const elsewhere = `com.teslaconnectdoctor.app://auth/other${link.search}`;
    expect(await h.service.handleCallbackUrl(elsewhere)).toMatchObject({ ok: false, reason: 'wrong_target' });
    expect(await h.service.handleCallbackUrl(link.href)).toMatchObject({ ok: true });
  });

  it('refuses a callback after 10 minutes', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const link = await authorizeRedirect(started.authorizeUrl);
    h.sim.clock.advance(SIGN_IN_TTL_MS + 1000);
    const late = await h.service.handleCallbackUrl(link);
    expect(late).toMatchObject({ ok: false, reason: 'expired', signInId: started.signInId });
    expect(h.service.list()).toEqual([]);
    expect(h.finished).toEqual([expect.objectContaining({ signInId: started.signInId, ok: false })]);
  });

  it('refuses 50 malformed URLs, each changing nothing, and still accepts the real callback', async () => {
    h = await createHarness();
    const started = await h.service.connect({ demoCallback: 'deep-link' });
    const link = new URL(await authorizeRedirect(started.authorizeUrl));
    const state = link.searchParams.get('state')!;
    const code = link.searchParams.get('code')!;
    const base = 'com.teslaconnectdoctor.app://auth/callback';
    const malformed: unknown[] = [
      '',
      ' ',
      'not a url',
      base,
      `${base}?code=${code}`,
      `${base}?state=${state}`,
      `${base}?state=${state}&code=`,
      `${base}?state=&code=${code}`,
      `${base}?state=${state}&state=${state}&code=${code}`,
      `${base}?state=${state}&code=${code}&code=${code}`,
      `${base}?state=${state}&code=${code}&error=access_denied`,
      `${base}?state=${state}&code=${code}#frag`,
      `${base}?state=${state}&code=${code}&evil=1`,
      `${base}?state=${state}&code=a%20b`,
      `${base}?state=${state}&code=<script>`,
      `${base}?state=short&code=${code}`,
      `${base}?state=${state}!!&code=${code}`,
      `${base}?state=${'x'.repeat(200)}&code=${code}`,
      `${base}?state=${state}&code=${'c'.repeat(3000)}`,
      `${base}?state=${state}&error=ACCESS DENIED`,
      `${base}?state=${state}&error=${'e'.repeat(80)}`,
      `https://evil.example/callback?state=${state}&code=${code}`,
      `http://evil.example/callback?state=${state}&code=${code}`,
      `http://127.0.0.2/callback?state=${state}&code=${code}`,
      `ftp://127.0.0.1/callback?state=${state}&code=${code}`,
      `javascript:alert(1)//?state=${state}&code=${code}`,
      `data:text/html,state=${state}`,
      `file:///etc/passwd?state=${state}&code=${code}`,
      `com.teslaconnectdoctor.app://user:pw@auth/callback?state=${state}&code=${code}`,
      `com.teslaconnectdoctor.app.evil://auth/callback?state=${state}&code=${code}`,
      `other.scheme://auth/callback?state=${state}&code=${code}`,
      `${base}?state=${state}&code=${code}\n`,
      `${base}?state=${state}&code=${code}\u0000`,
      `${base}?state=${state}\t&code=${code}`,
      `${base}?${'a=1&'.repeat(20)}state=${state}&code=${code}`,
      `${base}?state=${state}&code=${code}&${'x'.repeat(5000)}`,
      `${base}?STATE=${state}&CODE=${code}`,
      `${base}?state[]=${state}&code=${code}`,
      `${base}?state=${state}&code[]=${code}`,
      `${base}?state=${encodeURIComponent(state + '/')}&code=${code}`,
      `${base}?state=${state}&code=${encodeURIComponent(code + '"')}`,
      `${base}?state=${state}&code=${code}&error_description=x&error_description=y`,
      `http://127.0.0.1:1/callback?state=${state}&code=${code}#x`,
      `http://[::1]/callback?state=${state}&code=${code}`,
      null,
      undefined,
      42,
      { href: link.href },
      [link.href],
      `${base}?state=${state}&code=${code}&issuer=a&issuer=b`,
    ];
    expect(malformed).toHaveLength(50);
    for (const url of malformed) {
      const outcome = await h.service.handleCallbackUrl(url);
      expect(outcome.ok, String(url)).toBe(false);
      if (!outcome.ok) {
        expect(['malformed', 'unknown_state', 'wrong_target']).toContain(outcome.reason);
        expect(outcome.message).not.toContain(code);
      }
    }
    expect(h.service.list()).toEqual([]);
    expect(h.finished).toEqual([]);
    expect(h.service.flow.pending.size).toBe(1);
    expect(await h.service.handleCallbackUrl(link.href)).toMatchObject({ ok: true });
    expect(h.service.list()).toHaveLength(1);
  });
});
