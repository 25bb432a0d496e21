// Writes the named scenario catalogue (the *.json files next to this script) from one healthy base, so
// every variant differs from "healthy" only where its name says. Run after changing it:
//   npx tsx electron/simulator/scenarios/generate-catalogue.ts
// The JSON files are what ships; catalogue.ts imports them (so bundles carry them). This script is their
// one source of truth: test/unit/electron/simulator/scenarios/generate-catalogue.test.ts fails when a
// committed file differs from what it generates (edit here, never the JSON by hand).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ScenarioSchema, type ScenarioInput } from '../scenario-schema';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const here = path.dirname(fileURLToPath(import.meta.url));
const ALL_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_location',
  'vehicle_cmds',
  'vehicle_charging_cmds',
  'energy_device_data',
  'energy_cmds',
];

function siteProduct(n: number, name: string, opts: { battery?: boolean; soc?: number } = {}): Json {
  const battery = opts.battery ?? true;
  const id = 2_252_180_000_000 + n * 7919;
  const ste = `STE2023${String(1015 + n).padStart(4, '0')}-${String(100 + n).padStart(5, '0')}`;
  const soc = opts.soc ?? 64.2;
  return {
    energy_site_id: id,
    resource_type: battery ? 'battery' : 'solar',
    site_name: name,
    id: ste,
    gateway_id: `1232100-00-J--TG12${String(3000000 + n * 37).padStart(10, '0')}`,
    asset_site_id: `7d1c${String(n).padStart(4, '0')}-5e2a-4b8f-9c31-0a6d2f4e8b${String(10 + (n % 90)).padStart(2, '0')}`,
    warp_site_number: ste,
    ...(battery
      ? {
          energy_left: Math.round(27000 * (soc / 100) * 100) / 100,
          total_pack_energy: 27000,
          percentage_charged: soc,
          battery_type: 'ac_powerwall',
          backup_capable: true,
          battery_power: -420,
        }
      : {}),
    go_off_grid_test_banner_enabled: null,
    storm_mode_enabled: battery,
    powerwall_onboarding_settings_set: true,
    powerwall_tesla_electric_interested_in: null,
    vpp_tour_enabled: null,
    sync_grid_alert_enabled: true,
    breaker_alert_enabled: false,
    components: battery
      ? {
          battery: true,
          battery_type: 'ac_powerwall',
          solar: true,
          solar_type: 'pv_panel',
          grid: true,
          load_meter: true,
          market_type: 'residential',
        }
      : {
          battery: false,
          solar: true,
          solar_type: 'pv_panel',
          grid: true,
          load_meter: true,
          market_type: 'residential',
        },
    features: { rate_plan_manager_no_pricing_constraint: true },
  };
}

