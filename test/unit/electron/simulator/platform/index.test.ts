// The demo platform in the simulator: the platform connection API as the doctor meets it, and the
// simulator's truth about the platform's connection (GET /__sim/platform/customers).
import { createHash, randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadScenario, startSimulator, type RunningSimulator } from '@main/simulator';
import { NOON_LA } from '@test/support/sim-harness';

let sim: RunningSimulator;
afterEach(() => sim.close());

async function start(scenario = loadScenario('healthy'), autoConsent = true): Promise<RunningSimulator> {
  sim = await startSimulator({ scenario, speed: 0, startTime: NOON_LA, platform: true, autoConsent });
  return sim;
}

async function call(method: string, path: string, body?: unknown, key: string | null = 'demo-agent-key') {
  const headers: Record<string, string> = {};
  if (key !== null) headers.authorization = `Bearer ${key}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sim.platform!.baseUrl}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function alive(): Promise<boolean> {
  const res = await fetch(`${sim.origin}/__sim/platform/customers`);
  const body = (await res.json()) as { customers: { ref: string; connectionAlive: boolean; expectedCause: unknown }[] };
  return body.customers[0]!.connectionAlive;
}

/** A sign-in in the system browser under `clientId` (auto consent) ending in a code at a loopback redirect. */
async function codeFor(clientId: string, challenge?: string): Promise<{ code: string; redirectUri: string }> {
  const redirectUri = 'http://127.0.0.1:53123/callback';
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: redirectUri,
    scope: 'openid offline_access user_data energy_device_data energy_cmds',
    state: 'st',
  });
  if (challenge) {
    q.set('code_challenge', challenge);
    q.set('code_challenge_method', 'S256');
  }
  const res = await fetch(`${sim.origin}/oauth2/v3/authorize?${q.toString()}`, { redirect: 'manual' });
  return { code: new URL(res.headers.get('location')!).searchParams.get('code')!, redirectUri };
}

async function exchange(clientId: string, secret: string, code: string, redirectUri: string) {
  const res = await fetch(`${sim.origin}/oauth2/v3/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      client_secret: secret,
      code,
      redirect_uri: redirectUri,
    }).toString(),
  });
  expect(res.status).toBe(200);
}

describe('agent keys', () => {
  it('no key or an unknown key: 401 invalid_agent_key; a key without the right: 403 forbidden', async () => {
    await start();
    expect(await call('GET', '/v1/customers', undefined, null)).toMatchObject({
      status: 401,
      body: { error: 'invalid_agent_key' },
    });
    expect((await call('GET', '/v1/customers', undefined, 'guess')).status).toBe(401);
    expect((await call('GET', '/v1/customers', undefined, 'demo-viewer-key')).status).toBe(200);
    expect(await call('POST', '/v1/customers/c-0001/access-token', undefined, 'demo-viewer-key')).toMatchObject({
      status: 403,
      body: { error: 'forbidden' },
    });
  });
});

describe('customers', () => {
  it('lists every customer, finds one by e-mail or reference, and answers 404 for an unknown one', async () => {
    await start();
    const email = sim.scenario.account.email;
    const all = await call('GET', '/v1/customers');
    expect(all.body).toEqual({
      customers: [{ ref: 'c-0001', email, region: 'NA', connected: true }],
      nextCursor: null,
    });
    expect(
      (await call('GET', `/v1/customers?query=${encodeURIComponent(email.toUpperCase())}`)).body.customers,
    ).toHaveLength(1);
    expect((await call('GET', '/v1/customers?query=c-0001')).body.customers).toHaveLength(1);
    expect((await call('GET', '/v1/customers?query=nobody@example.com')).body.customers).toHaveLength(0);
    expect((await call('GET', '/v1/customers/c-0001')).body).toMatchObject({ ref: 'c-0001', connected: true });
    expect(await call('GET', '/v1/customers/c-9999')).toMatchObject({
      status: 404,
      body: { error: 'unknown_customer' },
    });
  });
});

