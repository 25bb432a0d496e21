// Runs anywhere. The Fleet API paths (below a regional base URL, reference sections 3-5): the app's client
// builds its requests from them and the simulator routes by them, so the two cannot drift apart.
// `:id` is an energy site id, or a vehicle id or VIN.
export const FLEET_PATHS = {
  status: '/status',
  region: '/api/1/users/region',
  me: '/api/1/users/me',
  featureConfig: '/api/1/users/feature_config',
  orders: '/api/1/users/orders',
  products: '/api/1/products',
  vehicles: '/api/1/vehicles',
  vehicle: '/api/1/vehicles/:id',
  vehicleData: '/api/1/vehicles/:id/vehicle_data',
  fleetStatus: '/api/1/vehicles/fleet_status',
  wakeUp: '/api/1/vehicles/:id/wake_up',
  flashLights: '/api/1/vehicles/:id/command/flash_lights',
  siteInfo: '/api/1/energy_sites/:id/site_info',
  liveStatus: '/api/1/energy_sites/:id/live_status',
  calendarHistory: '/api/1/energy_sites/:id/calendar_history',
  gridImportExport: '/api/1/energy_sites/:id/grid_import_export',
  backup: '/api/1/energy_sites/:id/backup',
  operation: '/api/1/energy_sites/:id/operation',
  stormMode: '/api/1/energy_sites/:id/storm_mode',
  timeOfUseSettings: '/api/1/energy_sites/:id/time_of_use_settings',
  offGridVehicleChargingReserve: '/api/1/energy_sites/:id/off_grid_vehicle_charging_reserve',
} as const;
export type FleetPath = (typeof FLEET_PATHS)[keyof typeof FLEET_PATHS];

/** A path with its `:id` filled (the id percent-encoded as one segment). */
export function fleetPath(pattern: FleetPath, id?: string | number): string {
  return id === undefined ? pattern : pattern.replace(':id', encodeURIComponent(String(id)));
}
