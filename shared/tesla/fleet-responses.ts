// Runs anywhere. Tolerant zod shapes of the Fleet API bodies the doctor reads (reference sections 3-6).
// Unknown fields pass through untouched (raw bodies go into reports as received); the fields read here are
// all optional, because Tesla omits many of them (a VPP site has no export rule, a bare site no battery).
// Tesla's `{response, error, error_description}` body itself: error-body.ts.
import { z } from 'zod';

const optBool = z.boolean().nullish();
const optNum = z.number().nullish();
const optStr = z.string().nullish();

export const RegionResponseSchema = z.looseObject({ region: z.string(), fleet_api_base_url: z.string() });
export type RegionResponse = z.infer<typeof RegionResponseSchema>;

export const MeResponseSchema = z.looseObject({ email: optStr, full_name: optStr });
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const VehicleEntrySchema = z.looseObject({
  id: z.union([z.number(), z.string()]).nullish(),
  id_s: optStr,
  vin: z.string(),
  display_name: optStr,
  state: optStr,
  access_type: optStr,
  command_signing: optStr,
});
export type VehicleEntry = z.infer<typeof VehicleEntrySchema>;

export const EnergySiteEntrySchema = z.looseObject({
  energy_site_id: z.union([z.number(), z.string()]),
  resource_type: optStr,
  site_name: optStr,
  gateway_id: optStr,
  components: z.looseObject({ battery: optBool, solar: optBool, grid: optBool }).nullish(),
});
export type EnergySiteEntry = z.infer<typeof EnergySiteEntrySchema>;

/** One products entry: a vehicle (has `vin`), an energy site (has `energy_site_id`) or something else. */
export const ProductEntrySchema = z.looseObject({});
export const ProductsResponseSchema = z.array(ProductEntrySchema);
export type ProductsResponse = z.infer<typeof ProductsResponseSchema>;

export const VehiclesResponseSchema = z.array(z.looseObject({ vin: z.string() }));
export type VehiclesResponse = z.infer<typeof VehiclesResponseSchema>;

export const VehicleInfoSchema = z.looseObject({
  firmware_version: optStr,
  vehicle_command_protocol_required: optBool,
  discounted_device_data: optBool,
  fleet_telemetry_version: optStr,
  total_number_of_keys: optNum,
  /** Newer Model S/X only. */
  safety_screen_streaming_toggle_enabled: optBool,
});
export type VehicleInfo = z.infer<typeof VehicleInfoSchema>;

export const FleetStatusResponseSchema = z.looseObject({
  key_paired_vins: z.array(z.string()).nullish(),
  unpaired_vins: z.array(z.string()).nullish(),
  vehicle_info: z.record(z.string(), VehicleInfoSchema).nullish(),
});
export type FleetStatusResponse = z.infer<typeof FleetStatusResponseSchema>;

export const SiteComponentsSchema = z.looseObject({
  battery: optBool,
  solar: optBool,
  grid: optBool,
  backup: optBool,
  configurable: optBool,
  grid_services_enabled: optBool,
  storm_mode_capable: optBool,
  customer_preferred_export_rule: optStr,
  non_export_configured: optBool,
  disallow_charge_from_grid_with_solar_installed: optBool,
  edit_setting_permission_to_export: optBool,
  edit_setting_energy_exports: optBool,
  edit_setting_grid_charging: optBool,
});

export const SiteInfoResponseSchema = z.looseObject({
  site_name: optStr,
  backup_reserve_percent: optNum,
  default_real_mode: optStr,
  battery_count: optNum,
  version: optStr,
  components: SiteComponentsSchema.nullish(),
  user_settings: z.looseObject({ storm_mode_enabled: optBool }).nullish(),
});
export type SiteInfoResponse = z.infer<typeof SiteInfoResponseSchema>;

export const LiveStatusResponseSchema = z.looseObject({
  solar_power: optNum,
  battery_power: optNum,
  grid_power: optNum,
  load_power: optNum,
  percentage_charged: optNum,
  grid_status: optStr,
  island_status: optStr,
  storm_mode_active: optBool,
  grid_services_active: optBool,
  timestamp: optStr,
});
export type LiveStatusResponse = z.infer<typeof LiveStatusResponseSchema>;

/** Writes answer `{"response":""}` (grid_import_export) or `{"response":{"code":201,"message":"Updated"}}`. */
export const CommandResponseSchema = z.union([z.string(), z.looseObject({ code: optNum, message: optStr })]).nullish();
export type CommandResponse = z.infer<typeof CommandResponseSchema>;

export const WakeResponseSchema = z.looseObject({ state: optStr });
export type WakeResponse = z.infer<typeof WakeResponseSchema>;

/** Energy Exports in site_info and grid_import_export: "Solar", "Everything", none (reference section 4). */
export const EXPORT_RULES = ['pv_only', 'battery_ok', 'never'] as const;
export type ExportRule = (typeof EXPORT_RULES)[number];
/** Operation modes (`default_real_mode`): Self-Powered, Time-Based Control, Backup only. */
export const OPERATION_MODES = ['self_consumption', 'autonomous', 'backup'] as const;
export type OperationMode = (typeof OPERATION_MODES)[number];
