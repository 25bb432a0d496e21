// GET /status (no token), users/feature_config and users/orders, in Tesla's shapes.
import { afterAll, describe, expect, it } from 'vitest';
import type { ScenarioInput } from '@main/simulator';
import { closeShared, harness, shared } from '@test/support/sim-harness';

afterAll(closeShared);

describe('status and user endpoints', () => {
  it('GET /status answers plain "ok" in every region without a token', async () => {
    const h = await shared('healthy');
    for (const base of Object.values(h.sim.regionBaseUrls)) {
      const r = await fetch(`${base}/status`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await r.text()).toBe('ok');
    }
  });

  it('users/feature_config answers the signaling block; it needs user_data', async () => {
    const h = await shared('healthy');
    const r = await h.call('GET', '/api/1/users/feature_config');
    expect(r.body).toEqual({
      response: { signaling: { enabled: true, subscribe_connectivity: false, use_auth_token: false } },
    });
    const without = await shared('scope-missing-user-data');
    expect((await without.call('GET', '/api/1/users/feature_config')).status).toBe(403);
  });

  it('users/orders lists none by default and the scenario\u2019s orders with their count', async () => {
    const h = await shared('healthy');
    expect((await h.call('GET', '/api/1/users/orders')).body).toEqual({ response: [], count: 0 });
    const order = {
      vehicleMapId: 1,
      referenceNumber: 'RN100000001',
      vin: '7SAYGDEE0PA000001',
      orderStatus: 'BOOKED',
      modelCode: 'my',
      countryCode: 'US',
      isB2b: false,
    };
    const scenario: ScenarioInput = {
      name: 'ordered',
      account: {
        region: 'NA',
        grantedScopes: ['openid', 'user_data'],
        email: 'a@example.com',
        fullName: 'A',
        orders: [order],
      },
    };
    const o = await harness(scenario);
    try {
      expect((await o.call('GET', '/api/1/users/orders')).body).toEqual({ response: [order], count: 1 });
    } finally {
      await o.close();
    }
  });
});
