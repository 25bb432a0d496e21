// Scope (403), region (421), token (401), rate limits (429 + Retry-After) and scenario faults.
import { afterAll, describe, expect, it } from 'vitest';
import { closeShared, harness, shared, siteId, vin } from '@test/support/sim-harness';

afterAll(closeShared);

const MISSING = { response: null, error: 'Unauthorized missing scopes', error_description: '' };

describe('scopes', () => {
  it.each([
    ['scope-missing-user-data', 'GET', '/api/1/users/me'],
    ['scope-missing-user-data', 'GET', '/api/1/users/region'],
    ['scope-missing-vehicle-device-data', 'GET', '/api/1/vehicles'],
    ['scope-missing-vehicle-device-data', 'POST', '/api/1/vehicles/fleet_status'],
    ['scope-missing-energy-device-data', 'GET', '/api/1/energy_sites/{site}/site_info'],
    ['scope-missing-energy-device-data', 'GET', '/api/1/energy_sites/{site}/live_status'],
    ['scope-missing-energy-cmds', 'POST', '/api/1/energy_sites/{site}/backup'],
    ['scope-missing-energy-cmds', 'POST', '/api/1/energy_sites/{site}/grid_import_export'],
    ['scope-missing-energy-cmds', 'POST', '/api/1/energy_sites/{site}/operation'],
    ['scope-missing-energy-cmds', 'POST', '/api/1/energy_sites/{site}/storm_mode'],
    ['scope-missing-energy-cmds', 'POST', '/api/1/energy_sites/{site}/time_of_use_settings'],
    ['scope-missing-vehicle-cmds', 'POST', '/api/1/vehicles/{vin}/command/flash_lights'],
  ] as const)('%s: %s %s answers 403 Unauthorized missing scopes', async (scenario, method, pattern) => {
    const h = await shared(scenario);
    const path = pattern.replace('{site}', String(siteId(h.sim))).replace('{vin}', vin(h.sim));
    const r = await h.call(
      method,
      path,
      method === 'POST' ? { body: { vins: [vin(h.sim)], backup_reserve_percent: 10 } } : {},
    );
    expect(r.status).toBe(403);
    expect(r.body).toEqual(MISSING);
  });

  it('products needs vehicle or energy read access', async () => {
    const h = await harness({
      name: 'profile-only',
      account: {
        region: 'NA',
        grantedScopes: ['openid', 'offline_access', 'user_data'],
        email: 'a@example.com',
        fullName: 'A',
      },
    });
    try {
      expect((await h.call('GET', '/api/1/products')).body).toEqual(MISSING);
      expect((await h.call('GET', '/api/1/users/me')).status).toBe(200);
    } finally {
      await h.close();
    }
  });

  it('wake_up is allowed with the charging scope alone', async () => {
    const h = await shared('scope-missing-vehicle-cmds');
    expect((await h.call('POST', `/api/1/vehicles/${vin(h.sim)}/wake_up`)).status).toBe(200);
  });
});

describe('region', () => {
  it('the other regions\u2019 prefixes answer 421 with Tesla\u2019s text naming the user\u2019s base URL', async () => {
    const h = await shared('wrong-region');
    for (const region of ['NA', 'CN'] as const) {
      const r = await h.call('GET', '/api/1/products', { region });
      expect(r.status).toBe(421);
      expect(r.body.response).toBeNull();
      expect(r.body.error).toMatch(
        new RegExp(
          `^user out of region, use base URL: ${h.sim.regionBaseUrls.EU.replace(/[.]/g, '\\.')}, see https://`,
        ),
      );
    }
    expect((await h.call('GET', '/api/1/products', { region: 'EU' })).status).toBe(200);
  });
});

describe('tokens', () => {
  it('no token and a forged token answer 401 in Tesla’s error body; an expired one a bare 401 with an empty body', async () => {
    const h = await shared('healthy');
    const none = await h.call('GET', '/api/1/products', { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ response: null, error: 'invalid bearer token' });
    expect((await h.call('GET', '/api/1/products', { token: 'eyJhbGciOiJub25lIn0.e30.' })).status).toBe(401);
    h.sim.clock.advance(8 * 3_600_000 + 1_000);
    const expired = await h.call('GET', '/api/1/products');
    expect(expired.status).toBe(401);
    expect(expired.body).toBeNull();
  });
});

