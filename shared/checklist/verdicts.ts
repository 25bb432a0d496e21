// Runs anywhere. The headline verdicts from the checks: charge (the battery from the grid), discharge (the
// battery to the grid) and vehicle commands, each with what blocks it and what it is waiting for. Types only
// from the check shapes: the page computes these without loading the rules or zod.
import type { Check, CheckId, Verdicts } from '@shared/report/check-types';

// The platform's own state blocks every verdict; the grid-services program does not.
const PLATFORM: CheckId[] = ['account.partner_registration', 'account.app_status'];
const ENERGY_ACCOUNT: CheckId[] = [
  'account.reach',
  'account.connection',
  'account.region',
  ...PLATFORM,
  'account.rate_limit',
  'scope.energy_read',
  'scope.energy_commands',
  'energy.site_discovery',
];
const ENERGY_SITE: CheckId[] = ['energy.reachable', 'energy.battery_present', 'energy.command_readiness'];
/** Charging from the grid needs Grid Charging; exports do not matter. */
const CHARGE_SITE: CheckId[] = [...ENERGY_SITE, 'energy.grid_charging'];
/** Discharging to the grid needs permission to export, Energy Exports "Everything" and Time-Based Control. */
const DISCHARGE_SITE: CheckId[] = [
  ...ENERGY_SITE,
  'energy.permission_to_export',
  'energy.energy_exports',
  'energy.tariff_and_mode',
];
const VEHICLE_ACCOUNT: CheckId[] = [
  'account.reach',
  'account.connection',
  'account.region',
  ...PLATFORM,
  'account.rate_limit',
  'scope.vehicle_read',
  'scope.vehicle_commands',
];
const VEHICLE_EACH: CheckId[] = [
  'vehicle.virtual_key',
  'vehicle.pairing_account',
  'vehicle.command_protocol',
  'vehicle.streaming_toggle',
  'vehicle.reachable',
];

/**
 * Fail and unknown block (readiness cannot be confirmed); warn, not_applicable and not_checked do not (a
 * not_checked check's cause blocks instead). The streaming toggle blocks only when it is off: it exists on
 * older Model S/X alone, and an unread fleet_status already leaves the virtual key unknown. A check in an
 * expected, time-bound state (`waiting`) never blocks: the verdict waits for it.
 */
const blocks = (c: Check) =>
  !c.waiting &&
  (c.status === 'fail' || (c.status === 'unknown' && c.id !== 'vehicle.streaming_toggle' && c.id !== 'account.region'));
const waits = (c: Check) => c.waiting === true && (c.status === 'warn' || c.status === 'fail');
export const checkRef = (c: Pick<Check, 'id' | 'subject'>) => `${c.id}@${c.subject.id}`;

function energyVerdict(checks: Check[], siteIds: readonly CheckId[]) {
  const sitesWithBattery = new Set(
    checks
      .filter((c) => c.id === 'energy.battery_present' && c.status !== 'fail' && c.status !== 'not_applicable')
      .map((c) => c.subject.id),
  );
  const anySite = checks.some((c) => c.subject.kind === 'energy_site');
  const relevant = checks.filter(
    (c) =>
      (c.subject.kind === 'account' && ENERGY_ACCOUNT.includes(c.id)) ||
      (c.subject.kind === 'energy_site' &&
        siteIds.includes(c.id) &&
        (sitesWithBattery.has(c.subject.id) || sitesWithBattery.size === 0)),
  );
  const blocking = relevant.filter(blocks);
  const waiting = relevant.filter(waits);
  return {
    ready: anySite && sitesWithBattery.size > 0 && blocking.length === 0 && waiting.length === 0,
    blocking: blocking.map(checkRef),
    waiting: waiting.map(checkRef),
  };
}

/**
 * "Ready to charge / discharge the battery": every site with a battery passes the checks that direction
 * needs and the account's energy checks pass. "Ready for vehicle commands": every vehicle likewise. No
 * subject: not ready. Waiting for something expected (permission to operate, a rate limit's reset): not
 * ready yet, and said so apart from what blocks.
 */
export function verdicts(checks: Check[]): Verdicts {
  const vehicles = checks.some((c) => c.subject.kind === 'vehicle');
  const vehicleRelevant = checks.filter(
    (c) =>
      (c.subject.kind === 'account' && VEHICLE_ACCOUNT.includes(c.id)) ||
      (c.subject.kind === 'vehicle' && VEHICLE_EACH.includes(c.id)),
  );
  const vehicleBlocking = vehicleRelevant.filter(blocks);
  const vehicleWaiting = vehicleRelevant.filter(waits);
  return {
    charge: energyVerdict(checks, CHARGE_SITE),
    discharge: energyVerdict(checks, DISCHARGE_SITE),
    vehicle: {
      ready: vehicles && vehicleBlocking.length === 0 && vehicleWaiting.length === 0,
      blocking: vehicleBlocking.map(checkRef),
      waiting: vehicleWaiting.map(checkRef),
    },
  };
}
