// Runs anywhere. Every Fleet API scope (reference section 2): what the app asks for by default, what a
// simulator scenario may grant, and the checkbox Tesla's consent screen shows for each (the one place
// these labels are written; the checklist, the simulator's consent page and the README name them from here).
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

/** Granted with the sign-in itself when requested; Tesla shows no checkbox for them. */
export const SILENT_SCOPES = ['openid', 'offline_access'] as const satisfies readonly FleetScope[];
export type ConsentScope = Exclude<FleetScope, (typeof SILENT_SCOPES)[number]>;

/**
 * The consent screen's checkbox label per scope, in the order Tesla lists them. Newer docs call
 * "Energy Product Commands" "Energy Product Settings"; the screen the reference describes says Commands.
 */
export const CONSENT_LABELS = {
  user_data: 'Profile Information',
  vehicle_device_data: 'Vehicle Information',
  vehicle_location: 'Vehicle Location',
  vehicle_cmds: 'Vehicle Commands',
  vehicle_charging_cmds: 'Vehicle Charging Management',
  energy_device_data: 'Energy Product Information',
  energy_cmds: 'Energy Product Commands',
} as const satisfies Record<ConsentScope, string>;
