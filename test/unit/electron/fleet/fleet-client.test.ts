import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFleetClient, FleetApiError } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import { baseUrlFrom421, isTrustedApiBase } from '@main/fleet/region-redirect';
import { retryAfterSeconds } from '@main/fleet/retry-after';
import { createUsageMeter } from '@main/fleet/usage-meter';
import type { RawResponse } from '@shared/report/report-schema';
import { startFakeFleet } from '@test/support/fake-fleet-server';

let fake: Awaited<ReturnType<typeof startFakeFleet>>;
beforeEach(async () => {
  fake = await startFakeFleet();
});
afterEach(() => fake.close());

function session(over: Partial<FleetSession> = {}) {
  let token = 'token-1';
  const onUnauthorized = vi.fn(async () => {
    token = 'token-2';
  });
  const s: FleetSession = {
    accountId: 'acct',
    region: 'NA',
    apiBase: `${fake.origin}/na`,
    trustedApiOrigins: [],
    grantedScopes: ['openid', 'offline_access', 'energy_device_data'],
    hasRefreshToken: true,
    accessTokenExpiresAt: Date.now() + 3600_000,
    tokenProvider: { getAccessToken: async () => token, onUnauthorized },
    ...over,
  };
  return { session: s, onUnauthorized };
}

describe('fleet client', () => {
  it('reads products with the bearer token, keeps the raw body and counts a data request', async () => {
    const body = { response: [{ energy_site_id: 1, extra_field: 'kept' }], count: 1 };
    fake.answer('GET /api/1/products', { status: 200, body });
    const meter = createUsageMeter();
    const raws: RawResponse[] = [];
    const client = createFleetClient(session().session, { meter, onRaw: (r) => raws.push(r) });
    const result = await client.products();
    expect(result.response).toEqual([{ energy_site_id: 1, extra_field: 'kept' }]);
    expect(result.raw).toMatchObject({ request: 'GET /api/1/products', status: 200, body });
    expect(raws).toHaveLength(1);
    expect(fake.log[0]).toMatchObject({ url: '/na/api/1/products', authorization: 'Bearer token-1' });
    expect(meter.snapshot()).toEqual({
      requests: 1,
      byClass: { data: 1, command: 0, wake: 0, auth: 0 },
      estimatedCostUsd: 0.002,
    });
  });

  it('sends fleet_status for all VINs in one POST', async () => {
    fake.answer('POST /api/1/vehicles/fleet_status', {
      status: 200,
      body: { response: { key_paired_vins: ['A1'], unpaired_vins: ['B2'], vehicle_info: {} } },
    });
    const client = createFleetClient(session().session);
    const r = await client.fleetStatus(['A1', 'B2']);
    expect(r.response.unpaired_vins).toEqual(['B2']);
    expect(fake.log).toHaveLength(1);
    expect(JSON.parse(fake.log[0]!.body)).toEqual({ vins: ['A1', 'B2'] });
  });

  it('throws FleetApiError with Tesla’s error strings and no token in the message', async () => {
    fake.answer('GET /api/1/energy_sites/7/site_info', {
      status: 403,
      body: { response: null, error: 'Unauthorized missing scopes', error_description: '' },
    });
    const client = createFleetClient(session().session);
    const err = await client.siteInfo(7).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FleetApiError);
    const f = err as FleetApiError;
    expect(f.status).toBe(403);
    expect(f.error).toBe('Unauthorized missing scopes');
    expect(f.missingScopes).toBe(true);
    expect(f.request).toBe('GET /api/1/energy_sites/7/site_info');
    expect(f.message).not.toContain('token-1');
    expect(f.raw?.status).toBe(403);
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    fake.answer('GET /api/1/products', { status: 401, body: '' }, { status: 200, body: { response: [] } });
    const { session: s, onUnauthorized } = session();
    const meter = createUsageMeter();
    const r = await createFleetClient(s, { meter }).products();
    expect(r.response).toEqual([]);
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(fake.log.map((l) => l.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(meter.snapshot().byClass.data).toBe(2);
  });

  it('gives up after one refresh when the 401 persists', async () => {
    fake.answer('GET /api/1/products', { status: 401, body: { response: null, error: 'login_required' } });
    const { session: s, onUnauthorized } = session();
    const err = (await createFleetClient(s)
      .products()
      .catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(401);
    expect(err.error).toBe('login_required');
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    expect(fake.log).toHaveLength(2);
  });

  it('waits out a 429 for Retry-After seconds, then succeeds', async () => {
    fake.answer(
      'GET /api/1/energy_sites/5/live_status',
      { status: 429, headers: { 'retry-after': '3' }, body: { response: null, error: 'rate limited' } },
      { status: 200, body: { response: { battery_power: 10 } } },
    );
    const waits: number[] = [];
    const client = createFleetClient(session().session, { sleep: async (ms) => void waits.push(ms) });
    const r = await client.liveStatus(5);
    expect(r.response.battery_power).toBe(10);
    expect(waits).toEqual([3000]);
  });

  it('does not wait longer than allowed: a long Retry-After fails at once with retryAfterSeconds', async () => {
    fake.answer('GET /api/1/products', {
      status: 429,
      headers: { 'retry-after': '120' },
      body: { response: null, error: 'rate limited' },
    });
    const waits: number[] = [];
    const client = createFleetClient(session().session, {
      sleep: async (ms) => void waits.push(ms),
      retry: { maxWaitSeconds: 60 },
    });
    const err = (await client.products().catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(429);
    expect(err.retryAfterSeconds).toBe(120);
    expect(waits).toEqual([]);
    expect(fake.log).toHaveLength(1);
  });

  it('bounds the retry count for repeated 429s', async () => {
    fake.answer('GET /api/1/products', {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { response: null, error: 'rate limited' },
    });
    const waits: number[] = [];
    const client = createFleetClient(session().session, {
      sleep: async (ms) => void waits.push(ms),
      retry: { maxRetries: 2 },
    });
    const err = (await client.products().catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(429);
    expect(waits).toEqual([1000, 1000]);
    expect(fake.log).toHaveLength(3);
  });

  it('follows a 421 to a trusted base and keeps using it', async () => {
    fake.answer(
      'GET /api/1/products',
      {
        status: 421,
        body: {
          response: null,
          error: `user out of region, use base URL: ${fake.origin}/eu, see https://developer.tesla.com`,
        },
      },
      { status: 200, body: { response: [] } },
    );
    const client = createFleetClient(
      session({ trustedApiOrigins: [`${fake.origin}/na`, `${fake.origin}/eu`] }).session,
    );
    await client.products();
    expect(fake.log.map((l) => l.url)).toEqual(['/na/api/1/products', '/eu/api/1/products']);
    expect(client.apiBase()).toBe(`${fake.origin}/eu`);
  });

  it('refuses a 421 that points at a foreign host', async () => {
    fake.answer('GET /api/1/products', {
      status: 421,
      body: { response: null, error: 'user out of region, use base URL: https://evil.example.com, see x' },
    });
    const client = createFleetClient(session().session);
    const err = (await client.products().catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(421);
    expect(err.errorDescription).toMatch(/not followed/);
    expect(fake.log).toHaveLength(1);
  });

  it('rejects a body that is not Tesla’s body it should be, saying what was wrong', async () => {
    fake.answer('GET /api/1/products', { status: 200, body: { response: { not: 'a list' } } });
    const err = (await createFleetClient(session().session)
      .products()
      .catch((e: unknown) => e)) as FleetApiError;
    expect(err.error).toBe('invalid_response');
    expect(err.raw?.body).toEqual({ response: { not: 'a list' } });
  });

  it('reports a network failure as status 0 and counts it without cost', async () => {
    const meter = createUsageMeter();
    const client = createFleetClient(session({ apiBase: 'http://127.0.0.1:1' }).session, { meter });
    const err = (await client.products().catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(0);
    expect(err.error).toBe('network_error');
    expect(meter.snapshot()).toMatchObject({ requests: 1, estimatedCostUsd: 0 });
  });

  it('classes commands and wakes for billing, and validates arguments before sending', async () => {
    fake.answer('POST /api/1/energy_sites/9/backup', {
      status: 200,
      body: { response: { code: 201, message: 'Updated' } },
    });
    fake.answer('POST /api/1/vehicles/42/wake_up', { status: 200, body: { response: { state: 'online' } } });
    const meter = createUsageMeter();
    const client = createFleetClient(session().session, { meter });
    await client.backup(9, 80);
    await client.wakeUp(42);
    await expect(client.backup(9, 120)).rejects.toThrow(/0-100/);
    await expect(client.siteInfo('../users/me')).rejects.toThrow(/energy site id/);
    expect(JSON.parse(fake.log[0]!.body)).toEqual({ backup_reserve_percent: 80 });
    expect(meter.snapshot()).toEqual({
      requests: 2,
      byClass: { data: 0, command: 1, wake: 1, auth: 0 },
      estimatedCostUsd: 0.021,
    });
  });
});

describe('fleet client, refresh failure', () => {
  it('turns a failed refresh into the 401 it answered, without calling again', async () => {
    fake.answer('GET /api/1/products', { status: 401, body: '' });
    const { session: s } = session();
    s.tokenProvider.onUnauthorized = async () => {
      throw new Error('refresh token expired');
    };
    const err = (await createFleetClient(s)
      .products()
      .catch((e: unknown) => e)) as FleetApiError;
    expect(err).toBeInstanceOf(FleetApiError);
    expect(err.status).toBe(401);
    expect(err.errorDescription).toMatch(/reconnect/);
    expect(fake.log).toHaveLength(1);
  });
});

describe('fleet client, timeouts and parsing helpers', () => {
  it('gives up after timeoutMs with a timeout error and no cost', async () => {
    fake.answer('GET /api/1/products', { status: 0 });
    const meter = createUsageMeter();
    const err = (await createFleetClient(session().session, { timeoutMs: 150, meter })
      .products()
      .catch((e: unknown) => e)) as FleetApiError;
    expect(err.status).toBe(0);
    expect(err.error).toBe('timeout');
    expect(meter.snapshot()).toMatchObject({ requests: 1, estimatedCostUsd: 0 });
  });

  it('reads Retry-After as seconds or a date, and RateLimit-Reset', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds(new Headers({ 'retry-after': '7' }), now)).toBe(7);
    expect(retryAfterSeconds(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:20 GMT' }), now)).toBe(20);
    expect(retryAfterSeconds(new Headers({ 'ratelimit-reset': '12' }), now)).toBe(12);
    expect(retryAfterSeconds(new Headers({}), now)).toBeNull();
  });

  it('follows 421 only to https Tesla hosts or trusted bases', () => {
    expect(
      baseUrlFrom421('user out of region, use base URL: https://fleet-api.prd.eu.vn.cloud.tesla.com, see https://x'),
    ).toBe('https://fleet-api.prd.eu.vn.cloud.tesla.com');
    expect(isTrustedApiBase('https://fleet-api.prd.cn.vn.cloud.tesla.cn', [])).toBe(true);
    expect(isTrustedApiBase('http://fleet-api.prd.na.vn.cloud.tesla.com', [])).toBe(false);
    expect(isTrustedApiBase('https://tesla.com.evil.example', [])).toBe(false);
    expect(isTrustedApiBase('https://user:pw@fleet-api.prd.na.vn.cloud.tesla.com', [])).toBe(false);
    expect(isTrustedApiBase('http://127.0.0.1:4000/eu', ['http://127.0.0.1:4000/na'])).toBe(true);
    expect(isTrustedApiBase('http://127.0.0.1:4001/eu', ['http://127.0.0.1:4000/na'])).toBe(false);
  });
});

describe('fleet client: where the bearer token goes', () => {
  it('sends nothing to an API base that is neither Tesla over HTTPS nor a simulator on this computer', async () => {
    for (const apiBase of [
      'http://evil.example:8080/na',
      'https://evil.example/na',
      'http://fleet-api.prd.na.vn.cloud.tesla.com',
    ]) {
      const sent: string[] = [];
      const fetch = vi.fn(async (url: string | URL | Request) => {
        sent.push(String(url));
        return new Response(JSON.stringify({ response: [] }), { status: 200 });
      });
      const client = createFleetClient(session({ apiBase }).session, {
        fetch: fetch as unknown as typeof globalThis.fetch,
      });
      const error = await client.products().catch((e: unknown) => e);
      expect(error, apiBase).toBeInstanceOf(FleetApiError);
      expect((error as FleetApiError).error).toBe('untrusted_api_base');
      expect(sent).toEqual([]);
    }
  });

  it('follows a 421 to a trusted base only while that base passes the same rule', () => {
    // A session that was told to trust a far-away "simulator" still sends nothing there.
    expect(isTrustedApiBase('http://192.0.2.1/eu', ['http://192.0.2.1/na'])).toBe(false);
    expect(isTrustedApiBase('http://127.0.0.1:4000/eu', ['http://127.0.0.1:4000/na'])).toBe(true);
  });
});
