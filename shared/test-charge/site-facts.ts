// Runs anywhere. Reads the few facts a test charge needs out of Tesla's raw site_info and live_status
// bodies. Both are validated loosely (unknown fields pass, every field optional) because Tesla omits
// fields freely; a missing value stays `undefined` ("not reported"), never a guess.
import { z } from 'zod';

const num = z.number().finite();

const BatterySchema = z
  .object({ nameplate_max_charge_power: num.optional(), nameplate_max_discharge_power: num.optional() })
  .loose();

export const RawSiteInfoSchema = z
  .object({
    backup_reserve_percent: num.optional(),
    default_real_mode: z.string().optional(),
    nameplate_power: num.optional(),
    battery_count: num.optional(),
    user_settings: z.object({ storm_mode_enabled: z.boolean().optional() }).loose().optional(),
    components: z
      .object({
        battery: z.boolean().optional(),
        grid: z.boolean().optional(),
        configurable: z.boolean().optional(),
        non_export_configured: z.boolean().optional(),
        customer_preferred_export_rule: z.string().optional(),
        disallow_charge_from_grid_with_solar_installed: z.boolean().optional(),
        edit_setting_energy_exports: z.boolean().optional(),
        edit_setting_grid_charging: z.boolean().optional(),
        batteries: z.array(BatterySchema).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type RawSiteInfo = z.infer<typeof RawSiteInfoSchema>;

export const RawLiveStatusSchema = z
  .object({
    battery_power: num.nullable().optional(),
    grid_power: num.nullable().optional(),
    solar_power: num.nullable().optional(),
    load_power: num.nullable().optional(),
    percentage_charged: num.nullable().optional(),
    grid_status: z.string().optional(),
    island_status: z.string().optional(),
    storm_mode_active: z.boolean().optional(),
    grid_services_active: z.boolean().optional(),
    timestamp: z.string().optional(),
  })
  .loose();
export type RawLiveStatus = z.infer<typeof RawLiveStatusSchema>;

/** Parses a raw site_info `response`; throws a readable error when it is not an object of the right shape. */
export function parseSiteInfo(raw: unknown): RawSiteInfo {
  const parsed = RawSiteInfoSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`site_info has an unexpected shape (${parsed.error.issues[0]?.path.join('.') ?? 'body'})`);
  return parsed.data;
}

export function parseLiveStatus(raw: unknown): RawLiveStatus {
  const parsed = RawLiveStatusSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`live_status has an unexpected shape (${parsed.error.issues[0]?.path.join('.') ?? 'body'})`);
  return parsed.data;
}

/**
 * The battery's rated power in watts for one direction: the sum of the batteries' nameplate figures, else
 * the site's nameplate_power, else undefined (the verdict then uses a conservative fixed threshold).
 */
export function nameplatePowerW(site: RawSiteInfo, direction: 'charge' | 'discharge'): number | undefined {
  const key = direction === 'charge' ? 'nameplate_max_charge_power' : 'nameplate_max_discharge_power';
  const batteries = site.components?.batteries ?? [];
  const sum = batteries.reduce((acc, b) => acc + (b[key] ?? 0), 0);
  if (sum > 0) return sum;
  return site.nameplate_power && site.nameplate_power > 0 ? site.nameplate_power : undefined;
}

export function isOffGrid(live: RawLiveStatus): boolean {
  if (live.grid_status === 'Inactive') return true;
  return typeof live.island_status === 'string' && live.island_status.startsWith('off_grid');
}

export function isGridEvent(live: RawLiveStatus): boolean {
  return live.storm_mode_active === true || live.grid_services_active === true;
}
