// The simulator's front as Tesla answers in the field: fault bodies and headers, the field-failure
// scenarios, 429 headers, the token checked before the path, and the account states (revoked, expired).
import { afterAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '@main/simulator';
import { closeShared, harness, shared, siteId, vin } from '@test/support/sim-harness';

afterAll(closeShared);

const base = (): ScenarioInput => ({
  name: 'faulty',
  account: {
    region: 'NA',
    grantedScopes: ['openid', 'offline_access', 'user_data', 'energy_device_data'],
    email: 'a@example.com',
    fullName: 'A',
  },
  energySites: [{ product: { energy_site_id: 42, components: { battery: true } } }],
});

describe('scenario faults carry Tesla\u2019s texts, headers and raw bodies', () => {
  it('error and errorDescription fill the body; {baseUrl} and {clientId} are the request\u2019s', async () => {
    const h = await harness({
      ...base(),
      faults: [
        {
          path: '/api/1/users/**',
          status: 412,
          error: 'Account {clientId} must be registered in the current region {baseUrl}',
          errorDescription: 'see docs',
        },
      ],
    });
    try {
      const r = await h.call('GET', '/api/1/users/me');
      expect(r.status).toBe(412);
      expect(r.body).toEqual({
        response: null,
        error: `Account ${h.sim.demoClient.clientId} must be registered in the current region ${h.sim.regionBaseUrls.NA}`,
        error_description: 'see docs',
      });
    } finally {
      await h.close();
    }
  });

  it('headers override the defaults; a raw body replaces the whole answer; emptyBody sends none', async () => {
    const h = await harness({
      ...base(),
      faults: [
        {
          method: 'GET',
          path: '/api/1/users/me',
          status: 503,
          headers: { 'X-Trace': 'abc' },
          body: { message: 'Service Unavailable' },
        },
        { method: 'GET', path: '/api/1/users/region', status: 401, emptyBody: true },
        { method: 'GET', path: '/api/1/products', status: 200, body: { response: [], count: 0, extra: true } },
      ],
    });
    try {
      const raw = await h.call('GET', '/api/1/users/me');
      expect(raw.status).toBe(503);
      expect(raw.headers.get('x-trace')).toBe('abc');
      expect(raw.headers.get('content-type')).toMatch(/^application\/json/);
      expect(raw.body).toEqual({ message: 'Service Unavailable' });
      const empty = await h.call('GET', '/api/1/users/region');
      expect(empty.status).toBe(401);
      expect(empty.body).toBeNull();
      // A 200 with a body of its own answers instead of the route (a captured oddity replayed).
      expect((await h.call('GET', '/api/1/products')).body).toEqual({ response: [], count: 0, extra: true });
    } finally {
      await h.close();
    }
  });

  it('an injected 429 carries Retry-After and RateLimit-Limit/Remaining/Reset', async () => {
    const h = await shared('rate-limited');
    const r = await h.call('GET', '/api/1/products');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('30');
    expect([
      r.headers.get('ratelimit-limit'),
      r.headers.get('ratelimit-remaining'),
      r.headers.get('ratelimit-reset'),
    ]).toEqual(['60', '0', '30']);
  });

  it('the rate limiter\u2019s 429 carries the same four headers with the class\u2019s limit', async () => {
    const h = await shared('healthy');
    const path = `/api/1/energy_sites/${siteId(h.sim)}/storm_mode`;
    for (let i = 0; i < 30; i++) await h.call('POST', path, { body: { enabled: true } });
    const r = await h.call('POST', path, { body: { enabled: true } });
    expect(r.status).toBe(429);
    expect(r.headers.get('ratelimit-limit')).toBe('30');
    expect(r.headers.get('ratelimit-remaining')).toBe('0');
    expect(r.headers.get('ratelimit-reset')).toBe(r.headers.get('retry-after'));
  });
});

describe('the field-failure scenarios', () => {
  it('partner-not-registered: every Fleet API call answers 412 with Tesla\u2019s registration text', async () => {
    const h = await shared('partner-not-registered');
    for (const path of ['/api/1/users/me', '/api/1/products', `/api/1/energy_sites/${siteId(h.sim)}/site_info`]) {
      const r = await h.call('GET', path);
      expect(r.status).toBe(412);
      expect(r.body.error).toBe(
        `Account ${h.sim.demoClient.clientId} must be registered in the current region ${h.sim.regionBaseUrls.NA}, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register`,
      );
    }
  });

  it('billing-limit-exceeded: 403 account disabled: EXCEEDED_LIMIT, no Retry-After', async () => {
    const h = await shared('billing-limit-exceeded');
    const r = await h.call('GET', '/api/1/products');
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ response: null, error: 'account disabled: EXCEEDED_LIMIT', error_description: '' });
    expect(r.headers.get('retry-after')).toBeNull();
  });

  it('rate-limited-long: 429 with Retry-After 37829, counting down to the same moment, as Tesla\u2019s window does', async () => {
    const h = await shared('rate-limited-long');
    const r = await h.call('GET', '/api/1/products');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('37829');
    expect(r.headers.get('ratelimit-reset')).toBe('37829');
    // Read again 5.5 s later (another screen, another read): 5 s fewer, so both name the same moment.
    h.sim.clock.advance(5_500);
    const again = await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/site_info`);
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('37824');
    expect(again.headers.get('ratelimit-reset')).toBe('37824');
    // A reset of the scenario opens a new window.
    h.sim.admin.reset();
    expect(
      (
        await h.call('GET', '/api/1/products', { token: await h.tokenWith(h.sim.scenario.account.grantedScopes) })
      ).headers.get('retry-after'),
    ).toBe('37829');
  });

  it('upstream-error-energy: energy calls answer 500 upstream internal error; others work', async () => {
    const h = await shared('upstream-error-energy');
    const r = await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/live_status`);
    expect(r.status).toBe(500);
    expect(r.body.error).toBe('upstream internal error');
    expect((await h.call('GET', '/api/1/products')).status).toBe(200);
  });

  it('vehicle-unavailable: vehicle data and commands answer 503 vehicle unavailable; the list still answers', async () => {
    const h = await shared('vehicle-unavailable');
    for (const [method, path] of [
      ['GET', `/api/1/vehicles/${vin(h.sim)}/vehicle_data`],
      ['POST', `/api/1/vehicles/${vin(h.sim)}/wake_up`],
      ['POST', `/api/1/vehicles/${vin(h.sim)}/command/flash_lights`],
    ] as const) {
      const r = await h.call(method, path);
      expect(r.status, path).toBe(503);
      expect(r.body.error).toBe('vehicle unavailable: vehicle is offline or asleep');
    }
    expect((await h.call('GET', '/api/1/vehicles')).status).toBe(200);
  });
});

describe('tokens before paths, and the account states', () => {
  it('a bad token on an unknown path is a 401, not a 404; a good one gets the 404', async () => {
    const h = await shared('healthy');
    expect((await h.call('GET', '/api/1/no_such_thing', { token: 'forged' })).status).toBe(401);
    expect((await h.call('GET', '/api/1/no_such_thing', { token: null })).status).toBe(401);
    expect((await h.call('GET', '/api/1/no_such_thing')).status).toBe(404);
  });

  it('an expired token: a bare 401 by default, {"error":"token expired (401)"} when the scenario says json', async () => {
    const h = await harness({ ...base(), account: { ...base().account, expiredTokenBody: 'json' } });
    try {
      h.sim.clock.advance(8 * 3_600_000 + 1_000);
      const r = await h.call('GET', '/api/1/users/me');
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: 'token expired (401)' });
    } finally {
      await h.close();
    }
  });

  it('access-revoked: held tokens answer 401 token revoked; a fresh sign-in works again', async () => {
    const h = await shared('access-revoked');
    const r = await h.call('GET', '/api/1/products');
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ response: null, error: 'token revoked', error_description: '' });
    expect((await h.sim.auth.verifyAccessToken(h.token)).ok).toBe(false);
  });
});
