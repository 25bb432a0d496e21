// Runs anywhere. The codes a test's preflight and verdict give. Their words are in the text catalogue:
// `outcome.<code>` (a full sentence: terminal and report), `testCharge.reason.<code>` (the screen).

export type BlockerCode =
  | 'missing_energy_cmds'
  | 'missing_energy_read'
  | 'no_battery'
  | 'off_grid'
  | 'grid_event'
  | 'battery_full'
  | 'battery_empty'
  | 'not_editable'
  | 'site_busy'
  /** The site shows another test's values (other-test-signs.ts); the installer may confirm and go on. */
  | 'other_test_seen'
  /** Another installation holds the site's shared lock (the platform's lease or the team store's). */
  | 'site_held_elsewhere'
  /** The checklist knows the test will fail; the run's reason is then that check's id. */
  | 'checklist';

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
