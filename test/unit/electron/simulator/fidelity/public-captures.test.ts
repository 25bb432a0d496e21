// Fidelity: what the simulator answers (its own healthy scenario, not a replay) against Tesla's public
// captures (test/fixtures/tesla-public): every answer parses with the app's own schemas (shared/tesla),
// and has every key the real capture has, nested objects and list entries included. A key left out on
// purpose is listed in OMITTED with the reason; anything else missing fails.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TeslaErrorBodySchema } from '@shared/tesla/error-body';
import {
  FleetStatusResponseSchema,
  LiveStatusResponseSchema,
  ProductsResponseSchema,
  SiteInfoResponseSchema,
  VehiclesResponseSchema,
  EnergySiteEntrySchema,
  VehicleEntrySchema,
} from '@shared/tesla/fleet-responses';
import { harness, siteId, vin, type Harness } from '@test/support/sim-harness';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../fixtures/tesla-public');
const capture = (name: string) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { response: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Tesla's fleet_status sample from the reference (section 5): no capture file of it is public. */
const FLEET_STATUS_SAMPLE = {
  response: {
    key_paired_vins: ['5YJ3E1EB0PF000001'],
    unpaired_vins: [],
    vehicle_info: {
      '5YJ3E1EB0PF000001': {
        firmware_version: '2024.14.30',
        vehicle_command_protocol_required: true,
        discounted_device_data: false,
        fleet_telemetry_version: '1.0.0',
        total_number_of_keys: 5,
      },
    },
  },
};

/** Keys of the captures the simulator leaves out on purpose, with why. */
const OMITTED: Record<string, string> = {
  // products, energy entry: the capture's site has two Wall Connectors; the healthy site has none, and
  // products lists wall_connectors only for sites that have some (as the capture's bare site shows).
  'energy.components.wall_connectors':
    'the healthy site has no Wall Connector (see the wall-connector test in energy-routes.test.ts)',
  'energy.components.wall_connectors[].device_id': 'as above',
  'energy.components.wall_connectors[].din': 'as above',
  'energy.components.wall_connectors[].is_active': 'as above',
  // site_info: Wall Connector entries only exist on sites with one; the healthy site lists [].
  'site_info.components.wall_connectors[].device_id':
    'the healthy site has no Wall Connector (components.wall_connectors is [])',
  'site_info.components.wall_connectors[].din': 'as above',
  'site_info.components.wall_connectors[].part_name': 'as above',
  'site_info.components.wall_connectors[].is_active': 'as above',
  'live_status.wall_connectors[].din': 'the healthy site has no Wall Connector (wall_connectors is [])',
  'live_status.wall_connectors[].wall_connector_state': 'as above',
  'live_status.wall_connectors[].wall_connector_fault_state': 'as above',
  'live_status.wall_connectors[].wall_connector_power': 'as above',
};

/** Every key path of a JSON value; list entries are merged under `[]`. */
function keyPaths(v: unknown, prefix: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) for (const item of v) keyPaths(item, `${prefix}[]`, out);
  else if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      const p = `${prefix}.${k}`;
      out.add(p);
      keyPaths(child, p, out);
    }
  }
  return out;
}

function missing(real: unknown, sim: unknown, prefix: string): string[] {
  const have = keyPaths(sim, prefix);
  return [...keyPaths(real, prefix)].filter((p) => !have.has(p) && !(p in OMITTED));
}

function parses<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const outer = TeslaErrorBodySchema.parse(body);
  return schema.parse(outer.response);
}

let h: Harness;
beforeAll(async () => {
  h = await harness('healthy');
});
afterAll(() => h.close());

describe('the simulator against Tesla\u2019s public captures', () => {
  it('products: parses with the app\u2019s schemas; the vehicle and energy entries have every captured key', async () => {
    const body = (await h.call('GET', '/api/1/products')).body;
    const list = parses(ProductsResponseSchema, body);
    const real = capture('products.json').response as Record<string, unknown>[];
    const simCar = list.find((p) => 'vin' in p)!;
    const simSite = list.find((p) => 'energy_site_id' in p)!;
    VehicleEntrySchema.parse(simCar);
    EnergySiteEntrySchema.parse(simSite);
    expect(
      missing(
        real.find((p) => 'vin' in p),
        simCar,
        'vehicle',
      ),
    ).toEqual([]);
    expect(
      missing(
        real.find((p) => 'energy_site_id' in p && (p.components as { battery?: boolean }).battery),
        simSite,
        'energy',
      ),
    ).toEqual([]);
  });

  it('vehicles: the products capture\u2019s car entry is what GET /vehicles lists', async () => {
    const body = (await h.call('GET', '/api/1/vehicles')).body;
    const list = parses(VehiclesResponseSchema, body);
    const real = (capture('products.json').response as Record<string, unknown>[]).find((p) => 'vin' in p);
    expect(missing(real, list[0], 'vehicle')).toEqual([]);
  });

  it('site_info', async () => {
    const body = (await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/site_info`)).body;
    const info = parses(SiteInfoResponseSchema, body);
    expect(missing(capture('site_info.json').response, info, 'site_info')).toEqual([]);
  });

  it('live_status', async () => {
    const body = (await h.call('GET', `/api/1/energy_sites/${siteId(h.sim)}/live_status`)).body;
    const live = parses(LiveStatusResponseSchema, body);
    expect(missing(capture('live_status.json').response, live, 'live_status')).toEqual([]);
  });

  it('fleet_status (the reference\u2019s sample)', async () => {
    const body = (await h.call('POST', '/api/1/vehicles/fleet_status', { body: { vins: [vin(h.sim)] } })).body;
    const status = parses(FleetStatusResponseSchema, body);
    // The sample's VIN is not the simulator's: compare the per-VIN entry by its keys.
    const realInfo = Object.values(FLEET_STATUS_SAMPLE.response.vehicle_info)[0];
    expect(
      missing(
        { ...FLEET_STATUS_SAMPLE.response, vehicle_info: undefined },
        { ...status, vehicle_info: undefined },
        'fleet_status',
      ),
    ).toEqual([]);
    expect(missing(realInfo, status.vehicle_info?.[vin(h.sim)], 'fleet_status.vehicle_info.<vin>')).toEqual([]);
  });

  it('every omission listed is still a key of a capture (no stale excuses)', () => {
    const all = new Set([
      ...keyPaths(
        (capture('products.json').response as unknown[]).find(
          (p) => 'energy_site_id' in (p as object) && (p as { components: { battery?: boolean } }).components.battery,
        ),
        'energy',
      ),
      ...keyPaths(capture('site_info.json').response, 'site_info'),
      ...keyPaths(capture('live_status.json').response, 'live_status'),
    ]);
    expect(Object.keys(OMITTED).filter((k) => !all.has(k))).toEqual([]);
  });
});