function siteInfo(product: Json, zone: string, opts: { battery?: boolean } = {}): Json {
  const battery = opts.battery ?? true;
  const n = product.energy_site_id % 1000;
  const pw = (i: number) => ({
    device_id: `b7c2e1a0-${String(n).padStart(4, '0')}-4a${i}0-8e3f-2d9b6c4a1e0${i}`,
    din: `3012170-10-B--TG12${String(1000000 + n * 10 + i).padStart(10, '0')}`,
    serial_number: `TG12${String(1000000 + n * 10 + i).padStart(10, '0')}`,
    part_number: '3012170-10-B',
    part_type: 2,
    part_name: 'Powerwall 2',
    nameplate_max_charge_power: 5000,
    nameplate_max_discharge_power: 5000,
    nameplate_energy: 13500,
  });
  return {
    id: product.id,
    site_name: product.site_name,
    backup_reserve_percent: battery ? 20 : 0,
    default_real_mode: battery ? 'self_consumption' : 'self_consumption',
    installation_date: '2023-10-15T17:42:10-07:00',
    user_settings: {
      go_off_grid_test_banner_enabled: false,
      storm_mode_enabled: battery,
      powerwall_onboarding_settings_set: true,
      powerwall_tesla_electric_interested_in: false,
      vpp_tour_enabled: false,
      sync_grid_alert_enabled: true,
      breaker_alert_enabled: false,
    },
    components: {
      solar: true,
      solar_type: 'pv_panel',
      battery,
      grid: true,
      backup: battery,
      gateway: 'teg',
      load_meter: true,
      tou_capable: battery,
      storm_mode_capable: battery,
      flex_energy_request_capable: false,
      car_charging_data_supported: false,
      off_grid_vehicle_charging_reserve_supported: battery,
      vehicle_charging_performance_view_enabled: false,
      vehicle_charging_solar_offset_view_enabled: false,
      battery_solar_offset_view_enabled: battery,
      solar_value_enabled: true,
      energy_value_header: 'Energy Value',
      energy_value_subheader: 'Estimated Value',
      energy_service_self_scheduling_enabled: true,
      show_grid_import_battery_source_cards: true,
      set_islanding_mode_enabled: battery,
      wifi_commissioning_enabled: true,
      backup_time_remaining_enabled: battery,
      ...(battery ? { battery_type: 'ac_powerwall' } : {}),
      configurable: true,
      grid_services_enabled: false,
      gateways: [
        {
          device_id: `a31f9c2e-${String(n).padStart(4, '0')}-4d1b-9a7e-5c8b0e2f6a13`,
          din: `1232100-00-J--TG12${String(3000000 + n).padStart(10, '0')}`,
          serial_number: `TG12${String(3000000 + n).padStart(10, '0')}`,
          part_number: '1232100-00-J',
          part_type: 10,
          part_name: 'Tesla Backup Gateway 2',
          is_active: true,
          site_id: product.asset_site_id,
          firmware_version: '24.36.2 46990655',
          updated_datetime: '2024-11-02T09:14:51.207Z',
        },
      ],
      ...(battery ? { batteries: [pw(1), pw(2)] } : {}),
      ...(battery
        ? { disallow_charge_from_grid_with_solar_installed: false, customer_preferred_export_rule: 'battery_ok' }
        : { customer_preferred_export_rule: 'pv_only' }),
      // Real captures list the site's Wall Connectors here (an empty list when there are none).
      wall_connectors: [],
      non_export_configured: false,
      edit_setting_permission_to_export: true,
      edit_setting_energy_exports: true,
      edit_setting_grid_charging: true,
      net_meter_mode: 'battery_ok',
      system_alerts_enabled: true,
    },
    version: '24.36.2 46990655',
    battery_count: battery ? 2 : 0,
    ...(battery
      ? {
          tou_settings: {
            optimization_strategy: 'economics',
            schedule: [
              { target: 'off_peak', week_days: [1, 0], start_seconds: 0, end_seconds: 57600 },
              { target: 'peak', week_days: [1, 0], start_seconds: 57600, end_seconds: 75600 },
              { target: 'off_peak', week_days: [1, 0], start_seconds: 75600, end_seconds: 0 },
            ],
          },
          // The rate plan behind that schedule, in Tesla's tariff_content_v2 shape (Home Assistant's
          // teslemetry site_info_multi_season capture): peak 16:00-21:00 every day, all year.
          tariff_content_v2: tariffV2(),
        }
      : {}),
    nameplate_power: battery ? 10000 : 0,
    nameplate_energy: battery ? 27000 : 0,
    installation_time_zone: zone,
    max_site_meter_power_ac: 1000000000,
    min_site_meter_power_ac: -1000000000,
    vpp_backup_reserve_percent: 0,
  };
}

function tariffV2(): Json {
  const tou = {
    PEAK: { periods: [{ fromDayOfWeek: 0, toDayOfWeek: 6, fromHour: 16, toHour: 21 }] },
    OFF_PEAK: { periods: [{ fromDayOfWeek: 0, toDayOfWeek: 6, fromHour: 21, toHour: 16 }] },
  };
  const plan = (name: string, peak: number, offPeak: number): Json => ({
    name,
    utility: 'Pacific Gas & Electric',
    daily_charges: [{ name: 'Charge' }],
    demand_charges: { ALL: { rates: { ALL: 0 } } },
    energy_charges: { ALL: { rates: { ALL: 0 } }, Summer: { rates: { PEAK: peak, OFF_PEAK: offPeak } } },
    seasons: { Summer: { fromDay: 1, toDay: 31, fromMonth: 1, toMonth: 12, tou_periods: tou } },
  });
  return {
    code: 'EV2-A',
    ...plan('EV2-A Time of Use', 0.55, 0.31),
    sell_tariff: plan('EV2-A Time of Use (export)', 0.21, 0.04),
    version: 1,
  };
}

