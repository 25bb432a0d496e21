// Runs anywhere. The two headline verdicts from the checks. Types only from the check shapes: the page
// computes these without loading the rules or zod.
import type { Check, CheckId, Verdicts } from '@shared/report/check-types';

// The platform's own state blocks both verdicts; a rate limit (a warning) and the grid-services program do not.
const PLATFORM: CheckId[] = ['account.partner_registration', 'account.app_status'];
const BATTERY_ACCOUNT: CheckId[] = [
  'account.connection',
  ...PLATFORM,
  'scope.energy_read',
  'scope.energy_commands',
  'energy.site_discovery',
];
const BATTERY_SITE: CheckId[] = [
  'energy.reachable',
  'energy.battery_present',
  'energy.permission_to_export',
  'energy.energy_exports',
  'energy.grid_charging',
  'energy.command_readiness',
  'energy.tariff_and_mode',
];
const VEHICLE_ACCOUNT: CheckId[] = ['account.connection', ...PLATFORM, 'scope.vehicle_read', 'scope.vehicle_commands'];
const VEHICLE_EACH: CheckId[] = [
  'vehicle.virtual_key',
  'vehicle.pairing_account',
  'vehicle.command_protocol',
  'vehicle.streaming_toggle',
  'vehicle.reachable',
];

/**
 * Fail and unknown block (readiness cannot be confirmed); warn and not_applicable do not. The streaming toggle
 * blocks only when it is off: it exists on older Model S/X alone, and an unread fleet_status already leaves
 * the virtual key unknown.
 */
const blocks = (c: Check) => c.status === 'fail' || (c.status === 'unknown' && c.id !== 'vehicle.streaming_toggle');
export const checkRef = (c: Pick<Check, 'id' | 'subject'>) => `${c.id}@${c.subject.id}`;

/**
 * "Ready for battery charge/discharge commands": every site with a battery passes its site checks and the
 * account's energy checks pass. "Ready for vehicle commands": every vehicle likewise. No subject: not ready.
 */
export function verdicts(checks: Check[]): Verdicts {
  const sitesWithBattery = new Set(
    checks.filter((c) => c.id === 'energy.battery_present' && c.status !== 'fail').map((c) => c.subject.id),
  );
  const anySite = checks.some((c) => c.subject.kind === 'energy_site');
  const batteryBlocking = checks.filter(
    (c) =>
      blocks(c) &&
      ((c.subject.kind === 'account' && BATTERY_ACCOUNT.includes(c.id)) ||
        (c.subject.kind === 'energy_site' &&
          BATTERY_SITE.includes(c.id) &&
          (sitesWithBattery.has(c.subject.id) || sitesWithBattery.size === 0))),
  );
  const vehicles = checks.some((c) => c.subject.kind === 'vehicle');
  const vehicleBlocking = checks.filter(
    (c) =>
      blocks(c) &&
      ((c.subject.kind === 'account' && VEHICLE_ACCOUNT.includes(c.id)) ||
        (c.subject.kind === 'vehicle' && VEHICLE_EACH.includes(c.id))),
  );
  return {
    battery: {
      ready: anySite && sitesWithBattery.size > 0 && batteryBlocking.length === 0,
      blocking: batteryBlocking.map(checkRef),
    },
    vehicle: { ready: vehicles && vehicleBlocking.length === 0, blocking: vehicleBlocking.map(checkRef) },
  };
}
