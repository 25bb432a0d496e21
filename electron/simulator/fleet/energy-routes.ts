// Main process (plain Node). Energy site reads and writes (reference section 4). Writes change the stored
// site_info, so a later site_info read returns exactly what was written (after the reserve cap), and
// reach the Powerwall model after its response delay. A setting the site marks not editable
// (edit_setting_* false, installer-locked) is accepted but left unchanged, as the cloud ignores it (inferred).
import { z } from 'zod';
import { FLEET_PATHS } from '@shared/tesla/endpoints';
import { EXPORT_RULES, OPERATION_MODES } from '@shared/tesla/fleet-responses';
import { isoInZone } from '../powerwall-model';
import type { SiteState } from '../sim-state';
import { settingsOf } from '../sim-state';
import { scheduleFromTariff, tariffV1FromV2 } from '../tariff-schedule';
import { backupHistory, energyHistory, historyWindow, HISTORY_PERIODS, type HistoryPeriod } from './energy-history';
import { fail, NO_TARIFF_FOR_AUTONOMOUS, ok } from '../tesla-errors';
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
function write<S extends z.ZodType>(
  schema: S,
  apply: (site: SiteState, body: z.infer<S>, now: number) => void,
  answer: unknown,
) {
  return withSite((site, req, ctx) => {
    const parsed = schema.safeParse(jsonBody(req));
    if (!parsed.success)
      return fail(
        400,
        'invalid_field',
        parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
      );
    if (!site.model.spec.hasBattery) return fail(400, 'invalid_command', 'this energy site has no battery');
    apply(site, parsed.data, ctx.now);
    site.model.applySettings(settingsOf(site.siteInfo), ctx.now);
    site.settingsLog.push({ at: ctx.now, settings: settingsOf(site.siteInfo) });
    return ok(answer);
  });
}

const setOperation = write(
  z.object({ default_real_mode: z.enum(OPERATION_MODES) }),
  (site, b) => {
    site.siteInfo.default_real_mode = b.default_real_mode;
  },
  UPDATED,
);

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
    // Tesla writes the site's own offset (installation_time_zone), as in the public capture.
    timestamp: isoInZone(now, site.model.spec.timeZone),
    // One entry per Wall Connector the site has; an empty list when it has none.
    wall_connectors: wallConnectorsOf(site).map((w) => ({
      din: w.din,
      wall_connector_state: 2,
      wall_connector_fault_state: 2,
      wall_connector_power: 0,
    })),
  };
  return out;
}

/**
 * The site's products entry as of `now`: its battery figures follow the Powerwall model (as live_status
 * does), and its components list the site's Wall Connectors, if any (device_id, din, is_active).
 */
export function liveProductOf(site: SiteState, now: number): Json {
  const p: Json = { ...site.product };
  if (site.model.spec.hasBattery && !site.pinnedLiveStatus) {
    const snap = site.model.snapshot(now);
    const pack = typeof p.total_pack_energy === 'number' ? p.total_pack_energy : site.model.spec.energyWh;
    Object.assign(p, {
      percentage_charged: snap.soc,
      battery_power: snap.batteryPowerW,
      energy_left: Math.round(((pack * snap.soc) / 100) * 100) / 100,
    });
  }
  // Captured products entries list Wall Connectors only for sites that have some.
  const comps = obj(p.components);
  const wallConnectors = wallConnectorsOf(site);
  if (Object.keys(comps).length && comps.wall_connectors === undefined && wallConnectors.length) {
    p.components = {
      ...comps,
      wall_connectors: wallConnectors.map((w) => ({
        device_id: w.device_id,
        din: w.din,
        is_active: w.is_active ?? true,
      })),
    };
  }
  return p;
}

/** components.wall_connectors of site_info (Tesla lists `device_id`, `din`, `part_name`, `is_active`). */
export function wallConnectorsOf(site: SiteState): Json[] {
  const list = obj(site.siteInfo.components).wall_connectors;
  return Array.isArray(list) ? list.map(obj) : [];
}

/** Time-Based Control needs a utility rate plan: site_info's tariff_content_v2 or a tou_settings schedule. */
function hasTariff(site: SiteState): boolean {
  const v2 = site.siteInfo.tariff_content_v2;
  const schedule = obj(site.siteInfo.tou_settings).schedule;
  return (
    (v2 !== undefined && v2 !== null && Object.keys(obj(v2)).length > 0) ||
    (Array.isArray(schedule) && schedule.length > 0)
  );
}

const HistoryQuery = z.object({
  kind: z.enum(['energy', 'backup']),
  period: z.enum(HISTORY_PERIODS as [HistoryPeriod, ...HistoryPeriod[]]).default('day'),
  start_date: z.iso.datetime({ offset: true }).optional(),
  end_date: z.iso.datetime({ offset: true }).optional(),
  time_zone: z.string().min(1).optional(),
});

/** The longest start_date..end_date span per period (inferred limits; Tesla's own are not documented). */
const MAX_SPAN_DAYS: Record<HistoryPeriod, number> = { day: 7, week: 31, month: 366, year: 1830 };

