import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@test/support/auth-consent-html';
import {
  authorizeUrl,
  LOOPBACK_REDIRECT,
  postForm,
  redirectParams,
  startAuthTestServer,
  type AuthTestServer,
} from '@test/support/auth-test-server';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let sim: AuthTestServer;
// One server (and one RSA key pair) per file; every test starts from a reset auth state.
beforeAll(async () => {
  sim = await startAuthTestServer({ region: 'EU' });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.auth.reset();
  sim.setAutoConsent(false);
  delete sim.account.refreshTokenExpired;
  delete sim.account.revoked;
});

/** A complete sign-in over HTTP (consent page, code exchange), as a client outside this process does it. */
async function signInOverHttp(): Promise<{ access_token: string; refresh_token: string }> {
  const page = await fetch(authorizeUrl(sim.origin, { prompt_missing_scopes: 'true' }));
  const code = redirectParams(
    await postForm(sim.origin, '/oauth2/v3/authorize', {
      transaction_id: readPage(await page.text()).transactionId!,
      action: 'allow',
    }),
  ).get('code')!;
  const res = await postForm(sim.origin, '/oauth2/v3/token', {
    grant_type: 'authorization_code',
    client_id: 'demo-client',
    client_secret: 'demo-secret',
    code,
    redirect_uri: LOOPBACK_REDIRECT,
  });
  return (await res.json()) as { access_token: string; refresh_token: string };
}

function refresh(token: string, clientId = 'demo-client'): Promise<Response> {
  return postForm(sim.origin, '/oauth2/v3/token', {
    grant_type: 'refresh_token',
    client_id: clientId,
    refresh_token: token,
  });
}

