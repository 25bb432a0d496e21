// Runs anywhere. One readiness truth: a test charge/discharge asks the checklist's own rules (the same
// energy-site checks, on the site_info and live_status the test just read) what will make it fail, so the
// test screen, the headless tool and the checklist never disagree about a site.
import type { Check, CheckId } from '@shared/report/check-types';
import { REQ, type ChecklistInput } from './checklist-input';
import { energyChecks } from './rules/energy-rules';

export type TestDirection = 'charge' | 'discharge';
/** The settings a test may change (its strategy's touches). */
export type TestSettingKey =
  | 'default_real_mode'
  | 'backup_reserve_percent'
  | 'customer_preferred_export_rule'
  | 'disallow_charge_from_grid_with_solar_installed';

export interface TestReadinessInput {
  siteId: string;
  grantedScopes: readonly string[];
  /** The raw site_info and live_status `response` objects. */
  siteInfo: unknown;
  liveStatus: unknown;
  now: number;
  direction: TestDirection;
  /** What the test's strategy will change for its duration (a failing setting it changes does not block). */
  willSet: readonly TestSettingKey[];
}

export interface TestReadiness {
  /** The site's checks as the checklist makes them from these readings. */
  checks: Check[];
  /** Failing checks that make this test fail: it is blocked (the installer may still force it). */
  blocking: Check[];
  /** Checks that keep the battery verdict at "No" but do not stop this test (said, never hidden). */
  notes: Check[];
}

/** Checks the preflight already blocks on by itself (missing scopes, no battery): not repeated. */
const PREFLIGHT_OWN: readonly CheckId[] = ['energy.battery_present', 'energy.command_readiness'];

/** Whether a failing check stops a test of this direction (that does not change the setting itself). */
function stopsTest(check: Check, direction: TestDirection, willSet: readonly TestSettingKey[]): boolean {
  switch (check.id) {
    case 'energy.permission_to_export':
      // Without Permission to Export nothing reaches the grid: a discharge test cannot pass; a charge can.
      return direction === 'discharge';
    case 'energy.energy_exports':
      return direction === 'discharge' && !willSet.includes('customer_preferred_export_rule');
    case 'energy.grid_charging':
      return direction === 'charge' && !willSet.includes('disallow_charge_from_grid_with_solar_installed');
    case 'energy.reachable':
      return true;
    default:
      return false;
  }
}

/** Whether a failing check matters to the battery verdict at all for this test (else it is not mentioned). */
function mattersToDirection(check: Check, direction: TestDirection, willSet: readonly TestSettingKey[]): boolean {
  if (check.id === 'energy.energy_exports')
    return direction === 'discharge' ? !willSet.includes('customer_preferred_export_rule') : false;
  if (check.id === 'energy.grid_charging')
    return direction === 'charge' ? !willSet.includes('disallow_charge_from_grid_with_solar_installed') : false;
  return true;
}

export function checksForTest(
  input: Pick<TestReadinessInput, 'siteId' | 'grantedScopes' | 'siteInfo' | 'liveStatus' | 'now'>,
): Check[] {
  const at = new Date(input.now).toISOString();
  const site = (input.siteInfo ?? {}) as { components?: { battery?: unknown } };
  const battery = typeof site.components?.battery === 'boolean' ? site.components.battery : undefined;
  const checklistInput: ChecklistInput = {
    now: input.now,
    account: {
      id: 'account',
      region: null,
      grantedScopes: [...input.grantedScopes],
      accessTokenExpiresAt: null,
      hasRefreshToken: null,
    },
    profile: { partnerDomain: null },
    responses: [
      { request: REQ.siteInfo(input.siteId), status: 200, receivedAt: at, body: { response: input.siteInfo } },
      { request: REQ.liveStatus(input.siteId), status: 200, receivedAt: at, body: { response: input.liveStatus } },
    ],
  };
  return energyChecks(checklistInput, {
    energy_site_id: input.siteId,
    ...(battery === undefined ? {} : { components: { battery } }),
  });
}

export function testReadiness(input: TestReadinessInput): TestReadiness {
  const checks = checksForTest(input);
  const blocking: Check[] = [];
  const notes: Check[] = [];
  for (const c of checks) {
    if (PREFLIGHT_OWN.includes(c.id)) continue;
    // A waiting check (no permission to operate yet) still stops a test it concerns: nothing reaches the grid.
    if ((c.status === 'fail' || c.waiting === true) && stopsTest(c, input.direction, input.willSet)) blocking.push(c);
    else if ((c.status === 'fail' || c.status === 'unknown') && mattersToDirection(c, input.direction, input.willSet))
      notes.push(c);
  }
  return { checks, blocking, notes };
}