function calendarHistory(site: SiteState, req: SimRequest, ctx: FleetContext): SimResponse {
  const parsed = HistoryQuery.safeParse(Object.fromEntries(req.query));
  if (!parsed.success)
    return fail(
      400,
      'invalid_field',
      parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '),
    );
  const q = parsed.data;
  const zone = q.time_zone ?? site.model.spec.timeZone;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    return fail(400, 'invalid_field', `time_zone: unknown time zone "${zone}"`);
  }
  const end = q.end_date ? Date.parse(q.end_date) : ctx.now;
  const start = q.start_date ? Date.parse(q.start_date) : undefined;
  if (start !== undefined && start >= end) return fail(400, 'invalid_field', 'start_date must be before end_date');
  // A bounded window: the series is computed on request, and a hostile span must not stall the simulator.
  if (q.kind === 'energy' && start !== undefined && end - start > MAX_SPAN_DAYS[q.period] * 86_400_000) {
    return fail(
      400,
      'invalid_field',
      `start_date to end_date may span at most ${MAX_SPAN_DAYS[q.period]} days for period=${q.period}`,
    );
  }
  const window = historyWindow(q.period, end, zone, start);
  if (q.kind === 'backup') return ok(backupHistory(site, q.start_date || q.end_date ? window : null, ctx.now));
  return ok(energyHistory(site, window, ctx.now));
}

export const energyRoutes: FleetRoute[] = [
  {
    method: 'GET',
    pattern: FLEET_PATHS.calendarHistory,
    billing: 'data',
    anyScope: READ,
    device: paramDevice,
    handler: withSite(calendarHistory),
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.offGridVehicleChargingReserve,
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: withSite((site, req) => {
      const parsed = z
        .object({ off_grid_vehicle_charging_reserve_percent: z.number().int().min(0).max(100) })
        .safeParse(jsonBody(req));
      if (!parsed.success)
        return fail(400, 'invalid_field', 'off_grid_vehicle_charging_reserve_percent must be a whole number 0-100');
      // site_info advertises support in components.off_grid_vehicle_charging_reserve_supported.
      if (obj(site.siteInfo.components).off_grid_vehicle_charging_reserve_supported !== true)
        return fail(400, 'invalid_command', 'off-grid vehicle charging reserve is not supported on this site');
      site.siteInfo.off_grid_vehicle_charging_reserve_percent = parsed.data.off_grid_vehicle_charging_reserve_percent;
      return ok(UPDATED);
    }),
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.siteInfo,
    billing: 'data',
    anyScope: READ,
    device: paramDevice,
    handler: withSite((site) => ok(site.siteInfo)),
  },
  {
    method: 'GET',
    pattern: FLEET_PATHS.liveStatus,
    billing: 'data',
    anyScope: READ,
    device: paramDevice,
    handler: withSite((site, _req, ctx) => ok(liveStatusOf(site, ctx.now))),
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.gridImportExport,
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(
      z
        .object({
          customer_preferred_export_rule: z.enum(EXPORT_RULES).optional(),
          disallow_charge_from_grid_with_solar_installed: z.boolean().optional(),
        })
        .refine(
          (b) =>
            b.customer_preferred_export_rule !== undefined ||
            b.disallow_charge_from_grid_with_solar_installed !== undefined,
          {
            message: 'give customer_preferred_export_rule or disallow_charge_from_grid_with_solar_installed',
          },
        ),
      (site, b) => {
        const c = obj(site.siteInfo.components);
        if (b.customer_preferred_export_rule !== undefined && editable(site, 'edit_setting_energy_exports'))
          c.customer_preferred_export_rule = b.customer_preferred_export_rule;
        if (
          b.disallow_charge_from_grid_with_solar_installed !== undefined &&
          editable(site, 'edit_setting_grid_charging')
        )
          c.disallow_charge_from_grid_with_solar_installed = b.disallow_charge_from_grid_with_solar_installed;
        site.siteInfo.components = c;
      },
      '',
    ),
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.backup,
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
    pattern: FLEET_PATHS.operation,
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: withSite((site, req, ctx) => {
      // Time-Based Control without a rate plan: Tesla answers 410 (reported by users since 2026).
      if (jsonBody(req)?.default_real_mode === 'autonomous' && site.model.spec.hasBattery && !hasTariff(site))
        return fail(410, NO_TARIFF_FOR_AUTONOMOUS);
      return setOperation(req, ctx);
    }),
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.stormMode,
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(
      z.object({ enabled: z.boolean() }),
      (site, b) => {
        site.siteInfo.user_settings = { ...obj(site.siteInfo.user_settings), storm_mode_enabled: b.enabled };
      },
      UPDATED,
    ),
  },
  {
    method: 'POST',
    pattern: FLEET_PATHS.timeOfUseSettings,
    billing: 'command',
    anyScope: WRITE,
    device: paramDevice,
    handler: write(
      z.object({ tou_settings: z.object({ tariff_content_v2: z.record(z.string(), z.unknown()) }) }),
      (site, b, now) => {
        site.siteInfo.tariff_content_v2 = b.tou_settings.tariff_content_v2;
        // Both tariff fields describe one rate plan: the older tariff_content follows the new one.
        if (site.siteInfo.tariff_content !== undefined)
          site.siteInfo.tariff_content = tariffV1FromV2(b.tou_settings.tariff_content_v2);
        // A tariff in Tesla's shape becomes the schedule the Powerwall follows (its peaks are when exporting pays).
        const schedule = scheduleFromTariff(b.tou_settings.tariff_content_v2, new Date(now).getUTCMonth() + 1);
        if (schedule) site.model.setSchedule(schedule, now);
      },
      UPDATED,
    ),
  },
];