describe('issued tokens', () => {
  it('are RS256 JWTs with Tesla-shaped claims on the simulated clock', async () => {
    const body = await sim.auth.issueTokens('demo-client', ['user_data', 'energy_device_data']);
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(28800);
    expect(body.refresh_token).toMatch(/^EU_[0-9a-f]{64}$/);
    expect(decodeProtectedHeader(body.access_token).alg).toBe('RS256');
    const claims = decodeJwt(body.access_token);
    const iat = Math.floor(sim.clock.now() / 1000);
    expect(claims).toMatchObject({ sub: sim.account.sub, ou_code: 'EU', azp: 'demo-client', iat, exp: iat + 28800 });
    expect(claims.scp).toEqual(['openid', 'offline_access', 'user_data', 'energy_device_data']);
    expect(claims.aud).toEqual([`${sim.origin}/na`, `${sim.origin}/eu`, `${sim.origin}/cn`, sim.origin]);
    const id = decodeJwt(body.id_token);
    expect(id).toMatchObject({ iss: `${sim.origin}/oauth2/v3`, aud: 'demo-client', sub: sim.account.sub });
  });

  it('verify against the published JWKS, found through the discovery document', async () => {
    const body = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    const config = (await (await fetch(`${sim.origin}/oauth2/v3/.well-known/openid-configuration`)).json()) as Record<
      string,
      string
    >;
    expect(config.issuer).toBe(`${sim.origin}/oauth2/v3`);
    expect(config.token_endpoint).toBe(`${sim.origin}/oauth2/v3/token`);
    const jwks = (await (await fetch(config.jwks_uri!)).json()) as { keys: { kid: string; n: string }[] };
    expect(jwks.keys).toHaveLength(1);
    expect(JSON.stringify(jwks)).not.toMatch(/"d"|"p"|"q"/); // public parts only
    const key = await importJWK(jwks.keys[0]!, 'RS256');
    const { payload } = await jwtVerify(body.access_token, key, { currentDate: new Date(sim.clock.now()) });
    expect(payload.scp).toContain('energy_device_data');
  });

  it('verifyAccessToken accepts a good token and tells missing, invalid and expired apart', async () => {
    const { access_token } = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    const ok = await sim.auth.verifyAccessToken(access_token);
    expect(ok.ok && ok.claims.scp).toContain('energy_device_data');
    expect(await sim.auth.verifyAccessToken(`Bearer ${access_token}`)).toMatchObject({ ok: true });
    expect(await sim.auth.verifyAccessToken(undefined)).toEqual({ ok: false, reason: 'missing' });
    const [h, p] = access_token.split('.');
    expect(await sim.auth.verifyAccessToken(`${h}.${p}.AAAA`)).toEqual({ ok: false, reason: 'invalid' });
    expect(await sim.auth.verifyAccessToken('not-a-jwt')).toEqual({ ok: false, reason: 'invalid' });
    sim.clock.advance(8 * HOUR - 1000);
    expect(await sim.auth.verifyAccessToken(access_token)).toMatchObject({ ok: true });
    sim.clock.advance(1000);
    expect(await sim.auth.verifyAccessToken(access_token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('a token signed by another simulator instance is invalid', async () => {
    const other = await startAuthTestServer();
    try {
      const { access_token } = await other.auth.issueTokens('demo-client', ['user_data']);
      expect(await sim.auth.verifyAccessToken(access_token)).toEqual({ ok: false, reason: 'invalid' });
    } finally {
      await other.close();
    }
  });

  it('issueTokens refuses an unknown client', async () => {
    await expect(sim.auth.issueTokens('nobody', ['user_data'])).rejects.toThrow(/Unknown client_id/);
  });
});

describe('refresh_token grant', () => {
  it('rotates: a new pair each time, same customer and scopes', async () => {
    const first = await sim.auth.issueTokens('demo-client', ['energy_device_data', 'energy_cmds']);
    sim.clock.advance(HOUR);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const next = (await res.json()) as Record<string, unknown>;
    expect(next.refresh_token).toMatch(/^EU_/);
    expect(next.refresh_token).not.toBe(first.refresh_token);
    expect(next).toMatchObject({ expires_in: 28800, token_type: 'Bearer' });
    const claims = decodeJwt(next.access_token as string);
    expect(claims.iat).toBe(Math.floor(sim.clock.now() / 1000));
    expect(claims.scp).toEqual(['openid', 'offline_access', 'energy_device_data', 'energy_cmds']);
    expect(await refresh(next.refresh_token as string)).toHaveProperty('status', 200);
  });

  it('keeps the previous refresh token valid for 24 h of simulated time, then answers login_required', async () => {
    const first = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    expect((await refresh(first.refresh_token)).status).toBe(200);
    sim.clock.advance(DAY - 1000);
    expect((await refresh(first.refresh_token)).status).toBe(200);
    sim.clock.advance(1000);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'login_required', error_description: 'Login required' });
  });

  it('answers login_required for an expired (3 months) or unknown refresh token', async () => {
    const first = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    sim.clock.advance(90 * DAY);
    const expired = await refresh(first.refresh_token);
    expect(expired.status).toBe(401);
    expect(((await expired.json()) as { error: string }).error).toBe('login_required');
    expect((await refresh('NA_0000')).status).toBe(401);
  });

  it("refuses another client's refresh token and a wrong secret with unauthorized_client / login_required", async () => {
    const first = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    const unknown = await refresh(first.refresh_token, 'someone-else');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: 'unauthorized_client' });
    const wrongSecret = await postForm(sim.origin, '/oauth2/v3/token', {
      grant_type: 'refresh_token',
      client_id: 'demo-client',
      client_secret: 'nope',
      refresh_token: first.refresh_token,
    });
    expect(await wrongSecret.json()).toMatchObject({ error: 'unauthorized_client' });
    // The failed attempts did not use the token up.
    expect((await refresh(first.refresh_token)).status).toBe(200);
  });

  it('answers invalid_request for missing parameters and unsupported_grant_type for others', async () => {
    const missing = await postForm(sim.origin, '/oauth2/v3/token', {
      grant_type: 'refresh_token',
      client_id: 'demo-client',
    });
    expect(missing.status).toBe(400);
    const body = (await missing.json()) as { error: string; error_description: string };
    expect(body.error).toBe('invalid_request');
    expect(body.error_description).toContain('refresh_token');
    const other = await postForm(sim.origin, '/oauth2/v3/token', { grant_type: 'password' });
    expect(await other.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });

  it('applies scope changes to new access tokens only', async () => {
    const first = await sim.auth.issueTokens('demo-client', ['energy_device_data', 'energy_cmds']);
    sim.auth.setGrant('demo-client', ['energy_device_data']);
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['energy_device_data']);
    const old = await sim.auth.verifyAccessToken(first.access_token);
    expect(old.ok && old.claims.scp).toContain('energy_cmds');
    const next = (await (await refresh(first.refresh_token)).json()) as { access_token: string };
    expect(decodeJwt(next.access_token).scp).toEqual(['openid', 'offline_access', 'energy_device_data']);
  });

  it('scenario "expired-refresh-token": held tokens are expired, a fresh sign-in works', async () => {
    sim.account.refreshTokenExpired = true;
    const held = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    expect(await sim.auth.verifyAccessToken(held.access_token)).toEqual({ ok: false, reason: 'expired' });
    const res = await refresh(held.refresh_token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'login_required' });
    const page = await fetch(authorizeUrl(sim.origin, { prompt_missing_scopes: 'true' }));
    const code = redirectParams(
      await postForm(sim.origin, '/oauth2/v3/authorize', {
        transaction_id: readPage(await page.text()).transactionId!,
        action: 'allow',
      }),
    ).get('code')!;
    const fresh = await postForm(sim.origin, '/oauth2/v3/token', {
      grant_type: 'authorization_code',
      client_id: 'demo-client',
      client_secret: 'demo-secret',
      code,
      redirect_uri: LOOPBACK_REDIRECT,
    });
    const body = (await fresh.json()) as { access_token: string; refresh_token: string };
    expect((await sim.auth.verifyAccessToken(body.access_token)).ok).toBe(true);
    expect((await refresh(body.refresh_token)).status).toBe(200);
  });
});

