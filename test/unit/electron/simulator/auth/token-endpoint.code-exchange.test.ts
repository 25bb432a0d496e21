import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import * as oauth from 'oauth4webapi';
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
});

const verifier = randomBytes(32).toString('base64url');
const challenge = createHash('sha256').update(verifier).digest('base64url');

/** Runs the consent screen as the customer would, ticking `scopes`, and returns the code. */
async function signIn(
  params: Record<string, string | undefined> = {},
  ticked = ['user_data', 'energy_device_data', 'energy_cmds'],
): Promise<string> {
  const page = readPage(await (await fetch(authorizeUrl(sim.origin, params))).text());
  const body = new URLSearchParams({ transaction_id: page.transactionId!, action: 'allow' });
  for (const s of ticked) body.append('scope', s);
  const res = await fetch(`${sim.origin}/oauth2/v3/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
  return redirectParams(res).get('code')!;
}

function exchange(fields: Record<string, string | undefined>): Promise<Response> {
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries({
    grant_type: 'authorization_code',
    client_id: 'demo-client',
    redirect_uri: LOOPBACK_REDIRECT,
    ...fields,
  })) {
    if (v !== undefined) all[k] = v;
  }
  return postForm(sim.origin, '/oauth2/v3/token', all);
}

async function errorOf(res: Response): Promise<{ status: number; error: string }> {
  const body = (await res.json()) as { error: string; error_description: string };
  expect(body.error_description.length).toBeGreaterThan(0);
  return { status: res.status, error: body.error };
}

describe('authorization_code grant', () => {
  it('with the client secret: EU code, then tokens carrying what the customer ticked', async () => {
    const code = await signIn();
    expect(code).toMatch(/^EU_/);
    const res = await exchange({ code, client_secret: 'demo-secret', audience: `${sim.origin}/eu` });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, string | number>;
    expect(body).toMatchObject({ expires_in: 28800, token_type: 'Bearer' });
    expect(body.refresh_token).toMatch(/^EU_/);
    const claims = decodeJwt(body.access_token as string);
    expect(claims.scp).toEqual(['openid', 'offline_access', 'user_data', 'energy_device_data', 'energy_cmds']);
    expect(claims.ou_code).toBe('EU');
    expect(claims.aud).toContain(`${sim.origin}/eu`);
    expect(claims.aud).toContain(`${sim.origin}/na`);
  });

  it('refuses a wrong or missing secret with unauthorized_client, and the code survives', async () => {
    const code = await signIn();
    expect(await errorOf(await exchange({ code, client_secret: 'wrong' }))).toEqual({
      status: 400,
      error: 'unauthorized_client',
    });
    expect(await errorOf(await exchange({ code }))).toEqual({ status: 400, error: 'unauthorized_client' });
    expect(await errorOf(await exchange({ code, client_id: 'other', client_secret: 'demo-secret' }))).toEqual({
      status: 400,
      error: 'unauthorized_client',
    });
    expect((await exchange({ code, client_secret: 'demo-secret' })).status).toBe(200);
  });

  it('with PKCE S256 and no secret', async () => {
    const code = await signIn({ code_challenge: challenge, code_challenge_method: 'S256' });
    const res = await exchange({ code, code_verifier: verifier });
    expect(res.status).toBe(200);
  });

  it('refuses a wrong or missing code_verifier, even with the secret', async () => {
    const code = await signIn({ code_challenge: challenge, code_challenge_method: 'S256' });
    expect(await errorOf(await exchange({ code, code_verifier: randomBytes(32).toString('base64url') }))).toEqual({
      status: 400,
      error: 'invalid_request',
    });
    expect(await errorOf(await exchange({ code, client_secret: 'demo-secret' }))).toEqual({
      status: 400,
      error: 'invalid_request',
    });
    expect((await exchange({ code, code_verifier: verifier })).status).toBe(200);
  });

  it('a code is single use', async () => {
    const code = await signIn();
    expect((await exchange({ code, client_secret: 'demo-secret' })).status).toBe(200);
    expect(await errorOf(await exchange({ code, client_secret: 'demo-secret' }))).toEqual({
      status: 400,
      error: 'invalid_auth_code',
    });
  });

  it('a code expires after 60 s of simulated time', async () => {
    const fresh = await signIn();
    sim.clock.advance(60_000);
    expect((await exchange({ code: fresh, client_secret: 'demo-secret' })).status).toBe(200);
    const stale = await signIn();
    sim.clock.advance(61_000);
    expect(await errorOf(await exchange({ code: stale, client_secret: 'demo-secret' }))).toEqual({
      status: 400,
      error: 'invalid_auth_code',
    });
  });

  it('an unknown code is invalid_auth_code', async () => {
    expect(await errorOf(await exchange({ code: 'EU_deadbeef', client_secret: 'demo-secret' }))).toEqual({
      status: 400,
      error: 'invalid_auth_code',
    });
  });

  it('redirect_uri must equal the one used at authorize', async () => {
    const code = await signIn();
    const other = await exchange({ code, client_secret: 'demo-secret', redirect_uri: 'http://127.0.0.1:53123/other' });
    expect(await errorOf(other)).toEqual({ status: 400, error: 'invalid_redirect_url' });
    expect(await errorOf(await exchange({ code, client_secret: 'demo-secret', redirect_uri: undefined }))).toEqual({
      status: 400,
      error: 'invalid_request',
    });
    expect((await exchange({ code, client_secret: 'demo-secret' })).status).toBe(200);
  });

  it('refuses an audience that is not one of the Fleet API base URLs', async () => {
    const code = await signIn();
    const res = await exchange({ code, client_secret: 'demo-secret', audience: 'https://evil.example' });
    expect(await errorOf(res)).toEqual({ status: 400, error: 'invalid_request' });
  });

  it('gives no refresh token without offline_access, and puts the nonce in the ID token', async () => {
    const code = await signIn({ scope: 'openid energy_device_data', nonce: 'n-42' }, ['energy_device_data']);
    const body = (await (await exchange({ code, client_secret: 'demo-secret' })).json()) as Record<string, string>;
    expect(body.refresh_token).toBeUndefined();
    expect(decodeJwt(body.access_token!).scp).toEqual(['openid', 'energy_device_data']);
    expect(decodeJwt(body.id_token!).nonce).toBe('n-42');
  });

  it('accepts a JSON body too, as some clients send', async () => {
    const code = await signIn();
    const res = await fetch(`${sim.origin}/oauth2/v3/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: 'demo-client',
        client_secret: 'demo-secret',
        code,
        redirect_uri: LOOPBACK_REDIRECT,
      }),
    });
    expect(res.status).toBe(200);
  });
});

describe('a standard OAuth client (oauth4webapi) against the simulator', () => {
  it('discovers, signs in with PKCE and processes the token response (ID token checks included)', async () => {
    // oauth4webapi checks the ID token's iat/exp against the real clock.
    sim.clock.advance(Math.max(0, Date.now() - sim.clock.now()));
    const issuer = new URL(`${sim.origin}/oauth2/v3`);
    const as = await oauth.processDiscoveryResponse(
      issuer,
      await oauth.discoveryRequest(issuer, { algorithm: 'oidc', [oauth.allowInsecureRequests]: true }),
    );
    const client: oauth.Client = { client_id: 'demo-client' };
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const code = await signIn({
      state,
      nonce,
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    const callback = new URLSearchParams({ code, state });
    const params = oauth.validateAuthResponse(as, client, callback, state);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.None(),
      params,
      LOOPBACK_REDIRECT,
      codeVerifier,
      {
        [oauth.allowInsecureRequests]: true,
      },
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: nonce,
      requireIdToken: true,
    });
    expect(result.token_type).toBe('bearer');
    expect(result.refresh_token).toMatch(/^EU_/);
    const claims = oauth.getValidatedIdTokenClaims(result);
    expect(claims?.sub).toBe(sim.account.sub);
  });
});
