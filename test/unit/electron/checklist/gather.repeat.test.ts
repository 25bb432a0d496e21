// The repeat path: for a customer diagnosed before, the per-device reads go out with products (one round
// trip); products still decides, so a vanished site's read is made but dropped, a new site gets a second
// round, and a changed set of cars gets a fresh fleet_status. Against a scripted Fleet API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gather, type KnownDevices } from '@main/checklist/gather';
import { createFleetClient } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import { createUsageMeter } from '@main/fleet/usage-meter';
import { buildChecks } from '@shared/checklist/build-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { startFakeFleet } from '@test/support/fake-fleet-server';

let fake: Awaited<ReturnType<typeof startFakeFleet>>;
beforeEach(async () => {
  fake = await startFakeFleet();
});
afterEach(() => fake.close());

const VIN_A = '5YJ3E1EA0KF000001';
const VIN_B = '5YJ3E1EA0KF000002';

function session(): FleetSession {
  return {
    accountId: 'acct',
    region: 'NA',
    apiBase: `${fake.origin}/na`,
    trustedApiOrigins: [],
    grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'vehicle_device_data'],
    hasRefreshToken: true,
    accessTokenExpiresAt: Date.now() + 3600_000,
    tokenProvider: { getAccessToken: async () => 'token', onUnauthorized: async () => undefined },
  };
}

/** The account now holds these sites and cars; every per-device read answers. */
function account(siteIds: number[], vins: string[]) {
  fake.answer('GET /api/1/products', {
    status: 200,
    body: {
      response: [
        ...siteIds.map((id) => ({ energy_site_id: id, resource_type: 'battery', components: { battery: true } })),
        ...vins.map((vin, i) => ({ id: i + 1, vin, state: 'online' })),
      ],
      count: siteIds.length + vins.length,
    },
  });
  for (const id of [1, 2, 3]) {
    fake.answer(`GET /api/1/energy_sites/${id}/site_info`, {
      status: 200,
      body: { response: { site_name: `Site ${id}`, backup_reserve_percent: 20, components: { battery: true } } },
    });
    fake.answer(`GET /api/1/energy_sites/${id}/live_status`, {
      status: 200,
      body: { response: { battery_power: 0, grid_power: 100, percentage_charged: 50 } },
    });
  }
  fake.answer('POST /api/1/vehicles/fleet_status', {
    status: 200,
    body: { response: { key_paired_vins: vins, unpaired_vins: [] } },
  });
}

async function diagnose(known?: KnownDevices) {
  const meter = createUsageMeter();
  const progress: Array<[number, number]> = [];
  const before = fake.log.length;
  const result = await gather(createFleetClient(session(), { meter }), session(), {
    profile: { partnerDomain: 'partner.example' },
    ...(known ? { known } : {}),
    onProgress: (p) => progress.push([p.done, p.total]),
  });
  const sent = fake.log.slice(before).map((r) => `${r.method} ${r.url.replace(/^\/na/, '')}`);
  return { ...result, sent, progress, usage: meter.snapshot() };
}

const requests = (r: Awaited<ReturnType<typeof diagnose>>) => r.input.responses.map((x) => x.request).sort();
const sites = (r: Awaited<ReturnType<typeof diagnose>>) =>
  [
    ...new Set(
      buildChecks(r.input)
        .filter((c) => c.subject.kind === 'energy_site')
        .map((c) => c.subject.id),
    ),
  ].sort();

describe('a repeat diagnosis', () => {
  it('sends the known reads with products and keeps them all when nothing changed', async () => {
    account([1], [VIN_A]);
    const first = await diagnose();
    expect(first.seen).toEqual({ siteIds: ['1'], vins: [VIN_A] });
    const again = await diagnose(first.seen!);
    expect(again.sent).toHaveLength(4);
    expect(requests(again)).toEqual(requests(first));
    expect(again.usage.requests).toBe(4);
    expect(again.progress.at(-1)).toEqual([4, 4]);
  });

  it('drops the read of a site that disappeared (made and counted) and reads a new site in a second round', async () => {
    account([1, 2], [VIN_A]);
    const known = (await diagnose()).seen!;
    account([1, 3], [VIN_A]);
    const again = await diagnose(known);
    // Site 2 was read (and billed) before products said it is gone; site 3 was read after.
    expect(again.sent).toEqual(expect.arrayContaining([REQ.siteInfo('2'), REQ.siteInfo('3'), REQ.liveStatus('3')]));
    expect(again.sent).toHaveLength(1 + 4 + 1 + 2);
    expect(again.usage.requests).toBe(8);
    expect(again.input.responses.some((r) => r.request.includes('/energy_sites/2/'))).toBe(false);
    expect(sites(again)).toEqual(['1', '3']);
    expect(again.seen).toEqual({ siteIds: ['1', '3'], vins: [VIN_A] });
    // The result reads as a first diagnosis of today's account would.
    const fresh = await diagnose();
    expect(requests(again)).toEqual(requests(fresh));
    expect(again.progress.at(-1)).toEqual([8, 8]);
  });

  it('asks fleet_status again, for today’s cars, when the set of cars changed', async () => {
    account([1], [VIN_A]);
    const known = (await diagnose()).seen!;
    account([1], [VIN_A, VIN_B]);
    const again = await diagnose(known);
    const fleetBodies = fake.log
      .filter((r) => r.url.endsWith('/fleet_status'))
      .slice(-2)
      .map((r) => JSON.parse(r.body) as { vins: string[] });
    expect(fleetBodies).toEqual([{ vins: [VIN_A] }, { vins: [VIN_A, VIN_B] }]);
    expect(again.input.responses.filter((r) => r.request === REQ.fleetStatus)).toHaveLength(1);
    expect(
      (
        again.input.responses.find((r) => r.request === REQ.fleetStatus)!.body as {
          response: { key_paired_vins: string[] };
        }
      ).response.key_paired_vins,
    ).toEqual([VIN_A, VIN_B]);
  });

  it('keeps nothing but products when products fails, as a first diagnosis would', async () => {
    account([1], [VIN_A]);
    const known = (await diagnose()).seen!;
    fake.answer('GET /api/1/products', { status: 503, body: { response: null, error: 'upstream internal error' } });
    const again = await diagnose(known);
    expect(again.sent).toHaveLength(4);
    expect(again.input.responses.map((r) => r.request)).toEqual([REQ.products]);
    expect(again.seen).toBeNull();
  });

  it('sends no read the grant cannot answer, even for known ids', async () => {
    account([1], [VIN_A]);
    const s = { ...session(), grantedScopes: ['openid', 'energy_device_data'] };
    const result = await gather(createFleetClient(s), s, {
      profile: { partnerDomain: null },
      known: { siteIds: ['1'], vins: [VIN_A] },
    });
    expect(result.input.responses.map((r) => r.request).sort()).toEqual(
      [REQ.products, REQ.liveStatus('1'), REQ.siteInfo('1')].sort(),
    );
    expect(fake.log.some((r) => r.url.endsWith('/fleet_status'))).toBe(false);
  });
});