describe('rate limits (per device, per account, per simulated minute)', () => {
  it('the 61st data request to one site within a minute answers 429 with Retry-After; another device is unaffected', async () => {
    const h = await shared('healthy');
    const path = `/api/1/energy_sites/${siteId(h.sim)}/site_info`;
    for (let i = 0; i < 60; i++) expect((await h.call('GET', path)).status).toBe(200);
    h.sim.clock.advance(15_000);
    const limited = await h.call('GET', path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.body).toMatchObject({ response: null, error: 'Too Many Requests' });
    expect((await h.call('GET', '/api/1/users/me')).status).toBe(200);
    h.sim.clock.advance(45_000);
    expect((await h.call('GET', path)).status).toBe(200);
  });

  it('30 commands per minute per site', async () => {
    const h = await shared('healthy');
    const path = `/api/1/energy_sites/${siteId(h.sim)}/storm_mode`;
    for (let i = 0; i < 30; i++) expect((await h.call('POST', path, { body: { enabled: true } })).status).toBe(200);
    const r = await h.call('POST', path, { body: { enabled: true } });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('3 wakes per minute per car', async () => {
    const h = await shared('asleep-car');
    const path = `/api/1/vehicles/${vin(h.sim)}/wake_up`;
    for (let i = 0; i < 3; i++) expect((await h.call('POST', path)).status).toBe(200);
    expect((await h.call('POST', path)).status).toBe(429);
    h.sim.clock.advance(60_000);
    expect((await h.call('POST', path)).status).toBe(200);
  });
});

describe('scenario faults', () => {
  it('flaky-5xx: live_status fails twice with 503, then answers; site_info waits its simulated delay, then 500 once', async () => {
    const h = await shared('flaky-5xx');
    const base = `/api/1/energy_sites/${siteId(h.sim)}`;
    expect((await h.call('GET', `${base}/live_status`)).status).toBe(503);
    expect((await h.call('GET', `${base}/live_status`)).body).toMatchObject({
      response: null,
      error: 'service unavailable',
    });
    expect((await h.call('GET', `${base}/live_status`)).status).toBe(200);

    let settled = false;
    const pending = h.call('GET', `${base}/site_info`).finally(() => (settled = true));
    // The fault waits 2 s of simulated time; the clock is paused, so only advancing it lets it answer.
    await parked(h.sim.clock);
    h.sim.clock.advance(1_999);
    await new Promise((r) => setImmediate(r));
    expect(settled).toBe(false);
    h.sim.clock.advance(1);
    expect((await pending).status).toBe(500);
    expect((await h.call('GET', `${base}/site_info`)).status).toBe(200);
    const log = h.sim.admin.requestLog();
    expect(log.filter((e) => e.fault).map((e) => e.status)).toEqual([503, 503, 500]);
  });

  it('rate-limited: the first three Fleet API calls answer 429 with Retry-After', async () => {
    const h = await shared('rate-limited');
    for (let i = 0; i < 3; i++) {
      const r = await h.call('GET', '/api/1/products');
      expect(r.status).toBe(429);
      expect(r.headers.get('retry-after')).toBe('30');
    }
    expect((await h.call('GET', '/api/1/products')).status).toBe(200);
  });

  it('a catch-all fault never blocks the admin API', async () => {
    const h = await harness({
      name: 'all-down',
      account: { region: 'NA', grantedScopes: ['openid', 'user_data'], email: 'down@example.com', fullName: 'Down' },
      faults: [{ method: '*', path: '/**', status: 503 }],
    });
    try {
      expect((await h.call('GET', '/api/1/users/me')).status).toBe(503);
      expect((await h.call('GET', '/api/1/users/me')).status).toBe(503);
      expect((await fetch(`${h.sim.origin}/__sim/state`)).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe('latency', () => {
  it('--latency-ms delays every answer by at least that much real time', async () => {
    const h = await harness('healthy', { latencyMs: 40 });
    try {
      await h.call('GET', '/api/1/users/me');
      expect(h.sim.admin.requestLog().at(-1)!.durationMs).toBeGreaterThanOrEqual(39);
    } finally {
      await h.close();
    }
  });
});

/** Resolves once a request sleeps on the simulated clock (event-loop turns, no timers). */
async function parked(clock: { waiting(): number }): Promise<void> {
  for (let i = 0; i < 10_000 && clock.waiting() === 0; i++) await new Promise((r) => setImmediate(r));
  expect(clock.waiting()).toBe(1);
}

describe('slow answers', () => {
  it('a fault with a status below 400 only delays the normal answer by its simulated delay', async () => {
    const h = await harness({
      name: 'slow',
      account: { region: 'NA', grantedScopes: ['openid', 'user_data'], email: 'slow@example.com', fullName: 'Slow' },
      faults: [{ method: 'GET', path: '/api/1/users/me', status: 200, count: 1, delayMs: 5_000 }],
    });
    try {
      const pending = h.call('GET', '/api/1/users/me');
      await parked(h.sim.clock);
      h.sim.clock.advance(5_000);
      const r = await pending;
      expect(r.status).toBe(200);
      expect(r.body.response.email).toBe('slow@example.com');
      expect(h.sim.admin.requestLog().at(-1)).toMatchObject({ status: 200, fault: true });
    } finally {
      await h.close();
    }
  });
});
