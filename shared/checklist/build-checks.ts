// Runs anywhere. The checklist rules: from the token facts and the raw Fleet API answers to every check,
// in a stable order (account, then each site, then each vehicle), and the two headline verdicts.
import type { Check, CheckId, Verdicts } from './check-types';
import { products, type ChecklistInput } from './checklist-input';
import { accountChecks } from './rules/account-rules';
import { energyChecks } from './rules/energy-rules';
import { vehicleChecks } from './rules/vehicle-rules';

export type { ChecklistInput } from './checklist-input';

export function buildChecks(input: ChecklistInput): Check[] {
  const subject = { kind: 'account' as const, id: input.account.id, ...(input.account.label ? { label: input.account.label } : {}) };
  const out = accountChecks(input, subject);
  const prod = products(input);
  if (prod.ok) {
    for (const site of prod.data.sites) out.push(...energyChecks(input, site));
    for (const vehicle of prod.data.vehicles) out.push(...vehicleChecks(input, vehicle));
  }
  return out;
}

const BATTERY_ACCOUNT: CheckId[] = ['account.connection', 'scope.energy_read', 'scope.energy_commands'];
const BATTERY_SITE: CheckId[] = ['energy.reachable', 'energy.battery_present', 'energy.permission_to_export', 'energy.energy_exports', 'energy.grid_charging', 'energy.command_readiness'];
const VEHICLE_ACCOUNT: CheckId[] = ['account.connection', 'scope.vehicle_read', 'scope.vehicle_commands'];
const VEHICLE_EACH: CheckId[] = ['vehicle.virtual_key', 'vehicle.command_protocol', 'vehicle.reachable'];

/** Fail and unknown block (readiness cannot be confirmed); warn and not_applicable do not. */
const blocks = (c: Check) => c.status === 'fail' || c.status === 'unknown';
export const checkRef = (c: Pick<Check, 'id' | 'subject'>) => `${c.id}@${c.subject.id}`;

/**
 * "Ready for battery charge/discharge commands": every site with a battery passes its site checks and the
 * account's energy checks pass. "Ready for vehicle commands": every vehicle likewise. No subject: not ready.
 */
export function verdicts(checks: Check[]): Verdicts {
  const sitesWithBattery = new Set(checks.filter((c) => c.id === 'energy.battery_present' && c.status !== 'fail').map((c) => c.subject.id));
  const anySite = checks.some((c) => c.subject.kind === 'energy_site');
  const batteryBlocking = checks.filter(
    (c) =>
      blocks(c) &&
      ((c.subject.kind === 'account' && BATTERY_ACCOUNT.includes(c.id)) ||
        (c.subject.kind === 'energy_site' && BATTERY_SITE.includes(c.id) && (sitesWithBattery.has(c.subject.id) || sitesWithBattery.size === 0))),
  );
  const vehicles = checks.some((c) => c.subject.kind === 'vehicle');
  const vehicleBlocking = checks.filter(
    (c) => blocks(c) && ((c.subject.kind === 'account' && VEHICLE_ACCOUNT.includes(c.id)) || (c.subject.kind === 'vehicle' && VEHICLE_EACH.includes(c.id))),
  );
  return {
    battery: { ready: anySite && sitesWithBattery.size > 0 && batteryBlocking.length === 0, blocking: batteryBlocking.map(checkRef) },
    vehicle: { ready: vehicles && vehicleBlocking.length === 0, blocking: vehicleBlocking.map(checkRef) },
  };
}
