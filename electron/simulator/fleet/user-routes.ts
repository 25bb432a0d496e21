// Main process (plain Node). /api/1/users/*, /api/1/products and /api/1/vehicles (listing).
// Scope mapping (README): users/* need user_data; products needs vehicle_device_data or
// energy_device_data and lists only the kinds the grant covers (inferred); vehicles needs vehicle_device_data.
import { createHash } from 'node:crypto';
import { FLEET_PATHS } from '@shared/tesla/endpoints';
import { ok } from '../tesla-errors';
import { liveProductOf } from './energy-routes';
import { vehicleStateNow } from '../sim-state';
import { accountDevice, type FleetContext, type FleetRoute, type PublicRoute } from './fleet-route';

function vehicleEntries(ctx: FleetContext): Record<string, unknown>[] {
  return ctx.world.vehicles.map((v) => {
    vehicleStateNow(v, ctx.now);
    return v.product;
  });
}

/** GET /status: the Fleet API's health check, plain text "ok", no token needed. */
export const statusRoute: PublicRoute = {
  method: 'GET',
  pattern: FLEET_PATHS.status,
  handler: () => ({ status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'ok' }),
};

export const userRoutes: FleetRoute[] = [
  {
    method: 'GET',
    pattern: FLEET_PATHS.region,
    billing: 'data',
    anyScope: ['user_data'],
    device: accountDevice,
    handler: (_req, ctx) =>
      ok({ region: ctx.account.region.toLowerCase(), fleet_api_base_url: ctx.regionBaseUrls[ctx.account.region] }),
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.me,
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
    // Which account features the app may use (signaling for streaming); the sample's shape, inferred values.
    method: 'GET',
    pattern: FLEET_PATHS.featureConfig,
    billing: 'data',
    anyScope: ['user_data'],
    device: accountDevice,
    handler: () => ok({ signaling: { enabled: true, subscribe_connectivity: false, use_auth_token: false } }),
  },
  {
    // Orders of cars not yet delivered: none by default, or the scenario's.
    method: 'GET',
    pattern: FLEET_PATHS.orders,
    billing: 'data',
    anyScope: ['user_data'],
    device: accountDevice,
    handler: (_req, ctx) => {
      const list = ctx.account.orders ?? [];
      return ok(list, { count: list.length });
    },
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.products,
    billing: 'data',
    anyScope: ['vehicle_device_data', 'energy_device_data'],
    device: accountDevice,
    handler: (_req, ctx) => {
      const scp = new Set(ctx.claims.scp);
      const list = [
        ...(scp.has('vehicle_device_data') ? vehicleEntries(ctx) : []),
        ...(scp.has('energy_device_data') ? [...ctx.world.sites.values()].map((s) => liveProductOf(s, ctx.now)) : []),
      ];
      return ok(list, { count: list.length });
    },
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.vehicles,
    billing: 'data',
    anyScope: ['vehicle_device_data'],
    device: accountDevice,
    handler: (req, ctx) => {
      // Tesla pages this list (`page` from 1, `per_page`) and says where it is in `pagination`; the default
      // and maximum page size (100) are inferred.
      const all = vehicleEntries(ctx);
      const perPage = Math.min(100, Math.max(1, Number.parseInt(req.query.get('per_page') ?? '100', 10) || 100));
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      const page = Math.min(pages, Math.max(1, Number.parseInt(req.query.get('page') ?? '1', 10) || 1));
      const list = all.slice((page - 1) * perPage, page * perPage);
      return ok(list, {
        pagination: {
          previous: page > 1 ? page - 1 : null,
          next: page < pages ? page + 1 : null,
          current: page,
          per_page: perPage,
          count: all.length,
          pages,
        },
        count: all.length,
      });
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
