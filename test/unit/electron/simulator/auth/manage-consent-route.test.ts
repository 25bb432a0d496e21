import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '@test/support/auth-consent-html';
import { postForm, startAuthTestServer, type AuthTestServer } from '@test/support/auth-test-server';

let sim: AuthTestServer;
// One server (and one RSA key pair) per file; every test starts from a reset auth state.
beforeAll(async () => {
  sim = await startAuthTestServer({ grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'] });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.auth.reset();
  sim.setAutoConsent(false);
  delete sim.account.refreshTokenExpired;
});

const BACK = 'http://127.0.0.1:53123/settings';
const managePath = (back?: string): string =>
  `/user/revoke/consent?revoke_client_id=demo-client${back ? `&back_url=${encodeURIComponent(back)}` : ''}`;

function refresh(token: string): Promise<Response> {
  return postForm(sim.origin, '/oauth2/v3/token', {
    grant_type: 'refresh_token',
    client_id: 'demo-client',
    refresh_token: token,
  });
}

function submit(path: string, action: string, scopes: string[]): Promise<Response> {
  const body = new URLSearchParams({ action });
  for (const s of scopes) body.append('scope', s);
  return fetch(`${sim.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
    redirect: 'manual',
  });
}

describe('consent management page', () => {
  it('lists the granted boxes, ticked, with Update and Remove Access', async () => {
    await sim.auth.issueTokens('demo-client', ['energy_device_data', 'energy_cmds']);
    const res = await fetch(`${sim.origin}${managePath(BACK)}`);
    expect(res.status).toBe(200);
    const page = readPage(await res.text());
    expect(page.boxes).toEqual([
      { scope: 'energy_device_data', label: 'Energy Product Information', checked: true },
      { scope: 'energy_cmds', label: 'Energy Product Commands', checked: true },
    ]);
    expect(page.buttons).toEqual(['Update', 'Remove Access']);
    expect(page.formAction).toBe(managePath(BACK));
  });

  it('Update applies to new access tokens only, then returns to back_url', async () => {
    const held = await sim.auth.issueTokens('demo-client', ['energy_device_data', 'energy_cmds']);
    const res = await submit(managePath(BACK), 'update', ['energy_device_data']);
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(BACK);
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['energy_device_data']);
    // The access token already held keeps its scopes until it expires.
    const old = await sim.auth.verifyAccessToken(held.access_token);
    expect(old.ok && old.claims.scp).toContain('energy_cmds');
    const next = (await (await refresh(held.refresh_token)).json()) as { access_token: string };
    expect(decodeJwt(next.access_token).scp).toEqual(['openid', 'offline_access', 'energy_device_data']);
  });

  it('cannot add scopes: only granted boxes can be kept', async () => {
    sim.auth.setGrant('demo-client', ['energy_device_data']);
    await submit(managePath(), 'update', ['energy_device_data', 'vehicle_cmds']);
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['energy_device_data']);
  });

  it("Remove Access ends refresh (login_required) and the grant's access tokens", async () => {
    const held = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    const res = await submit(managePath(), 'remove', []);
    expect(res.status).toBe(200);
    const page = readPage(await res.text());
    expect(page.boxes).toEqual([]);
    const refused = await refresh(held.refresh_token);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: 'login_required' });
    expect(await sim.auth.verifyAccessToken(held.access_token)).toEqual({ ok: false, reason: 'revoked' });
    expect(sim.auth.grantedScopes('demo-client')).toEqual([]);
    // A new sign-in afterwards starts a new, working grant.
    const fresh = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    expect((await sim.auth.verifyAccessToken(fresh.access_token)).ok).toBe(true);
    expect((await refresh(fresh.refresh_token)).status).toBe(200);
  });

  it("does not follow a back_url that is not the app's own", async () => {
    const res = await submit(managePath('https://evil.example/'), 'update', ['energy_device_data']);
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(await res.text()).not.toContain('evil.example');
  });

  it('shows an error for an unknown revoke_client_id', async () => {
    const res = await fetch(`${sim.origin}/user/revoke/consent?revoke_client_id=nobody`);
    expect(res.status).toBe(400);
    expect(readPage(await res.text()).alert).toContain('revoke_client_id');
  });

  it('reset forgets grants and tokens', async () => {
    const held = await sim.auth.issueTokens('demo-client', ['energy_device_data']);
    sim.auth.setGrant('demo-client', []);
    sim.auth.reset();
    expect(sim.auth.grantedScopes('demo-client')).toEqual(['energy_device_data', 'energy_cmds']);
    expect((await refresh(held.refresh_token)).status).toBe(401);
    expect((await sim.auth.verifyAccessToken(held.access_token)).ok).toBe(false);
  });
});
