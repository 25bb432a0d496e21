// Tesla's token policy (changelog 2024-02-01): one live token family per account and application. A new
// code exchange disconnects the previous holder; rotation inside one family keeps working.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  LOOPBACK_REDIRECT,
  postForm,
  redirectParams,
  startAuthTestServer,
  type AuthTestServer,
} from '@test/support/auth-test-server';

let sim: AuthTestServer;
beforeAll(async () => {
  sim = await startAuthTestServer({ autoConsent: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.auth.reset());

const SECRETS: Record<string, string> = { 'demo-client': 'demo-secret', 'installer-client': 'installer-secret' };

interface Tokens {
  access_token: string;
  refresh_token: string;
}

/** A whole sign-in (auto consent) and code exchange under `clientId`. */
async function signIn(clientId = 'demo-client'): Promise<Tokens> {
  const res = await fetch(authorizeUrl(sim.origin, { client_id: clientId }), { redirect: 'manual' });
  const code = redirectParams(res).get('code')!;
  const out = await postForm(sim.origin, '/oauth2/v3/token', {
    grant_type: 'authorization_code',
    client_id: clientId,
    client_secret: SECRETS[clientId]!,
    code,
    redirect_uri: LOOPBACK_REDIRECT,
  });
  expect(out.status).toBe(200);
  return (await out.json()) as Tokens;
}

function refresh(refreshToken: string, clientId = 'demo-client'): Promise<Response> {
  return postForm(sim.origin, '/oauth2/v3/token', {
    grant_type: 'refresh_token',
    client_id: clientId,
    refresh_token: refreshToken,
  });
}

describe('one live token family per account and application', () => {
  it('a second sign-in makes the first refresh token answer 401 login_required and stops its access token', async () => {
    const first = await signIn();
    expect(sim.auth.refreshWouldWork('demo-client', first.refresh_token)).toBe(true);
    const second = await signIn();

    const res = await refresh(first.refresh_token);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: string }).error).toBe('login_required');
    expect(await sim.auth.verifyAccessToken(first.access_token)).toEqual({ ok: false, reason: 'revoked' });
    expect(sim.auth.refreshWouldWork('demo-client', first.refresh_token)).toBe(false);

    expect((await sim.auth.verifyAccessToken(second.access_token)).ok).toBe(true);
    expect((await refresh(second.refresh_token)).status).toBe(200);
  });

  it('rotation inside one family works as before, and the rotated-out token stays usable in its grace', async () => {
    const first = await signIn();
    const r1 = await refresh(first.refresh_token);
    expect(r1.status).toBe(200);
    const rotated = (await r1.json()) as Tokens;
    expect((await sim.auth.verifyAccessToken(first.access_token)).ok).toBe(true);
    expect((await refresh(rotated.refresh_token)).status).toBe(200);
    expect((await refresh(first.refresh_token)).status).toBe(200);
  });

  it("a sign-in under the installer's own app leaves the platform's connection alive", async () => {
    const platform = await signIn('demo-client');
    const own = await signIn('installer-client');
    expect(sim.auth.refreshWouldWork('demo-client', platform.refresh_token)).toBe(true);
    expect((await sim.auth.verifyAccessToken(platform.access_token)).ok).toBe(true);
    expect((await refresh(own.refresh_token, 'installer-client')).status).toBe(200);
    // A token of one app never refreshes under the other.
    expect((await refresh(own.refresh_token, 'demo-client')).status).toBe(401);
  });

  it('refreshWouldWork does not use the token up, and knows the grace period', async () => {
    const held = await signIn();
    expect(sim.auth.refreshWouldWork('demo-client', held.refresh_token)).toBe(true);
    expect(sim.auth.refreshWouldWork('demo-client', held.refresh_token)).toBe(true);
    expect((await refresh(held.refresh_token)).status).toBe(200);
    expect(sim.auth.refreshWouldWork('demo-client', held.refresh_token)).toBe(true);
    sim.clock.advance(24 * 60 * 60 * 1000);
    expect(sim.auth.refreshWouldWork('demo-client', held.refresh_token)).toBe(false);
    expect(sim.auth.refreshWouldWork('demo-client', 'NA_unknown')).toBe(false);
  });
});