describe('borrow', () => {
  it('hands out an access token for the Fleet API of the customer region, never a refresh token', async () => {
    await start();
    const res = await call('POST', '/v1/customers/c-0001/access-token');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'apiBase', 'expiresAt', 'issuedAt', 'scopes']);
    expect(res.body.apiBase).toBe(sim.regionBaseUrls.NA);
    expect(res.body.scopes).toContain('energy_device_data');
    const products = await fetch(`${res.body.apiBase}/api/1/products`, {
      headers: { authorization: `Bearer ${res.body.accessToken}` },
    });
    expect(products.status).toBe(200);
    expect(await alive()).toBe(true);
  });

  it('refreshes the connection as a platform does when the access token nears expiry, and it stays alive', async () => {
    await start();
    const first = await call('POST', '/v1/customers/c-0001/access-token');
    sim.clock.advance(8 * 60 * 60 * 1000 - 60_000);
    const second = await call('POST', '/v1/customers/c-0001/access-token');
    expect(second.status).toBe(200);
    expect(second.body.accessToken).not.toBe(first.body.accessToken);
    expect(Date.parse(second.body.issuedAt)).toBeGreaterThan(Date.parse(first.body.issuedAt));
    expect(await alive()).toBe(true);
  });

  it('after another sign-in under the platform client: not alive, and borrow answers 409 connection_lost', async () => {
    await start();
    expect(await alive()).toBe(true);
    const { code, redirectUri } = await codeFor('demo-client');
    await exchange('demo-client', 'demo-secret', code, redirectUri);
    expect(await alive()).toBe(false);
    expect(await call('POST', '/v1/customers/c-0001/access-token')).toMatchObject({
      status: 409,
      body: { error: 'connection_lost', reason: 'login_required' },
    });
    expect((await call('GET', '/v1/customers/c-0001')).body.connected).toBe(false);
  });

  it("a sign-in under the installer's own app leaves the platform's connection alive", async () => {
    await start();
    const { code, redirectUri } = await codeFor('installer-client');
    await exchange('installer-client', 'installer-secret', code, redirectUri);
    expect(await alive()).toBe(true);
    expect((await call('POST', '/v1/customers/c-0001/access-token')).status).toBe(200);
  });

  it("Tesla's token endpoint failing: 503 tesla_auth_unavailable, and the connection is kept for later", async () => {
    const scenario = loadScenario('healthy');
    await start({
      ...scenario,
      faults: [{ method: 'POST', path: '/oauth2/v3/token', status: 503, count: 1, delayMs: 0 }],
    });
    sim.clock.advance(8 * 60 * 60 * 1000);
    expect(await call('POST', '/v1/customers/c-0001/access-token')).toMatchObject({
      status: 503,
      body: { error: 'tesla_auth_unavailable' },
    });
    expect((await call('POST', '/v1/customers/c-0001/access-token')).status).toBe(200);
    expect(await alive()).toBe(true);
  });

  it('a customer whose grant was removed: the platform finds out on refresh (409 connection_lost)', async () => {
    await start(loadScenario('access-revoked'));
    expect(await call('POST', '/v1/customers/c-0001/access-token')).toMatchObject({
      status: 409,
      body: { error: 'connection_lost', reason: 'login_required' },
    });
  });
});

describe('connect for the platform', () => {
  it('authorize parameters, then the code and verifier handed over: the platform holds a live connection', async () => {
    await start();
    const { code: other, redirectUri: r } = await codeFor('demo-client');
    await exchange('demo-client', 'demo-secret', other, r);
    expect(await alive()).toBe(false);

    const params = await call('GET', '/v1/authorize');
    expect(params.body).toMatchObject({ clientId: 'demo-client', authorizeUrl: `${sim.origin}/oauth2/v3/authorize` });
    expect(params.body.scopes).toContain('offline_access');
    const verifier = randomBytes(32).toString('base64url');
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const { code, redirectUri } = await codeFor(params.body.clientId as string, challenge);
    expect(
      await call('POST', '/v1/customers/c-0001/connection', { code, codeVerifier: 'x'.repeat(43), redirectUri }),
    ).toMatchObject({
      status: 400,
    });
    const done = await call('POST', '/v1/customers/c-0001/connection', { code, codeVerifier: verifier, redirectUri });
    expect(done).toMatchObject({ status: 200, body: { connected: true } });
    expect(done.body.scopes).toContain('energy_cmds');
    expect(await alive()).toBe(true);
    expect((await call('POST', '/v1/customers/c-0001/access-token')).status).toBe(200);
  });

  it('refuses a body without code, verifier and redirect', async () => {
    await start();
    expect((await call('POST', '/v1/customers/c-0001/connection', { code: 'x' })).status).toBe(400);
  });
});

describe('site leases', () => {
  it('one holder at a time: take, held, renew, release, and a lease ends after its ttl', async () => {
    await start();
    const taken = await call('POST', '/v1/sites/42/lease', { holder: 'Laptop A', ttlSeconds: 60 });
    expect(taken.status).toBe(201);
    const held = await call('POST', '/v1/sites/42/lease', { holder: 'Laptop B', ttlSeconds: 60 });
    expect(held).toMatchObject({ status: 409, body: { error: 'lease_held', holder: 'Laptop A' } });
    expect(held.body.expiresAt).toBe(taken.body.expiresAt);

    sim.clock.advance(50_000);
    const renewed = await call('PUT', `/v1/sites/42/lease/${taken.body.leaseId}`, { ttlSeconds: 60 });
    expect(renewed.status).toBe(201);
    expect(Date.parse(renewed.body.expiresAt)).toBeGreaterThan(Date.parse(taken.body.expiresAt));
    expect((await call('PUT', '/v1/sites/42/lease/not-mine', {})).status).toBe(409);
    // Releasing someone else's lease does nothing.
    expect((await call('DELETE', '/v1/sites/42/lease/not-mine')).status).toBe(204);
    expect((await call('POST', '/v1/sites/42/lease', { holder: 'Laptop B', ttlSeconds: 60 })).status).toBe(409);
    expect((await call('DELETE', `/v1/sites/42/lease/${taken.body.leaseId}`)).status).toBe(204);
    const b = await call('POST', '/v1/sites/42/lease', { holder: 'Laptop B', ttlSeconds: 60 });
    expect(b.status).toBe(201);

    sim.clock.advance(61_000);
    expect((await call('POST', '/v1/sites/42/lease', { holder: 'Laptop A', ttlSeconds: 60 })).status).toBe(201);
    expect((await call('PUT', `/v1/sites/42/lease/${b.body.leaseId}`, {})).status).toBe(409);
    expect((await call('POST', '/v1/sites/42/lease', { holder: '', ttlSeconds: 60 })).status).toBe(400);
  });
});

describe('without --platform', () => {
  it('there is no platform API', async () => {
    sim = await startSimulator({ scenario: 'healthy', speed: 0 });
    expect(sim.platform).toBeNull();
    expect((await fetch(`${sim.origin}/platform/v1/customers`)).status).toBe(404);
  });
});
