// Runs anywhere. Every Fleet API scope (reference section 2): what the app asks for by default, and what a
// simulator scenario may grant.
export const FLEET_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_location',
  'vehicle_cmds',
  'vehicle_charging_cmds',
  'energy_device_data',
  'energy_cmds',
] as const;
export type FleetScope = (typeof FLEET_SCOPES)[number];
