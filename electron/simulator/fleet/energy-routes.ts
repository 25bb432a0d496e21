// Main process (plain Node). Energy site reads and writes (reference section 4). Writes change the stored
// site_info, so a later site_info read returns exactly what was written (after the reserve cap), and
// reach the Powerwall model after its response delay. A setting the site marks not editable
// (edit_setting_* false, installer-locked) is accepted but left unchanged, as the cloud ignores it (inferred).
import { z } from 'zod';
import type { SiteState } from '../sim-state';
import { settingsOf } from '../sim-state';
import { scheduleFromTariff } from '../tariff-schedule';
import { fail, ok } from '../tesla-errors';
import { jsonBody, paramDevice, type FleetContext, type FleetRoute } from './fleet-route';
import type { SimRequest, SimResponse } from '../sim-types';

const READ = ['energy_device_data'] as const;
const WRITE = ['energy_cmds'] as const;
const UPDATED = { code: 201, message: 'Updated' };

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

function withSite(fn: (site: SiteState, req: SimRequest, ctx: FleetContext) => SimResponse) {
  return (req: SimRequest, ctx: FleetContext): SimResponse => {
    const site = ctx.world.sites.get(Number(req.params.id));
    if (!site || !/^\d+$/.test(req.params.id ?? '')) return fail(404, 'not_found', 'energy site not found');
    return fn(site, req, ctx);
  };
}

/** Validates a write's body, applies it to site_info and tells the model. */
function write<S extends z.ZodType>(schema: S, apply: (site: SiteState, body: z.infer<S>, now: number) => void, answer: unknown) {
  return withSite((site, req, ctx) => {
    const parsed = schema.safeParse(jsonBody(req));
    if (!parsed.success) return fail(400, 'invalid_field', parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
    if (!site.model.spec.hasBattery) return fail(400, 'invalid_command', 'this energy site has no battery');
    apply(site, parsed.data, ctx.now);
    site.model.applySettings(settingsOf(site.siteInfo), ctx.now);
    return ok(answer);
  });
}

const editable = (site: SiteState, key: string) => obj(site.siteInfo.components)[key] !== false;

export function liveStatusOf(site: SiteState, now: number): Json {
  if (site.pinnedLiveStatus) return site.pinnedLiveStatus;
  const snap = site.model.snapshot(now);
  const offGrid = snap.events.islandStatus !== 'on_grid';
  const storm = snap.events.stormWatchActive && snap.effective.stormModeEnabled;
  const out: Json = {
    solar_power: snap.solarPowerW,
    percentage_charged: site.model.spec.hasBattery ? snap.soc : 0,
    backup_capable: site.model.spec.hasBattery,
    battery_power: snap.batteryPowerW,
    load_power: snap.loadPowerW,
    grid_status: offGrid ? 'Inactive' : 'Active',
    grid_services_active: snap.events.gridServicesActive,
    grid_power: snap.gridPowerW,
    grid_services_power: snap.events.gridServicesActive ? snap.batteryPowerW : 0,
    generator_power: 0,
    island_status: snap.events.islandStatus,
    storm_mode_active: storm,
    timestamp: new Date(now).toISOString().replace(/\.\d{3}Z$/, '+00:00'),
  };
  return out;
}

export const energyRoutes: FleetRoute[] = [
  {
    method: 'GET',
    pattern: '/api/1/energy_sites/:id/site_info',
    billing: 'data',
    anyScope: READ,
    device: paramDevice,
    handler: withSite((site) => ok(site.siteInfo)),
  },
  {
    method: 'GET',
    pattern: '/api/1/energy_sites/:id/live_status',
    billing: 'data',
    anyScope: READ,
    device: paramDevice,
    handler: withSite((site, _req, ctx) => ok(liveStatusOf(site, ctx.now))),
  },
  {
    method: 'POST',
    pattern: '/api/1/energy_sites/:id/grid_import_export',
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(
      z
        .object({
          customer_preferred_export_rule: z.enum(['battery_ok', 'pv_only', 'never']).optional(),
          disallow_charge_from_grid_with_solar_installed: z.boolean().optional(),
        })
        .refine((b) => b.customer_preferred_export_rule !== undefined || b.disallow_charge_from_grid_with_solar_installed !== undefined, {
          message: 'give customer_preferred_export_rule or disallow_charge_from_grid_with_solar_installed',
        }),
      (site, b) => {
        const c = obj(site.siteInfo.components);
        if (b.customer_preferred_export_rule !== undefined && editable(site, 'edit_setting_energy_exports')) c.customer_preferred_export_rule = b.customer_preferred_export_rule;
        if (b.disallow_charge_from_grid_with_solar_installed !== undefined && editable(site, 'edit_setting_grid_charging'))
          c.disallow_charge_from_grid_with_solar_installed = b.disallow_charge_from_grid_with_solar_installed;
        site.siteInfo.components = c;
      },
      '',
    ),
  },
  {
    method: 'POST',
    pattern: '/api/1/energy_sites/:id/backup',
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(
      z.object({ backup_reserve_percent: z.number().int().min(0).max(100) }),
      (site, b) => {
        // Newer firmware: the cloud snaps 81-99 to 80.
        const v = b.backup_reserve_percent;
        site.siteInfo.backup_reserve_percent = site.reserveCap80 && v > 80 && v < 100 ? 80 : v;
      },
      UPDATED,
    ),
  },
  {
    method: 'POST',
    pattern: '/api/1/energy_sites/:id/operation',
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(z.object({ default_real_mode: z.enum(['self_consumption', 'autonomous', 'backup']) }), (site, b) => {
      site.siteInfo.default_real_mode = b.default_real_mode;
    }, UPDATED),
  },
  {
    method: 'POST',
    pattern: '/api/1/energy_sites/:id/storm_mode',
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(z.object({ enabled: z.boolean() }), (site, b) => {
      site.siteInfo.user_settings = { ...obj(site.siteInfo.user_settings), storm_mode_enabled: b.enabled };
    }, UPDATED),
  },
  {
    method: 'POST',
    pattern: '/api/1/energy_sites/:id/time_of_use_settings',
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(z.object({ tou_settings: z.object({ tariff_content_v2: z.record(z.string(), z.unknown()) }) }), (site, b, now) => {
      site.siteInfo.tariff_content_v2 = b.tou_settings.tariff_content_v2;
      // A tariff in Tesla's shape becomes the schedule the Powerwall follows (its peaks are when exporting pays).
      const schedule = scheduleFromTariff(b.tou_settings.tariff_content_v2, new Date(now).getUTCMonth() + 1);
      if (schedule) site.model.setSchedule(schedule, now);
    }, UPDATED),
  },
];
