// Runs anywhere. The codes a test's preflight and verdict give, with English text for the headless tool
// and reports (the renderer translates the same codes under `testCharge.reason.*`).

export type BlockerCode =
  | 'missing_energy_cmds'
  | 'missing_energy_read'
  | 'no_battery'
  | 'off_grid'
  | 'grid_event'
  | 'battery_full'
  | 'battery_empty'
  | 'not_editable'
  | 'site_busy';

export type FailReason =
  | 'reserve_cap_reached'
  | 'exports_solar_only'
  | 'exports_never'
  | 'exports_not_reported'
  | 'no_export'
  | 'export_not_permitted'
  | 'grid_charging_off'
  | 'battery_full'
  | 'battery_empty'
  | 'grid_event'
  | 'off_grid'
  | 'not_sustained'
  | 'no_response'
  | 'lost_contact'
  | 'write_failed';

export type PassReason = 'charged' | 'discharged_to_grid';

/**
 * Tesla accepted the writes (`{"code":201,"message":"Updated"}`) but the site did not follow: the read-back
 * differs, or the battery never moved. Not a failure of the customer's settings: the likely cause is named.
 */
export type NotAppliedReason = 'reserve_capped' | 'readback_differs' | 'gateway_offline';

export const REASON_TEXT: Record<BlockerCode | FailReason | PassReason | NotAppliedReason | 'aborted', string> = {
  missing_energy_cmds: 'The "Energy Product Commands" permission (energy_cmds) is not granted: reconnect and tick it.',
  missing_energy_read: 'The "Energy Product Information" permission (energy_device_data) is not granted: reconnect and tick it.',
  no_battery: 'This site reports no battery.',
  off_grid: 'The site is off grid: nothing moves to or from the grid until it is back on grid.',
  grid_event: 'A Storm Watch or grid-services event is active and overrides the settings: try again after it ends.',
  battery_full: 'The battery is full: there is no room to charge. Try a discharge, or charge later.',
  battery_empty: 'The battery is at or near empty: there is nothing to discharge. Try a charge, or discharge later.',
  not_editable: 'The site reports its settings as not configurable through the API.',
  site_busy: 'Another test is running on this site.',
  reserve_cap_reached: 'The charge level reached the backup reserve cap (80%): the cloud will not charge further.',
  exports_solar_only: 'Energy Exports is "Solar": battery energy does not go to the grid. Set it to "Everything" (or allow grid interaction).',
  exports_never: 'Energy Exports is off ("never"): nothing goes to the grid.',
  exports_not_reported: 'The battery discharged but no energy went to the grid; the site does not report its export rule.',
  no_export: 'No battery energy went to the grid: under Time-Based Control exporting does not pay at this hour of the tariff. Try again in a peak period.',
  export_not_permitted: 'The site reports exports as not configured ("Permission to Export: No", inferred): nothing may go to the grid until the utility allows it.',
  grid_charging_off: 'Grid Charging is off: the battery does not charge from the grid. Allow it (or allow grid interaction).',
  not_sustained: 'The battery moved, but not for long enough to count.',
  no_response: 'The battery did not respond in time.',
  lost_contact:
    'Lost contact with Tesla during the test, so it could not be judged. The settings are restored when Tesla answers again (the app keeps trying; "npm run doctor -- recover" finishes it). Check the internet connection of this computer and of the site, then run the test again.',
  write_failed: 'Tesla refused or did not answer a settings change, so the test could not run; the settings were put back.',
  charged: 'The battery charged beyond the threshold for a sustained stretch.',
  discharged_to_grid: 'The battery discharged to the grid beyond the threshold for a sustained stretch.',
  aborted: 'Stopped before the end; the settings were put back.',
  reserve_capped: 'Tesla accepted the settings, but the battery never charged: the cloud caps the backup reserve at 80% and the charge level is already there, so raising the reserve cannot start a charge.',
  readback_differs: 'Tesla accepted the settings change, but the site still reports the old values: the gateway has not applied it (it may be offline, or busy with an update).',
  gateway_offline: 'Tesla accepted the settings change, but the battery never moved: the gateway most likely has not received it (offline or no internet). Check the gateway’s connection and try again.',
};
