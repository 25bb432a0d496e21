// The checklist over every scenario of the simulator's catalogue (tokens from the simulator's issueTokens,
// as a completed sign-in would hold them), checked against the simulator's own request log; and once
// through connect's headless sign-in, the way the app connects.
import { afterAll, describe, expect, it } from 'vitest';
import { connectHeadless } from '@main/headless/connect-headless';
import { ChecklistService } from '@main/checklist/checklist-service';
import { scenarioNames, startSimulator } from '@main/simulator';
import { CHECK_IDS, type Check, type CheckStatus } from '@shared/report/check-types';
import { ReportSchema, type Report } from '@shared/report/report-schema';
import { inEnglish } from '@test/support/english-checks';
import { simSession } from '@test/support/sim-session';
import { tempDir } from '@test/support/temp-dir';
import { simChecklistService } from '@test/support/sim-checklist';

type Expect = Partial<Record<(typeof CHECK_IDS)[number], CheckStatus>>;
const allPass: Expect = {};
const EXPECTED: Record<string, Expect> = {
  healthy: allPass,
  // The simulator always adds openid/offline_access to a grant (Tesla has no checkbox for them), so this
  // account does hold a refresh token; the rule's failing path is covered by the public-sample tests.
  'scope-missing-offline-access': allPass,
  'scope-missing-user-data': allPass,
  'scope-missing-vehicle-device-data': { 'scope.vehicle_read': 'fail' },
  'scope-missing-vehicle-location': { 'scope.vehicle_location': 'warn' },
  'scope-missing-vehicle-cmds': allPass,
  'scope-missing-vehicle-charging-cmds': allPass,
  // Layered: what the missing box kept from being read is not checked, not a second thing to fix.
  'scope-missing-energy-device-data': { 'scope.energy_read': 'fail', 'energy.site_discovery': 'not_checked' },
  'scope-missing-energy-cmds': { 'scope.energy_commands': 'fail', 'energy.command_readiness': 'not_checked' },
  // Before permission to operate nothing fails: the permission waits, Energy Exports off is right.
  'pre-pto': { 'energy.permission_to_export': 'warn' },
  'exports-solar': { 'energy.energy_exports': 'fail' },
  'exports-never': { 'energy.energy_exports': 'fail' },
  'grid-charging-off': { 'energy.grid_charging': 'fail' },
  'grid-charging-locked': { 'energy.grid_charging': 'fail' },
  'vpp-no-export-rule': { 'energy.energy_exports': 'unknown', 'energy.grid_services': 'warn' },
  'reserve-at-cap': { 'energy.command_readiness': 'warn' },
  'off-grid': { 'energy.command_readiness': 'warn' },
  'storm-watch': { 'energy.command_readiness': 'warn' },
  // Self-Powered and no rate plan: the platform cannot switch to Time-Based Control (Tesla answers 410).
  'no-tariff': { 'energy.tariff_and_mode': 'warn' },
  'solar-only': {
    'energy.site_discovery': 'warn',
    'energy.battery_present': 'fail',
    'energy.tariff_and_mode': 'not_applicable',
    'energy.energy_exports': 'not_applicable',
    'energy.grid_charging': 'not_applicable',
    'energy.command_readiness': 'not_applicable',
  },
  'no-products': {
    'scope.energy_read': 'not_applicable',
    'scope.energy_commands': 'not_applicable',
    'scope.vehicle_read': 'not_applicable',
    'scope.vehicle_commands': 'not_applicable',
    'scope.vehicle_location': 'not_applicable',
    'energy.site_discovery': 'fail',
  },
  'unpaired-car': { 'vehicle.virtual_key': 'fail' },
  'asleep-car': allPass,
  'vin-unknown': { 'vehicle.virtual_key': 'unknown' },
  'wrong-region': allPass,
  // A warning, never a failure; what it hides is not checked (layered: one cause).
  'rate-limited': {
    'account.connection': 'not_checked',
    'account.rate_limit': 'warn',
    'account.partner_registration': 'not_checked',
    'account.app_status': 'not_checked',
  },
  'flaky-5xx': {
    'energy.reachable': 'unknown',
    'energy.permission_to_export': 'unknown',
    'energy.energy_exports': 'unknown',
    'energy.grid_charging': 'unknown',
    'energy.command_readiness': 'unknown',
    'energy.tariff_and_mode': 'unknown',
    'energy.grid_services': 'unknown',
  },
  // Field failures (issue 13), each named by the check that owns its cause (issue 14).
  // Layered (issue 23): one cause, and what depends on it not checked.
  'partner-not-registered': {
    'account.connection': 'not_checked',
    'account.partner_registration': 'fail',
    'account.app_status': 'not_checked',
  },
  'billing-limit-exceeded': {
    'account.connection': 'not_checked',
    'account.app_status': 'fail',
    'account.partner_registration': 'not_checked',
  },
  'rate-limited-long': {
    'account.connection': 'not_checked',
    'account.rate_limit': 'warn',
    'account.partner_registration': 'not_checked',
    'account.app_status': 'not_checked',
  },
  'upstream-error-energy': {
    'energy.reachable': 'unknown',
    'energy.permission_to_export': 'unknown',
    'energy.energy_exports': 'unknown',
    'energy.grid_charging': 'unknown',
    'energy.command_readiness': 'unknown',
    'energy.tariff_and_mode': 'unknown',
    'energy.grid_services': 'unknown',
  },
  // The car's own entry says offline (it agrees with vehicle_data's 503): a warning, the customer acts.
  'vehicle-unavailable': { 'vehicle.reachable': 'warn' },
  'access-revoked': {
    'account.connection': 'fail',
    'account.partner_registration': 'not_checked',
    'account.app_status': 'not_checked',
  },
  // Every request is refused with 401: whether the platform is registered and active is not checked.
  'expired-refresh-token': {
    'account.connection': 'fail',
    'account.partner_registration': 'not_checked',
    'account.app_status': 'not_checked',
  },
  'large-account': {},
};