function vehicle(n: number, name: string, opts: { state?: string; signing?: string; model?: '3' | 'S' } = {}): Json {
  const id = 3_744_000_000_000_000 + n * 104_729;
  const vin = `5YJ${opts.model ?? '3'}E1EB${String(n % 10)}PF${String(310_000 + n * 13).padStart(6, '0')}`;
  return {
    id,
    user_id: 982_451_653,
    vehicle_id: 1_492_000_000 + n * 97,
    vin,
    color: null,
    access_type: 'OWNER',
    display_name: name,
    option_codes: null,
    cached_data: null,
    granular_access: { hide_private: false },
    tokens: [`c8d1${n}a4f29b3e6d70`, `5e0b${n}7c21d9f4a813`],
    state: opts.state ?? 'online',
    in_service: false,
    id_s: String(id),
    calendar_enabled: true,
    api_version: 80,
    backseat_token: null,
    backseat_token_updated_at: null,
    ble_autopair_enrolled: false,
    // The products capture's car carries its configuration (same keys; a US car's values).
    vehicle_config: vehicleConfig(opts.model ?? '3'),
    command_signing: opts.signing ?? 'required',
    release_notes_supported: true,
  };
}

function vehicleConfig(model: '3' | 'S'): Json {
  const s = model === 'S';
  return {
    aux_park_lamps: 'NaPremium',
    badge_version: 1,
    can_accept_navigation_requests: true,
    can_actuate_trunks: true,
    car_special_type: 'base',
    car_type: s ? 'models2' : 'model3',
    charge_port_type: 'US',
    cop_user_set_temp_supported: true,
    dashcam_clip_save_supported: true,
    default_charge_to_max: false,
    driver_assist: 'TeslaAP3',
    ece_restrictions: false,
    efficiency_package: s ? 'Default' : 'M32021',
    eu_vehicle: false,
    exterior_color: 'DeepBlue',
    exterior_trim: 'Black',
    exterior_trim_override: '',
    has_air_suspension: s,
    has_ludicrous_mode: false,
    has_seat_cooling: s,
    headlamp_type: 'Premium',
    interior_trim_type: 'Black2',
    key_version: 2,
    motorized_charge_port: true,
    paint_color_override: '0,9,25,0.7,0.04',
    performance_package: 'Base',
    plg: true,
    pws: true,
    rear_drive_unit: s ? 'Large' : 'PM216MOSFET',
    rear_seat_heaters: 1,
    rear_seat_type: 0,
    rhd: false,
    roof_color: 'RoofColorGlass',
    seat_type: null,
    spoiler_type: 'None',
    sun_roof_installed: null,
    supports_qr_pairing: false,
    third_row_seats: 'None',
    timestamp: 1_730_000_000_000,
    trim_badging: s ? '100d' : '74d',
    use_range_badging: true,
    utc_offset: -25200,
    webcam_selfie_supported: true,
    webcam_supported: true,
    wheel_type: s ? 'Tempest19' : 'Pinwheel18CapKit',
  };
}

const vehicleInfo = () => ({
  firmware_version: '2024.38.6',
  vehicle_command_protocol_required: true,
  discounted_device_data: false,
  fleet_telemetry_version: '1.1.0',
  total_number_of_keys: 4,
});

function healthy(): Json {
  const product = siteProduct(1, 'Maple Street Home');
  const car = vehicle(1, 'Blue Comet');
  return {
    name: 'healthy',
    description:
      'A healthy site (two Powerwall 2, solar, exports Everything, grid charging allowed, exporting pays) and a paired car.',
    account: { region: 'NA', grantedScopes: ALL_SCOPES, email: 'jordan.rivera@example.com', fullName: 'Jordan Rivera' },
    // A feed-in rate that pays: Time-Based Control with "Everything" exports battery energy (demo test discharges).
    energySites: [
      {
        product,
        siteInfo: siteInfo(product, 'America/Los_Angeles'),
        model: { exportPays: true },
        // One past outage the Powerwall bridged (calendar_history kind=backup).
        backupEvents: [{ timestamp: '2026-01-14T18:32:05-08:00', duration: 5423 }],
      },
    ],
    vehicles: [{ product: car, keyPaired: true, vehicleInfo: vehicleInfo() }],
    faults: [],
  };
}

function variant(name: string, description: string, change: (s: Json) => void): Json {
  const s = healthy();
  s.name = name;
  s.description = description;
  change(s);
  return s;
}
const comps = (s: Json): Json => s.energySites[0].siteInfo.components;

