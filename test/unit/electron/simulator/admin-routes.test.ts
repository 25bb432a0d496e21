// The loopback-only admin API under /__sim/: state, request log with billing classes, reset, clock
// control and site events, over real HTTP.
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { closeShared, shared, siteId } from '@test/support/sim-harness';

afterAll(closeShared);

async function admin(origin: string, method: 'GET' | 'POST', path: string, body?: unknown) {
  const res = await fetch(origin + path, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
  return { status: res.status, body: (await res.json()) as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('admin API', () => {
  it('reports settings, state of charge and powers, and follows a write', async () => {
    const h = await shared('healthy');
    const id = siteId(h.sim);
    const before = await admin(h.sim.origin, 'GET', '/__sim/state');
    expect(before.status).toBe(200);
    expect(before.body.response).toMatchObject({
      scenario: 'healthy',
      region: 'NA',
      sites: [{ energySiteId: id, settings: { backup_reserve_percent: 20 } }],
    });
    await h.call('POST', `/api/1/energy_sites/${id}/backup`, { body: { backup_reserve_percent: 60 } });
    const after = (await admin(h.sim.origin, 'GET', '/__sim/state')).body.response.sites[0];
    expect(after.settings.backup_reserve_percent).toBe(60);
    expect(after.pendingSettingsAt).toEqual([h.sim.clock.now() + 30_000]);
  });

  it('logs each request with its billing class, status and billed flag, and never its query', async () => {
    const h = await shared('asleep-car');
    const vin = h.sim.scenario.vehicles[0]!.product.vin;
    await h.call('GET', '/api/1/products');
    await h.call('POST', `/api/1/vehicles/${vin}/wake_up`);
    await h.call('POST', `/api/1/energy_sites/${siteId(h.sim)}/storm_mode`, { body: { enabled: true } });
    await h.call('POST', `/api/1/vehicles/${vin}/command/flash_lights`);
    await fetch(`${h.sim.origin}/oauth2/v3/token?code=SECRET`, { method: 'POST' });
    const log = (await admin(h.sim.origin, 'GET', '/__sim/requests')).body.response as {
      billing: string;
      status: number;
      billed: boolean;
      path: string;
    }[];
    expect(log.map((e) => [e.billing, e.status, e.billed])).toEqual([
      ['data', 200, true],
      ['wake', 200, true],
      ['command', 200, true],
      ['command', 408, true],
      ['auth', log[4]!.status, false],
    ]);
    expect(log[0]!.path).toBe('/na/api/1/products');
    expect(JSON.stringify(log)).not.toContain('SECRET');
  });

  it('controls the clock: speed and advance', async () => {
    const h = await shared('healthy');
    const t0 = h.sim.clock.now();
    const r = await admin(h.sim.origin, 'POST', '/__sim/clock', { advanceMs: 90_000 });
    expect(r.body.response.now).toBe(t0 + 90_000);
    expect((await admin(h.sim.origin, 'POST', '/__sim/clock', { speed: 0 })).body.response.speed).toBe(0);
    const bad = await admin(h.sim.origin, 'POST', '/__sim/clock', { speed: -1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toBe('invalid_request');
  });

  it('reset puts the scenario back, clears the log and rate windows, and ends issued tokens', async () => {
    const h = await shared('healthy');
    const id = siteId(h.sim);
    await h.call('POST', `/api/1/energy_sites/${id}/backup`, { body: { backup_reserve_percent: 70 } });
    expect((await admin(h.sim.origin, 'POST', '/__sim/reset')).status).toBe(200);
    const state = (await admin(h.sim.origin, 'GET', '/__sim/state')).body.response;
    expect(state.sites[0].settings.backup_reserve_percent).toBe(20);
    expect((await admin(h.sim.origin, 'GET', '/__sim/requests')).body.response).toEqual([]);
    expect((await h.call('GET', '/api/1/products')).status).toBe(401);
  });

  it('starts and ends site events', async () => {
    const h = await shared('healthy');
    const r = await admin(h.sim.origin, 'POST', `/__sim/sites/${siteId(h.sim)}/events`, { stormWatchActive: true });
    expect(r.body.response.sites[0].stormWatchActive).toBe(true);
    expect((await admin(h.sim.origin, 'POST', '/__sim/sites/1/events', { stormWatchActive: true })).status).toBe(404);
    expect((await admin(h.sim.origin, 'POST', `/__sim/sites/${siteId(h.sim)}/events`, { meteor: true })).status).toBe(
      400,
    );
  });

  it('refuses a request whose Host is not loopback (DNS rebinding)', async () => {
    const h = await shared('healthy');
    const url = new URL(h.sim.origin);
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: '/__sim/state', headers: { Host: 'evil.example' } },
        (res) => {
          res.resume();
          resolve(res.statusCode);
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('refuses a browser call from another origin, and accepts its own', async () => {
    const h = await shared('healthy');
    const foreign = await fetch(`${h.sim.origin}/__sim/reset`, {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:1' },
    });
    expect(foreign.status).toBe(403);
    const own = await fetch(`${h.sim.origin}/__sim/state`, { headers: { Origin: h.sim.origin } });
    expect(own.status).toBe(200);
  });
});
