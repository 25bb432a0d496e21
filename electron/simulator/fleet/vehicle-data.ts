// Main process (plain Node). GET vehicles/{id}/vehicle_data: the car's entry plus the sections asked for
// in `endpoints` (semicolon separated). Location is Tesla's most guarded data: `drive_state` and every
// location field are left out unless the grant has `vehicle_location` (enforced since 2025), and the
// coordinates come only with `location_data` (firmware 2023.38 and newer). Section keys follow the
// public captures (Home Assistant's tesla_fleet vehicle_data fixture); the values are the simulator's.
import type { VehicleState } from '../sim-state';

type Json = Record<string, unknown>;

export const VEHICLE_DATA_ENDPOINTS = [
  'charge_state',
  'climate_state',
  'closures_state',
  'drive_state',
  'gui_settings',
  'location_data',
  'vehicle_config',
  'vehicle_state',
  'vehicle_data_combo',
] as const;
type Endpoint = (typeof VEHICLE_DATA_ENDPOINTS)[number];

/** What Tesla answers when `endpoints` is absent (no location: that needs location_data). */
const DEFAULT_SECTIONS: Endpoint[] = [
  'charge_state',
  'climate_state',
  'drive_state',
  'gui_settings',
  'vehicle_config',
  'vehicle_state',
];
/** Fields of drive_state that say where the car is (or is going). */
export const LOCATION_FIELDS = [
  'latitude',
  'longitude',
  'native_latitude',
  'native_longitude',
  'native_location_supported',
  'native_type',
  'heading',
  'gps_as_of',
  'active_route_destination',
  'active_route_latitude',
  'active_route_longitude',
  'active_route_miles_to_arrival',
  'active_route_minutes_to_arrival',
  'active_route_traffic_minutes_delay',
] as const;

/** The requested sections (unknown names are ignored, as an old car ignores a newer section). */
export function parseEndpoints(param: string | null): Set<Endpoint> {
  if (param === null || param.trim() === '') return new Set(DEFAULT_SECTIONS);
  const wanted = param.split(/[;,]/).map((s) => s.trim());
  const set = new Set(VEHICLE_DATA_ENDPOINTS.filter((e) => wanted.includes(e)));
  if (set.has('vehicle_data_combo')) for (const s of DEFAULT_SECTIONS) set.add(s);
  return set;
}

function sections(
  v: VehicleState,
  now: number,
): Record<Exclude<Endpoint, 'location_data' | 'vehicle_data_combo'>, Json> {
  const ts = now;
  const model = String(v.product.vin).charAt(3);
  const carType = model === 'S' ? 'models2' : model === 'X' ? 'modelx' : model === 'Y' ? 'modely' : 'model3';
  return {
    charge_state: {
      battery_level: 71,
      usable_battery_level: 70,
      battery_range: 221.4,
      est_battery_range: 198.2,
      ideal_battery_range: 221.4,
      charge_limit_soc: 80,
      charge_limit_soc_min: 50,
      charge_limit_soc_max: 100,
      charge_limit_soc_std: 80,
      charging_state: 'Disconnected',
      charge_port_door_open: false,
      charge_port_latch: 'Engaged',
      charge_amps: 32,
      charge_current_request: 32,
      charge_current_request_max: 32,
      charger_power: 0,
      charger_voltage: 0,
      charger_actual_current: 0,
      charge_energy_added: 0,
      conn_charge_cable: '<invalid>',
      fast_charger_present: false,
      minutes_to_full_charge: 0,
      time_to_full_charge: 0,
      scheduled_charging_mode: 'Off',
      scheduled_charging_pending: false,
      off_peak_charging_enabled: false,
      timestamp: ts,
    },
    climate_state: {
      inside_temp: 21.5,
      outside_temp: 17,
      driver_temp_setting: 21,
      passenger_temp_setting: 21,
      is_climate_on: false,
      is_auto_conditioning_on: false,
      is_preconditioning: false,
      cabin_overheat_protection: 'On',
      climate_keeper_mode: 'off',
      fan_status: 0,
      seat_heater_left: 0,
      seat_heater_right: 0,
      min_avail_temp: 15,
      max_avail_temp: 28,
      timestamp: ts,
    },
    closures_state: {
      df: 0,
      dr: 0,
      pf: 0,
      pr: 0,
      ft: 0,
      rt: 0,
      fd_window: 0,
      fp_window: 0,
      rd_window: 0,
      rp_window: 0,
      locked: true,
      timestamp: ts,
    },
    drive_state: {
      power: 0,
      shift_state: null,
      speed: null,
      timestamp: ts,
      // Only with location_data (and vehicle_location granted): see vehicleDataResponse.
      latitude: 37.4419,
      longitude: -122.143,
      native_latitude: 37.4419,
      native_longitude: -122.143,
      native_location_supported: 1,
      native_type: 'wgs',
      heading: 182,
      gps_as_of: Math.floor(ts / 1000),
    },
    gui_settings: {
      gui_24_hour_time: false,
      gui_charge_rate_units: 'kW',
      gui_distance_units: 'mi/hr',
      gui_range_display: 'Rated',
      gui_temperature_units: 'F',
      gui_tirepressure_units: 'Psi',
      show_range_units: false,
      timestamp: ts,
    },
    vehicle_config: (v.product.vehicle_config as Json | undefined) ?? {
      car_type: carType,
      charge_port_type: 'US',
      eu_vehicle: false,
      exterior_color: 'DeepBlue',
      has_air_suspension: carType !== 'model3',
      key_version: 2,
      motorized_charge_port: true,
      rhd: false,
      trim_badging: '74d',
      utc_offset: -25200,
      timestamp: ts,
    },
    vehicle_state: {
      api_version: v.product.api_version ?? 80,
      car_version: `${String(v.vehicleInfo?.firmware_version ?? '2024.38.6')} 0a1b2c3d4e5f`,
      locked: true,
      odometer: 18234.5,
      sentry_mode: false,
      sentry_mode_available: true,
      is_user_present: false,
      vehicle_name: v.product.display_name ?? null,
      software_update: { status: '', version: ' ', download_perc: 0, install_perc: 1, expected_duration_sec: 2700 },
      timestamp: ts,
    },
  };
}

/** The vehicle_data `response`: the products entry, the asked sections, minus what the grant keeps private. */
export function vehicleDataResponse(
  v: VehicleState,
  endpointsParam: string | null,
  scopes: readonly string[],
  now: number,
): Json {
  const wanted = parseEndpoints(endpointsParam);
  const locationGranted = scopes.includes('vehicle_location');
  const { vehicle_config: _config, ...entry } = v.product;
  const base: Json = { ...entry };
  const all = v.vehicleData ? { ...sections(v, now), ...(v.vehicleData as Record<string, Json>) } : sections(v, now);
  for (const name of [
    'charge_state',
    'climate_state',
    'closures_state',
    'gui_settings',
    'vehicle_config',
    'vehicle_state',
  ] as const) {
    if (wanted.has(name) && all[name]) base[name] = all[name];
  }
  if (locationGranted && (wanted.has('drive_state') || wanted.has('location_data')) && all.drive_state) {
    const drive = { ...all.drive_state };
    if (!wanted.has('location_data')) for (const f of LOCATION_FIELDS) delete drive[f];
    base.drive_state = drive;
  }
  return base;
}
