import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFleetClient, FleetApiError } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import { RawResponseSchema, type RawResponse } from '@shared/report/report-schema';
import { startFakeFleet } from '@test/support/fake-fleet-server';

let fake: Awaited<ReturnType<typeof startFakeFleet>>;
beforeEach(async () => {
  fake = await startFakeFleet();
});
afterEach(() => fake.close());

function session(apiBase = `${fake.origin}/na`): FleetSession {
  return {
    accountId: 'acct',
    region: 'NA',
    apiBase,
    trustedApiOrigins: [],
    grantedScopes: ['openid', 'offline_access', 'energy_device_data'],
    hasRefreshToken: true,
    accessTokenExpiresAt: Date.now() + 3600_000,
    tokenProvider: { getAccessToken: async () => 'token-1', onUnauthorized: async () => {} },
  };
}

async function failure(
  run: (raws: RawResponse[]) => Promise<unknown>,
): Promise<{ err: FleetApiError; raws: RawResponse[] }> {
  const raws: RawResponse[] = [];
  const err = await run(raws).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(FleetApiError);
  return { err: err as FleetApiError, raws };
}

describe('fleet client: every non-2xx answer carries its cause', () => {
  it('a 412 is the platform’s missing registration, on the error and on the raw answer the report keeps', async () => {
    const error =
      'Account 6db8b5d9d9bf-463b-9555-04c1eec24067 must be registered in the current region https://fleet-api.prd.na.vn.cloud.tesla.com/, please see https://developer.tesla.com/docs/fleet-api#register';
    fake.answer('GET /api/1/products', { status: 412, body: { error } });
    const { err, raws } = await failure((r) => createFleetClient(session(), { onRaw: (x) => r.push(x) }).products());
    expect(err.causeId).toBe('partner.not_registered_in_region');
    expect(err.causeBy).toBe('text');
    expect(raws[0]).toMatchObject({ status: 412, cause: 'partner.not_registered_in_region' });
    expect(err.raw?.cause).toBe('partner.not_registered_in_region');
  });

  it('reads the text before the status: a proxy’s 500 with the car’s refusal is the virtual key', async () => {
    fake.answer('GET /api/1/energy_sites/7/site_info', {
      status: 500,
      body: {
        response: null,
        error: 'vehicle rejected request: your public key has not been paired with the vehicle',
        error_description: '',
      },
    });
    const { err } = await failure(() => createFleetClient(session()).siteInfo(7));
    expect(err.causeId).toBe('vehicle.key_not_paired');
  });

  it('a 403 without text is not called a missing scope', async () => {
    fake.answer('GET /api/1/energy_sites/7/live_status', { status: 403, body: '' });
    const { err } = await failure(() => createFleetClient(session()).liveStatus(7));
    expect(err.missingScopes).toBe(false);
    expect(err).toMatchObject({ causeId: 'http.forbidden', causeBy: 'status' });
  });

  it('EXCEEDED_LIMIT is named as the platform’s suspended app', async () => {
    fake.answer('GET /api/1/products', { status: 403, body: { error: 'account disabled: EXCEEDED_LIMIT' } });
    const { err } = await failure(() => createFleetClient(session()).products());
    expect(err.causeId).toBe('app.exceeded_limit');
    expect(err.missingScopes).toBe(false);
  });

  it('a 429 keeps how long Tesla asked to wait on the raw answer', async () => {
    fake.answer('GET /api/1/products', {
      status: 429,
      headers: { 'retry-after': '37829' },
      body: { response: null, error: 'Too Many Requests' },
    });
    const { err, raws } = await failure((r) => createFleetClient(session(), { onRaw: (x) => r.push(x) }).products());
    expect(err).toMatchObject({ status: 429, causeId: 'rate.limited', retryAfterSeconds: 37829 });
    expect(raws[0]).toMatchObject({ cause: 'rate.limited', retryAfterSeconds: 37829 });
    expect(fake.log).toHaveLength(1);
  });

  it('a 2xx answer has no cause; no answer at all is named as such', async () => {
    fake.answer('GET /api/1/products', { status: 200, body: { response: [] } });
    const raws: RawResponse[] = [];
    await createFleetClient(session(), { onRaw: (x) => raws.push(x) }).products();
    expect(raws[0]).not.toHaveProperty('cause');
    const { err } = await failure(() =>
      createFleetClient(session('http://127.0.0.1:9'), { timeoutMs: 2000 }).products(),
    );
    expect(err).toMatchObject({ status: 0, causeId: 'http.no_answer' });
  });
});

describe('report@1 raw answers', () => {
  it('reads answers written before the cause existed, and keeps it when present', () => {
    const old = {
      request: 'GET /api/1/products',
      status: 412,
      receivedAt: '2026-01-01T00:00:00Z',
      body: { error: 'x' },
    };
    expect(RawResponseSchema.parse(old)).toEqual(old);
    expect(
      RawResponseSchema.parse({ ...old, cause: 'partner.not_registered_in_region', retryAfterSeconds: 5 }),
    ).toMatchObject({ cause: 'partner.not_registered_in_region', retryAfterSeconds: 5 });
  });
});