/** What a check says when the scenario does not mention it: pass, except where Tesla reports nothing for
 * today's cars (the streaming toggle exists only on older Model S/X). */
const DEFAULT: Expect = { 'vehicle.streaming_toggle': 'not_applicable' };

const dirs: Array<() => void> = [];
afterAll(() => dirs.forEach((remove) => remove()));

async function runChecklistFor(scenario: string) {
  // A fast clock: fault delays pass in a blink; the service reads the same clock, so ages stay true.
  const sim = await startSimulator({ scenario, autoConsent: true, speed: 1000 });
  try {
    const session = await simSession(sim);
    const before = sim.admin.requestLog().length;
    const service = simChecklistService(sim, session);
    const report = await service.run(session.accountId);
    const log = sim.admin
      .requestLog()
      .slice(before)
      .filter((e) => e.path.includes('/api/1/'));
    return { report, log, products: sim.scenario };
  } finally {
    await sim.close();
  }
}

const statusOf = (checks: Check[], id: string) => [...new Set(checks.filter((c) => c.id === id).map((c) => c.status))];

describe('checklist over the simulator’s scenario catalogue', () => {
  it('has an expectation for every scenario in the catalogue', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...scenarioNames].sort());
  });

  for (const name of scenarioNames) {
    it(`${name}: the expected findings, within the request budget, no wake, no repeated read`, async () => {
      const { report, log, products } = await runChecklistFor(name);
      expect(ReportSchema.parse(report)).toBeTruthy();
      const expected = EXPECTED[name] ?? {};
      const present = new Set(report.checks.map((c) => c.id));
      for (const id of CHECK_IDS) {
        if (!present.has(id)) continue;
        const want = expected[id] ?? (name === 'large-account' ? undefined : DEFAULT[id]);
        if (want) expect(statusOf(report.checks, id), id).toEqual([want]);
        else if (name !== 'large-account') expect(statusOf(report.checks, id), id).toEqual(['pass']);
      }
      for (const id of Object.keys(expected)) expect(present.has(id as Check['id']), `${id} present`).toBe(true);
      // Frugality: never a wake; each path read once unless Tesla asked to retry; the meter agrees with the log.
      expect(log.filter((e) => e.billing === 'wake')).toEqual([]);
      expect(log.filter((e) => e.path.endsWith('/fleet_status')).length).toBeLessThanOrEqual(1);
      const answered = log.filter((e) => e.status < 400).map((e) => `${e.method} ${e.path}`);
      expect(new Set(answered).size).toBe(answered.length);
      expect(report.apiUsage.requests).toBe(log.length);
      if (
        products.energySites.length <= 1 &&
        products.vehicles.length <= 1 &&
        !['rate-limited', 'flaky-5xx', 'expired-refresh-token'].includes(name)
      ) {
        expect(log.length).toBeLessThanOrEqual(6);
      }
    });
  }

  it('healthy covers every check id, both verdicts ready', async () => {
    const { report } = await runChecklistFor('healthy');
    expect(new Set(report.checks.map((c) => c.id))).toEqual(new Set(CHECK_IDS));
    const ready = { ready: true, blocking: [], waiting: [] };
    expect(report.verdicts).toEqual({ charge: ready, discharge: ready, vehicle: ready });
  });

  it('large account: one fleet_status for all 25 cars, two reads per site', async () => {
    const { report, log } = await runChecklistFor('large-account');
    expect(log.filter((e) => e.path.endsWith('/fleet_status'))).toHaveLength(1);
    expect(log).toHaveLength(1 + 25 * 2 + 1);
    expect(report.checks.filter((c) => c.id === 'vehicle.virtual_key')).toHaveLength(25);
  });

  it('runs on a session from connect’s AccountService (headless sign-in with auto-consent)', async () => {
    const { dir, remove } = tempDir();
    dirs.push(remove);
    const conn = await connectHeadless({ dataDir: dir, scenario: 'unpaired-car', sessionOnly: true });
    try {
      const service = new ChecklistService({
        sessionFor: (id) => conn.service.session(id),
        profileFor: () => ({ partnerDomain: 'partner.example' }),
        meta: { appVersion: '0.0.0-test' },
      });
      const report = await service.run(conn.accountId);
      const key = report.checks.find((c) => c.id === 'vehicle.virtual_key');
      expect(key?.status).toBe('fail');
      expect(key?.fix?.links[0]?.url).toMatch(/^https:\/\/tesla\.com\/_ak\/partner\.example\?vin=/);
      expect(report.apiUsage.requests).toBeLessThanOrEqual(6);
      expect(JSON.stringify(report)).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // no token anywhere in the report
    } finally {
      await conn.close();
    }
  });

  it('exports Solar and grid charging locked carry the right fix', async () => {
    const solar = inEnglish(
      (await runChecklistFor('exports-solar')).report.checks.find(
        (c) => c.id === 'energy.energy_exports',
      ) as Report['checks'][number],
    );
    expect(solar.fix?.summary).toBe('In the Tesla app: Settings > Energy Exports > Everything');
    const locked = inEnglish(
      (await runChecklistFor('grid-charging-locked')).report.checks.find(
        (c) => c.id === 'energy.grid_charging',
      ) as Report['checks'][number],
    );
    expect(locked.fix?.summary).toBe('Set “Grid Charging” to Yes in Tesla One (the customer cannot)');
  });
});
