// Main process (plain Node). /api/1/users/*, /api/1/products and /api/1/vehicles (listing).
// Scope mapping (README): users/* need user_data; products needs vehicle_device_data or
// energy_device_data and lists only the kinds the grant covers (inferred); vehicles needs vehicle_device_data.
import { createHash } from 'node:crypto';
import { ok } from '../tesla-errors';
import { vehicleStateNow } from '../sim-state';
import { accountDevice, type FleetContext, type FleetRoute } from './fleet-route';

function vehicleEntries(ctx: FleetContext): Record<string, unknown>[] {
  return ctx.world.vehicles.map((v) => {
    vehicleStateNow(v, ctx.now);
    return v.product;
  });
}

export const userRoutes: FleetRoute[] = [
  {
    method: 'GET',
    pattern: '/api/1/users/region',
    billing: 'data',
    anyScope: ['user_data'],
    device: accountDevice,
    handler: (_req, ctx) => ok({ region: ctx.account.region.toLowerCase(), fleet_api_base_url: ctx.regionBaseUrls[ctx.account.region] }),
  },
  {
    method: 'GET',
    pattern: '/api/1/users/me',
    billing: 'data',
    anyScope: ['user_data'],
    device: accountDevice,
    handler: (_req, ctx) =>
      ok({
        email: ctx.account.email,
        full_name: ctx.account.fullName,
        profile_image_url: `https://vehicle-files.prd.usw2.vn.cloud.tesla.com/profile_images/${hash(ctx.account.sub)}.jpg`,
        vault_uuid: uuidFrom(ctx.account.sub),
      }),
  },
  {
    method: 'GET',
    pattern: '/api/1/products',
    billing: 'data',
    anyScope: ['vehicle_device_data', 'energy_device_data'],
    device: accountDevice,
    handler: (_req, ctx) => {
      const scp = new Set(ctx.claims.scp);
      const list = [
        ...(scp.has('vehicle_device_data') ? vehicleEntries(ctx) : []),
        ...(scp.has('energy_device_data') ? [...ctx.world.sites.values()].map((s) => s.product) : []),
      ];
      return ok(list, { count: list.length });
    },
  },
  {
    method: 'GET',
    pattern: '/api/1/vehicles',
    billing: 'data',
    anyScope: ['vehicle_device_data'],
    device: accountDevice,
    handler: (_req, ctx) => {
      const list = vehicleEntries(ctx);
      return ok(list, { count: list.length });
    },
  },
];

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 24);
}

function uuidFrom(s: string): string {
  const h = createHash('sha256').update(`vault:${s}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