describe('stale account states hold for clients signing in over HTTP', () => {
  it('expired refresh token: the first HTTP sign-in\u2019s refresh answers login_required; signing in again works', async () => {
    sim.account.refreshTokenExpired = true;
    const first = await signInOverHttp();
    expect((await sim.auth.verifyAccessToken(first.access_token)).ok).toBe(true);
    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: 'login_required' });
    const second = await signInOverHttp();
    expect((await refresh(second.refresh_token)).status).toBe(200);
  });

  it('revoked: the first HTTP sign-in\u2019s tokens are revoked and its refresh answers login_required; signing in again works', async () => {
    sim.account.revoked = true;
    const first = await signInOverHttp();
    expect(await sim.auth.verifyAccessToken(first.access_token)).toEqual({ ok: false, reason: 'revoked' });
    expect(await (await refresh(first.refresh_token)).json()).toMatchObject({ error: 'login_required' });
    const second = await signInOverHttp();
    expect((await sim.auth.verifyAccessToken(second.access_token)).ok).toBe(true);
  });

  it('revoked: tokens held from before (issued in process) are revoked too', async () => {
    sim.account.revoked = true;
    const held = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    expect(await sim.auth.verifyAccessToken(held.access_token)).toEqual({ ok: false, reason: 'revoked' });
    expect((await refresh(held.refresh_token)).status).toBe(401);
  });
});

describe('client_credentials grant (partner token)', () => {
  const partner = (fields: Record<string, string>) =>
    postForm(sim.origin, '/oauth2/v3/token', { grant_type: 'client_credentials', client_id: 'demo-client', ...fields });

  it('needs the secret and an audience, and gives an access token only', async () => {
    const res = await partner({
      client_secret: 'demo-secret',
      audience: `${sim.origin}/eu`,
      scope: 'openid energy_device_data bogus',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type']);
    const claims = decodeJwt(body.access_token as string);
    expect(claims).toMatchObject({ sub: 'demo-client', azp: 'demo-client', scp: ['openid', 'energy_device_data'] });
    expect(claims.ou_code).toBeUndefined();
    // It speaks for the application, not a customer: the Fleet API's customer endpoints refuse it.
    expect(await sim.auth.verifyAccessToken(body.access_token as string)).toEqual({ ok: false, reason: 'invalid' });
    expect(await partner({ client_secret: 'wrong', audience: `${sim.origin}/eu` }).then((r) => r.json())).toMatchObject(
      { error: 'unauthorized_client' },
    );
    expect(await partner({ client_secret: 'demo-secret' }).then((r) => r.json())).toMatchObject({
      error: 'invalid_request',
    });
    expect(
      await partner({ client_secret: 'demo-secret', audience: 'https://x.example' }).then((r) => r.json()),
    ).toMatchObject({ error: 'invalid_request' });
  });
});