const catalogue: Json[] = [
  healthy(),
  ...ALL_SCOPES.filter((x) => x !== 'openid').map((scope) =>
    variant(`scope-missing-${scope.replaceAll('_', '-')}`, `The customer left "${scope}" out of the grant.`, (s) => {
      s.account.grantedScopes = ALL_SCOPES.filter((x) => x !== scope);
    }),
  ),
  variant('pre-pto', 'Waiting for permission to operate: exports off, only the installer can change it.', (s) => {
    Object.assign(comps(s), {
      non_export_configured: true,
      edit_setting_permission_to_export: false,
      customer_preferred_export_rule: 'never',
    });
  }),
  variant('exports-solar', 'Energy Exports set to "Solar" (pv_only).', (s) => {
    comps(s).customer_preferred_export_rule = 'pv_only';
  }),
  variant('exports-never', 'Energy Exports set to never.', (s) => {
    comps(s).customer_preferred_export_rule = 'never';
  }),
  variant('grid-charging-off', 'Grid Charging off; the customer may turn it on.', (s) => {
    comps(s).disallow_charge_from_grid_with_solar_installed = true;
  }),
  variant(
    'grid-charging-locked',
    'Grid Charging off and locked by the installer (not editable in the Tesla app).',
    (s) => {
      Object.assign(comps(s), {
        disallow_charge_from_grid_with_solar_installed: true,
        edit_setting_grid_charging: false,
      });
    },
  ),
  variant('vpp-no-export-rule', 'A site enrolled in a VPP program: site_info reports no export rule.', (s) => {
    delete comps(s).customer_preferred_export_rule;
    comps(s).grid_services_enabled = true;
    s.energySites[0].siteInfo.vpp_backup_reserve_percent = 20;
  }),
  variant('reserve-at-cap', 'Backup reserve at the 80% cap of newer firmware.', (s) => {
    s.energySites[0].siteInfo.backup_reserve_percent = 80;
  }),
  variant('off-grid', 'The grid is down: the site runs islanded.', (s) => {
    s.energySites[0].model = { ...s.energySites[0].model, islandStatus: 'off_grid_unintentional' };
  }),
  variant('storm-watch', 'A Storm Watch event is active: the Powerwall holds a full charge.', (s) => {
    s.energySites[0].model = { ...s.energySites[0].model, stormWatchActive: true };
  }),
  variant('no-tariff', 'No utility rate plan: Time-Based Control (operation autonomous) answers 410.', (s) => {
    s.inferred = ['the 410 for Time-Based Control without a rate plan (reported by users, not documented by Tesla)'];
    delete s.energySites[0].siteInfo.tariff_content_v2;
    delete s.energySites[0].siteInfo.tou_settings;
  }),
  variant('solar-only', 'A solar-only site without a Powerwall.', (s) => {
    const product = siteProduct(2, 'Cedar Lane Solar', { battery: false });
    s.energySites = [{ product, siteInfo: siteInfo(product, 'America/Denver', { battery: false }) }];
  }),
  variant('no-products', 'The account has no energy sites and no cars.', (s) => {
    s.energySites = [];
    s.vehicles = [];
  }),
  variant('unpaired-car', 'The platform\u2019s virtual key is not on the car.', (s) => {
    s.vehicles[0].keyPaired = false;
  }),
  variant('asleep-car', 'The car is asleep (commands answer 408 until woken).', (s) => {
    s.vehicles[0].product.state = 'asleep';
  }),
  variant('vin-unknown', 'fleet_status lists the car\u2019s VIN in neither list.', (s) => {
    s.vehicles[0].keyPaired = null;
    delete s.vehicles[0].vehicleInfo;
  }),
  variant('wrong-region', 'A European account: calls to the NA base answer 421.', (s) => {
    s.account = { ...s.account, region: 'EU', email: 'lena.hoffmann@example.de', fullName: 'Lena Hoffmann' };
    s.energySites[0].siteInfo.installation_time_zone = 'Europe/Berlin';
  }),
  variant('rate-limited', 'The account is over its rate limit: the first Fleet API calls answer 429.', (s) => {
    s.faults = [{ method: '*', path: '/api/1/**', status: 429, count: 3, delayMs: 0 }];
  }),
  variant('flaky-5xx', 'Tesla\u2019s side is flaky: live_status answers 503 twice, site_info 500 once.', (s) => {
    s.faults = [
      { method: 'GET', path: '/api/1/energy_sites/*/live_status', status: 503, count: 2, delayMs: 0 },
      { method: 'GET', path: '/api/1/energy_sites/*/site_info', status: 500, count: 1, delayMs: 2000 },
    ];
  }),
  // Field failures with Tesla's own texts (reference sections 6 and 8; README "Facts beyond the reference").
  variant(
    'partner-not-registered',
    'The platform is not registered in this region: every Fleet API call answers 412.',
    (s) => {
      s.faults = [
        {
          method: '*',
          path: '/api/1/**',
          status: 412,
          error:
            'Account {clientId} must be registered in the current region {baseUrl}, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register',
        },
      ];
    },
  ),
  variant(
    'billing-limit-exceeded',
    'The platform\u2019s Fleet API billing limit is reached: every call answers 403 account disabled.',
    (s) => {
      s.faults = [{ method: '*', path: '/api/1/**', status: 403, error: 'account disabled: EXCEEDED_LIMIT' }];
    },
  ),
  variant(
    'rate-limited-long',
    'A rate limit shared with other apps: every call answers 429, Retry-After counting down from 37829 s (about 10.5 hours) to the same moment.',
    (s) => {
      s.faults = [
        {
          method: '*',
          path: '/api/1/**',
          status: 429,
          headers: {
            'Retry-After': '37829',
            'RateLimit-Limit': '60',
            'RateLimit-Remaining': '0',
            'RateLimit-Reset': '37829',
          },
        },
      ];
    },
  ),
  variant(
    'upstream-error-energy',
    'Tesla\u2019s side fails: every energy site call answers 500 upstream internal error.',
    (s) => {
      s.faults = [{ method: '*', path: '/api/1/energy_sites/**', status: 500, error: 'upstream internal error' }];
    },
  ),
  variant(
    'vehicle-unavailable',
    'The car cannot be reached: its data, wake and commands answer 503 vehicle unavailable.',
    (s) => {
      const error = 'vehicle unavailable: vehicle is offline or asleep';
      // Its own entry agrees with its data: a car that cannot answer is not listed as online.
      s.vehicles[0].product.state = 'offline';
      s.faults = [
        { method: 'GET', path: '/api/1/vehicles/*/vehicle_data', status: 503, error },
        { method: 'POST', path: '/api/1/vehicles/*/wake_up', status: 503, error },
        { method: 'POST', path: '/api/1/vehicles/*/command/**', status: 503, error },
      ];
    },
  ),
  variant(
    'access-revoked',
    'The customer removed the app in Third-Party Apps: calls answer 401 token revoked, refresh 401 login_required.',
    (s) => {
      s.account.revoked = true;
    },
  ),
  variant('expired-refresh-token', 'The stored refresh token has expired: refresh answers 401 login_required.', (s) => {
    s.account.refreshTokenExpired = true;
  }),
  variant('large-account', 'A large account: 25 energy sites and 25 cars.', (s) => {
    const zones = ['America/Los_Angeles', 'America/Denver', 'America/Chicago', 'America/New_York', 'America/Phoenix'];
    s.energySites = Array.from({ length: 25 }, (_, i) => {
      const product = siteProduct(10 + i, `Site ${String(i + 1).padStart(2, '0')}`, { soc: 30 + ((i * 7) % 60) });
      return { product, siteInfo: siteInfo(product, zones[i % zones.length]!) };
    });
    s.vehicles = Array.from({ length: 25 }, (_, i) => ({
      product: vehicle(10 + i, `Fleet car ${i + 1}`, {
        state: i % 3 === 0 ? 'asleep' : 'online',
        model: i % 5 === 2 ? 'S' : '3',
      }),
      keyPaired: i % 5 !== 4,
      // Newer Model S/X report whether the safety screen streaming toggle is on.
      vehicleInfo:
        i % 5 === 2 ? { ...vehicleInfo(), safety_screen_streaming_toggle_enabled: i % 2 === 0 } : vehicleInfo(),
    }));
  }),
];

/** Every file the catalogue consists of (scenario JSON files and the index), by name, as committed. */
export function catalogueFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of catalogue) {
    ScenarioSchema.parse(s as ScenarioInput); // never write an invalid scenario
    files.set(`${s.name}.json`, JSON.stringify(s, null, 2) + '\n');
  }
  // The index that bundles the JSON files (esbuild and Vite inline JSON imports).
  const ident = (name: string) =>
    name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^(\d)/, '_$1');
  files.set(
    'catalogue.ts',
    [
      '// Generated by generate-catalogue.ts: the named scenarios, imported so that bundles carry them.',
      ...catalogue.map((s) => `import ${ident(s.name)} from './${s.name}.json' with { type: 'json' };`),
      '',
      'export const catalogue: Record<string, unknown> = {',
      ...catalogue.map((s) => `  '${s.name}': ${ident(s.name)},`),
      '};',
      '',
    ].join('\n'),
  );
  return files;
}

// Run as a script: write the files (a test fails when the committed ones differ from catalogueFiles()).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [name, text] of catalogueFiles()) writeFileSync(path.join(here, name), text);
  console.log(`wrote ${catalogue.length} scenarios: ${catalogue.map((s) => s.name).join(', ')}`);
}
