import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@test/support/auth-consent-html';
import {
  ALL_SCOPES,
  authorizeUrl,
  LOOPBACK_REDIRECT,
  postForm,
  redirectParams,
  startAuthTestServer,
  type AuthTestServer,
} from '@test/support/auth-test-server';

let sim: AuthTestServer;
// One server (and one RSA key pair) per file; every test starts from a reset auth state.
beforeAll(async () => {
  sim = await startAuthTestServer({ grantedScopes: ['openid', 'offline_access', 'user_data', 'energy_device_data'] });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.auth.reset();
  sim.setAutoConsent(false);
  delete sim.account.refreshTokenExpired;
});

const get = (url: string): Promise<Response> => fetch(url, { redirect: 'manual' });

async function openConsent(params: Record<string, string | undefined> = {}) {
  const res = await get(authorizeUrl(sim.origin, params));
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return readPage(await res.text());
}

function decide(transactionId: string, action: string, scopes: string[]): Promise<Response> {
  const body = new URLSearchParams({ transaction_id: transactionId, action });
  for (const s of scopes) body.append('scope', s);
  return fetch(`${sim.origin}/oauth2/v3/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
}

describe('consent screen', () => {
  it("asks in Tesla's words with one labelled box per requested consent scope, unticked", async () => {
    const page = await openConsent();
    expect(page.heading).toBe('Allow Tesla Connect Doctor (demo) access to your Tesla Account?');
    expect(page.boxes.map((b) => b.label)).toEqual([
      'Profile Information',
      'Vehicle Information',
      'Vehicle Location',
      'Vehicle Commands',
      'Vehicle Charging Management',
      'Energy Product Information',
      'Energy Product Commands',
    ]);
    expect(page.boxes.map((b) => b.scope)).toEqual(ALL_SCOPES.slice(2));
    expect(page.boxes.every((b) => !b.checked)).toBe(true);
    expect(page.buttons).toEqual(['Select All', 'Allow', 'Do Not Allow']);
    expect(page.formAction).toBe('/oauth2/v3/authorize');
  });

  it('mentions the virtual key step only when show_keypair_step=true', async () => {
    const plain = await (await get(authorizeUrl(sim.origin))).text();
    expect(plain).not.toMatch(/virtual key/);
    const keypair = await (await get(authorizeUrl(sim.origin, { show_keypair_step: 'true' }))).text();
    expect(keypair).toMatch(/virtual key/);
  });

  it("shows only the requested scopes' boxes", async () => {
    const page = await openConsent({ scope: 'openid offline_access energy_device_data energy_cmds' });
    expect(page.boxes.map((b) => b.label)).toEqual(['Energy Product Information', 'Energy Product Commands']);
  });

  it('escapes what it echoes and loads nothing external', async () => {
    const res = await get(authorizeUrl(sim.origin, { state: '<script>alert(1)</script>' }));
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('Select All re-renders with every shown box ticked (no JavaScript needed)', async () => {
    const page = await openConsent({ scope: 'openid user_data energy_cmds' });
    const res = await decide(page.transactionId!, 'select_all', []);
    expect(res.status).toBe(200);
    const again = readPage(await res.text());
    expect(again.boxes).toEqual([
      { scope: 'user_data', label: 'Profile Information', checked: true },
      { scope: 'energy_cmds', label: 'Energy Product Commands', checked: true },
    ]);
    expect(again.transactionId).toBe(page.transactionId);
  });

  it("Allow redirects with a region-prefixed code, the caller's state and the issuer", async () => {
    const page = await openConsent({ state: 'abc 123/+=' });
    const params = redirectParams(await decide(page.transactionId!, 'allow', ['user_data', 'energy_device_data']));
    expect(params.get('code')).toMatch(/^NA_[0-9a-f]{64}$/);
    expect(params.get('state')).toBe('abc 123/+=');
    expect(params.get('issuer')).toBe(`${sim.origin}/oauth2/v3`);
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['user_data', 'energy_device_data']);
  });

  it('keeps the redirect URI as registered, custom scheme included', async () => {
    const redirect = 'com.teslaconnectdoctor.app:/oauth/callback';
    const page = await openConsent({ redirect_uri: redirect });
    const res = await decide(page.transactionId!, 'allow', []);
    expect(res.headers.get('location')).toMatch(/^com\.teslaconnectdoctor\.app:\/oauth\/callback\?code=NA_/);
    const loop = await openConsent({ redirect_uri: 'http://localhost:8123/cb?x=1' });
    const loopRes = await decide(loop.transactionId!, 'allow', []);
    expect(loopRes.headers.get('location')).toMatch(/^http:\/\/localhost:8123\/cb\?x=1&code=NA_/);
  });

  it('Do Not Allow redirects with access_denied and the state', async () => {
    const page = await openConsent();
    const params = redirectParams(await decide(page.transactionId!, 'deny', ['user_data']));
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('st-123');
    expect(params.get('code')).toBeNull();
    // The screen is finished: posting to it again is refused on the page.
    const again = await decide(page.transactionId!, 'allow', []);
    expect(again.status).toBe(400);
  });

  it('prompt_missing_scopes keeps previously granted boxes ticked', async () => {
    const first = await openConsent();
    await decide(first.transactionId!, 'allow', ['user_data', 'energy_device_data']);
    const page = await openConsent({ prompt_missing_scopes: 'true' });
    const ticked = page.boxes.filter((b) => b.checked).map((b) => b.label);
    expect(ticked).toEqual(['Profile Information', 'Energy Product Information']);
    const plain = await openConsent();
    expect(plain.boxes.some((b) => b.checked)).toBe(false);
  });

  it('unticking a previously granted box on the screen removes it; boxes not shown are kept', async () => {
    const first = await openConsent();
    await decide(first.transactionId!, 'allow', ['user_data', 'energy_device_data', 'energy_cmds']);
    const page = await openConsent({ scope: 'openid energy_device_data energy_cmds', prompt_missing_scopes: 'true' });
    await decide(page.transactionId!, 'allow', ['energy_device_data']);
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['user_data', 'energy_device_data']);
  });

  it('require_requested_scopes refuses to continue until every requested box is ticked', async () => {
    const page = await openConsent({
      scope: 'openid energy_device_data energy_cmds',
      require_requested_scopes: 'true',
    });
    const refused = await decide(page.transactionId!, 'allow', ['energy_device_data']);
    expect(refused.status).toBe(200);
    const again = readPage(await refused.text());
    expect(again.alert).toMatch(/every permission/i);
    expect(again.boxes.map((b) => b.checked)).toEqual([true, false]);
    const params = redirectParams(await decide(page.transactionId!, 'allow', ['energy_device_data', 'energy_cmds']));
    expect(params.get('code')).toMatch(/^NA_/);
  });

  it('the state parameter is required', async () => {
    const res = await get(authorizeUrl(sim.origin, { state: undefined }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(readPage(await res.text()).alert).toMatch(/state/);
  });

  it.each([
    ['an unknown client_id', { client_id: 'who-is-this' }, 'unauthorized_client'],
    ['a missing client_id', { client_id: undefined }, 'unauthorized_client'],
    ['an unregistered https redirect', { redirect_uri: 'https://evil.example/cb' }, 'invalid_redirect_url'],
    ['a loopback redirect without a port', { redirect_uri: 'http://127.0.0.1/cb' }, 'invalid_redirect_url'],
    ['another custom scheme', { redirect_uri: 'com.other.app:/cb' }, 'invalid_redirect_url'],
    ['a missing redirect', { redirect_uri: undefined }, 'invalid_redirect_url'],
  ])('shows an error without redirecting for %s', async (_name, params, code) => {
    const res = await get(authorizeUrl(sim.origin, params));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    const page = readPage(await res.text());
    expect(page.alert).toContain(code);
    expect(page.boxes).toEqual([]);
  });

  it('answers other bad parameters at the redirect URI with the state', async () => {
    const wrongType = redirectParams(await get(authorizeUrl(sim.origin, { response_type: 'token' })));
    expect(wrongType.get('error')).toBe('unsupported_response_type');
    expect(wrongType.get('state')).toBe('st-123');
    const plainPkce = redirectParams(
      await get(authorizeUrl(sim.origin, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' })),
    );
    expect(plainPkce.get('error')).toBe('invalid_request');
    const noScope = redirectParams(await get(authorizeUrl(sim.origin, { scope: undefined })));
    expect(noScope.get('error')).toBe('invalid_request');
    expect(new URL(LOOPBACK_REDIRECT).origin).toBe('http://127.0.0.1:53123');
  });
});

describe('auto-consent', () => {
  it("skips the screen and grants the scenario's scopes among those requested", async () => {
    sim.setAutoConsent(true);
    const params = redirectParams(
      await get(authorizeUrl(sim.origin, { scope: 'openid offline_access energy_device_data energy_cmds' })),
    );
    expect(params.get('code')).toMatch(/^NA_/);
    expect(params.get('state')).toBe('st-123');
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['user_data', 'energy_device_data']);
    const token = await postForm(sim.origin, '/oauth2/v3/token', {
      grant_type: 'authorization_code',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
      code: params.get('code')!,
      redirect_uri: LOOPBACK_REDIRECT,
    });
    const body = (await token.json()) as { access_token: string };
    const check = await sim.auth.verifyAccessToken(body.access_token);
    expect(check.ok && check.claims.scp).toEqual(['openid', 'offline_access', 'energy_device_data']);
  });

  it('declines when the app requires scopes the customer does not grant', async () => {
    sim.setAutoConsent(true);
    const params = redirectParams(
      await get(authorizeUrl(sim.origin, { scope: 'openid energy_cmds', require_requested_scopes: 'true' })),
    );
    expect(params.get('error')).toBe('access_denied');
  });

  it('still refuses an unknown client on the page', async () => {
    sim.setAutoConsent(true);
    const res = await get(authorizeUrl(sim.origin, { client_id: 'nope' }));
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });
});
