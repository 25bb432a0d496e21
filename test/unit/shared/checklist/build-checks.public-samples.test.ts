// The rules over Tesla's public sample bodies (test/fixtures/tesla-public), plus hand-made variants of
// them for the cases the samples do not show.
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// The rules' own findings, before layering (shared/checklist/layers.ts is tested on its own).
import { judgeChecks as rulesChecks, verdicts } from '@shared/checklist/build-checks';
import { CheckSchema, type Check } from '@shared/report/check-types';
import { inputFromReport, REQ, type ChecklistInput } from '@shared/checklist/checklist-input';
import { buildReport } from '@main/checklist/build-report';
import type { RawResponse } from '@shared/report/report-schema';
import { allInEnglish } from '@test/support/english-checks';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/tesla-public', import.meta.url));
const load = (name: string): unknown => JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8'));
const NOW = Date.parse('2024-01-01T00:05:00Z');
const VIN = 'LRW3F7EK4NC700000';
const ALL = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_cmds',
  'energy_device_data',
  'energy_cmds',
];

const raw = (request: string, body: unknown, status = 200): RawResponse => ({
  request,
  status,
  receivedAt: new Date(NOW).toISOString(),
  body,
});

function input(over: Partial<ChecklistInput> = {}, responses?: RawResponse[]): ChecklistInput {
  return {
    now: NOW,
    account: {
      id: 'acct-1',
      region: 'NA',
      grantedScopes: ALL,
      accessTokenExpiresAt: NOW + 3600_000,
      hasRefreshToken: true,
    },
    profile: { partnerDomain: 'partner.example' },
    responses: responses ?? [
      raw(REQ.products, load('products.json')),
      raw(REQ.siteInfo('123456'), load('site_info.json')),
      raw(REQ.liveStatus('123456'), load('live_status.json')),
    ],
    ...over,
  };
}

/** The rules' checks with their words rendered in English, so the assertions below can read them. */
const buildChecks = (i: ChecklistInput) => allInEnglish(rulesChecks(i));

const find = (checks: Check[], id: string, subject: string) => {
  const c = checks.find((x) => x.id === id && x.subject.id === subject);
  if (!c) throw new Error(`no ${id}@${subject}`);
  return c;
};

describe('rules on the public samples', () => {
  const checks = buildChecks(input());

  it('records keys and values only, never a sentence', () => {
    for (const c of rulesChecks(input())) {
      expect(CheckSchema.parse(c)).toEqual(c);
      expect(c).not.toHaveProperty('title');
      expect(c).not.toHaveProperty('detail');
      if (c.fix) expect(Object.keys(c.fix).sort()).toEqual(['links', 'text', ...(c.fix.actor ? ['actor'] : [])].sort());
      for (const e of c.evidence) expect(e).not.toHaveProperty('note');
    }
  });

  it('produces valid checks, each with English text and its translation key', () => {
    for (const c of checks) {
      expect(CheckSchema.parse(c)).toEqual(c);
      expect(c.text?.key).toBeTruthy();
      expect(c.title).not.toMatch(/\{\{/);
      expect(c.detail).not.toMatch(/\{\{/);
      if (c.status !== 'pass' && c.status !== 'not_applicable' && c.fix) expect(c.fix.text?.key).toMatch(/^fix\./);
    }
  });

  it('reads Energy Exports "Solar" (pv_only) as a failure with the Tesla app path', () => {
    const c = find(checks, 'energy.energy_exports', '123456');
    expect(c.status).toBe('fail');
    expect(c.evidence[0]).toMatchObject({
      source: 'GET /api/1/energy_sites/123456/site_info',
      field: 'components.customer_preferred_export_rule',
      value: 'pv_only',
    });
    // edit_setting_energy_exports is absent in the sample: the app path is offered, and the evidence says absent.
    expect(c.fix?.summary).toBe('In the Tesla app: Settings > Energy Exports > Everything');
    expect(c.evidence[1]).toMatchObject({ field: 'components.edit_setting_energy_exports', value: 'absent' });
  });

  it('reads disallow_charge_from_grid_with_solar_installed=true as Grid Charging No', () => {
    const c = find(checks, 'energy.grid_charging', '123456');
    expect(c.status).toBe('fail');
    expect(c.title).toBe('Grid Charging: No');
  });

  it('shows Permission to Export as not reported when non_export_configured is absent (inferred field)', () => {
    const c = find(checks, 'energy.permission_to_export', '123456');
    expect(c.status).toBe('unknown');
    expect(c.evidence[0]).toMatchObject({ value: 'absent' });
    expect(c.evidence[0]?.note).toMatch(/inferred/);
  });

  it('finds the battery and warns that the sample’s live data is old', () => {
    expect(find(checks, 'energy.battery_present', '123456')).toMatchObject({
      status: 'pass',
      title: 'Powerwall present (2)',
    });
    const reach = find(checks, 'energy.reachable', '123456');
    expect(reach.status).toBe('pass'); // 5 minutes old
    const later = buildChecks(input({ now: NOW + 3 * 3600_000 }));
    expect(find(later, 'energy.reachable', '123456')).toMatchObject({
      status: 'warn',
      text: { key: 'reachable.stale' },
    });
  });

  it('treats the bare site (no battery, solar or grid) as having no Powerwall; battery checks do not apply', () => {
    expect(find(checks, 'energy.battery_present', '98765').status).toBe('fail');
    expect(find(checks, 'energy.command_readiness', '98765').status).toBe('not_applicable');
    // Its site_info was not read: the settings are unknown, saying why, not guessed.
    expect(find(checks, 'energy.energy_exports', '98765')).toMatchObject({ status: 'unknown' });
    expect(find(checks, 'energy.energy_exports', '98765').detail).toContain('not read');
  });

  it('an asleep car passes reachability and is never woken; without fleet_status its key is unknown, never pass', () => {
    expect(find(checks, 'vehicle.reachable', VIN)).toMatchObject({
      status: 'pass',
      text: { key: 'vehicle_state.asleep' },
    });
    expect(find(checks, 'vehicle.virtual_key', VIN).status).toBe('unknown');
    expect(find(checks, 'vehicle.command_protocol', VIN).status).toBe('pass'); // command_signing "allowed"
  });

  it('blocks both verdicts with the failing items listed', () => {
    const v = verdicts(checks);
    expect(v.charge.ready).toBe(false);
    expect(v.discharge.ready).toBe(false);
    // Grid Charging blocks charging from the grid; Energy Exports blocks discharging to it.
    expect(v.charge.blocking).toContain('energy.grid_charging@123456');
    expect(v.charge.blocking).not.toContain('energy.energy_exports@123456');
    expect(v.discharge.blocking).toContain('energy.energy_exports@123456');
    expect(v.discharge.blocking).not.toContain('energy.grid_charging@123456');
    // The bare site has no battery, so its items do not block the battery verdicts.
    expect([...v.charge.blocking, ...v.discharge.blocking].some((b) => b.endsWith('@98765'))).toBe(false);
    expect(v.vehicle).toEqual({ ready: false, blocking: [`vehicle.virtual_key@${VIN}`], waiting: [] });
  });
});

describe('virtual key from fleet_status (reference sample shape)', () => {
  const fleet = (paired: string[], unpaired: string[]) =>
    raw(REQ.fleetStatus, {
      response: {
        key_paired_vins: paired,
        unpaired_vins: unpaired,
        vehicle_info: {
          [VIN]: {
            firmware_version: '2024.14.30',
            vehicle_command_protocol_required: true,
            discounted_device_data: false,
            fleet_telemetry_version: '1.0.0',
            total_number_of_keys: 5,
          },
        },
      },
    });
  const base = () => input().responses;

  it('paired passes', () => {
    const c = find(buildChecks(input({}, [...base(), fleet([VIN], [])])), 'vehicle.virtual_key', VIN);
    expect(c.status).toBe('pass');
    expect(c.fix).toBeUndefined();
  });

  it('unpaired fails with the pairing link for the profile’s partner domain', () => {
    const c = find(buildChecks(input({}, [...base(), fleet([], [VIN])])), 'vehicle.virtual_key', VIN);
    expect(c.status).toBe('fail');
    expect(c.fix?.links).toEqual([
      { label: 'Pairing link', url: `https://tesla.com/_ak/partner.example?vin=${VIN}`, kind: 'pairing' },
    ]);
    expect(c.fix?.steps?.join(' ')).toMatch(/Tesla app/);
  });

  it('unpaired without a configured partner domain gives no guessed link', () => {
    const c = find(
      buildChecks(input({ profile: { partnerDomain: null } }, [...base(), fleet([], [VIN])])),
      'vehicle.virtual_key',
      VIN,
    );
    expect(c.fix?.links).toEqual([]);
    expect(c.fix?.summary).toMatch(/partner domain not configured/);
  });

  it('a VIN in neither list is unknown', () => {
    expect(find(buildChecks(input({}, [...base(), fleet([], [])])), 'vehicle.virtual_key', VIN).status).toBe('unknown');
  });

  it('a driver account cannot pair alone: vehicle.pairing_account fails with the owner’s or the in-car path', () => {
    const products = load('products.json') as { response: Array<Record<string, unknown>> };
    products.response[0] = { ...products.response[0], access_type: 'DRIVER' };
    const responses = [raw(REQ.products, products), fleet([], [VIN])];
    const checks = buildChecks(input({}, responses));
    const c = find(checks, 'vehicle.pairing_account', VIN);
    expect(c).toMatchObject({ status: 'fail', text: { key: 'pairing.driver' }, fix: { actor: 'customer' } });
    expect((c.fix?.steps ?? []).join(' ')).toMatch(/owner .* or the driver .* keycard/);
    expect(find(checks, 'vehicle.command_protocol', VIN).status).not.toBe('fail');
  });
});

describe('site settings variants', () => {
  const withComponents = (components: Record<string, unknown>, top: Record<string, unknown> = {}) => {
    const info = load('site_info.json') as {
      response: Record<string, unknown> & { components: Record<string, unknown> };
    };
    info.response = { ...info.response, ...top, components: { ...info.response.components, ...components } };
    return buildChecks(
      input({}, [
        raw(REQ.products, load('products.json')),
        raw(REQ.siteInfo('123456'), info),
        raw(REQ.liveStatus('123456'), load('live_status.json')),
      ]),
    );
  };

  it('Everything passes; absent export rule is unknown with the known reasons', () => {
    expect(
      find(withComponents({ customer_preferred_export_rule: 'battery_ok' }), 'energy.energy_exports', '123456').status,
    ).toBe('pass');
    const absent = find(
      withComponents({ customer_preferred_export_rule: undefined }),
      'energy.energy_exports',
      '123456',
    );
    expect(absent.status).toBe('unknown');
    expect(absent.detail).toMatch(/VPP/);
    expect(
      find(withComponents({ customer_preferred_export_rule: 'never' }), 'energy.energy_exports', '123456').status,
    ).toBe('fail');
  });

  it('a setting the customer cannot edit gives the installer their own path (Tesla One), never “ask the installer”', () => {
    const c = find(withComponents({ edit_setting_grid_charging: false }), 'energy.grid_charging', '123456');
    expect(c.fix?.summary).toBe('Set “Grid Charging” to Yes in Tesla One (the customer cannot)');
    expect(c.fix?.actor).toBe('installer');
    expect([c.fix?.summary, ...(c.fix?.steps ?? [])].join(' ')).not.toMatch(/ask (the|your) installer/i);
    const editable = find(withComponents({ edit_setting_grid_charging: true }), 'energy.grid_charging', '123456');
    expect(editable.fix?.summary).toBe('In the Tesla app: Settings > Grid Charging > Yes');
  });

  it('absent or false disallow flag means grid charging is allowed', () => {
    expect(
      find(
        withComponents({ disallow_charge_from_grid_with_solar_installed: undefined }),
        'energy.grid_charging',
        '123456',
      ).status,
    ).toBe('pass');
    expect(
      find(withComponents({ disallow_charge_from_grid_with_solar_installed: false }), 'energy.grid_charging', '123456')
        .status,
    ).toBe('pass');
  });

  it('Permission to Export: non_export_configured true waits (a warning, never a failure), false passes', () => {
    const pre = find(withComponents({ non_export_configured: true }), 'energy.permission_to_export', '123456');
    expect(pre.status).toBe('warn');
    expect(pre.waiting).toBe(true);
    expect(pre.fix?.summary).toMatch(/^Once the utility has granted permission to operate, set “Permission to Export”/);
    expect(find(withComponents({ non_export_configured: false }), 'energy.permission_to_export', '123456').status).toBe(
      'pass',
    );
  });

  it('the reserve at the 80% cap limits commands', () => {
    const c = find(withComponents({}, { backup_reserve_percent: 80 }), 'energy.command_readiness', '123456');
    expect(c.status).toBe('warn');
    expect(c.detail).toMatch(/80% cap/);
  });
});

describe('account and scopes', () => {
  it('a missing Energy Product Commands box fails, naming the checkbox and the reconnect fix', () => {
    const checks = buildChecks(
      input({ account: { ...input().account, grantedScopes: ALL.filter((s) => s !== 'energy_cmds') } }),
    );
    const c = find(checks, 'scope.energy_commands', 'acct-1');
    expect(c.status).toBe('fail');
    expect(c.title).toBe('“Energy Product Commands” not allowed');
    expect(c.fix?.summary).toBe('Reconnect and tick “Energy Product Commands”');
    expect(c.fix?.links[0]).toMatchObject({ kind: 'reconnect' });
    expect(c.fix?.links[0]?.url).toContain('prompt_missing_scopes=true');
    expect(find(checks, 'energy.command_readiness', '123456').status).toBe('fail');
  });

  it('vehicle scopes do not apply to an account without cars (when vehicle data was granted)', () => {
    const products = load('products.json') as { response: unknown[] };
    products.response = products.response.slice(1);
    const checks = buildChecks(input({}, [raw(REQ.products, products)]));
    expect(find(checks, 'scope.vehicle_read', 'acct-1').status).toBe('not_applicable');
    expect(find(checks, 'scope.vehicle_commands', 'acct-1').status).toBe('not_applicable');
  });

  it('Vehicle Charging Management alone is enough for vehicle commands', () => {
    const scopes = ALL.filter((s) => s !== 'vehicle_cmds').concat('vehicle_charging_cmds');
    expect(
      find(
        buildChecks(input({ account: { ...input().account, grantedScopes: scopes } })),
        'scope.vehicle_commands',
        'acct-1',
      ).status,
    ).toBe('pass');
  });

  it('connection: no refresh token warns, expired fails, a 401 after refresh fails', () => {
    const a = input().account;
    expect(
      find(buildChecks(input({ account: { ...a, hasRefreshToken: false } })), 'account.connection', 'acct-1').status,
    ).toBe('warn');
    expect(
      find(
        buildChecks(input({ account: { ...a, hasRefreshToken: false, accessTokenExpiresAt: NOW - 1 } })),
        'account.connection',
        'acct-1',
      ).status,
    ).toBe('fail');
    const rejected = buildChecks(input({}, [raw(REQ.products, { response: null, error: 'login_required' }, 401)]));
    expect(find(rejected, 'account.connection', 'acct-1')).toMatchObject({
      status: 'fail',
      text: { key: 'connection.login_required' },
    });
  });

  it('a product list that failed leaves the connection unknown with Tesla’s reason', () => {
    const checks = buildChecks(input({}, [raw(REQ.products, { response: null, error: 'rate limited' }, 429)]));
    const c = find(checks, 'account.connection', 'acct-1');
    expect(c.status).toBe('unknown');
    expect(c.detail).toContain('429: Tesla asks to wait');
    expect(verdicts(checks).discharge.blocking).toContain('account.connection@acct-1');
  });
});

describe('re-running today’s rules on a saved report', () => {
  it('gives the same site and vehicle checks from the report’s raw answers', () => {
    const i = input();
    const report = buildReport(
      i,
      { requests: 3, byClass: { data: 3, command: 0, wake: 0, auth: 0 }, estimatedCostUsd: 0.006 },
      { appVersion: '1.0.0' },
    );
    const again = rulesChecks(inputFromReport(report, i.profile));
    const pick = (cs: Check[]) => cs.filter((c) => c.subject.kind !== 'account');
    expect(pick(again)).toEqual(pick(report.checks));
  });
});

describe('reads the grant cannot answer', () => {
  it('without Energy Product Information the site is unknown, and the fix is to reconnect ticking it', () => {
    const scopes = ALL.filter((s) => s !== 'energy_device_data');
    const checks = buildChecks(
      input({ account: { ...input().account, grantedScopes: scopes } }, [raw(REQ.products, load('products.json'))]),
    );
    const c = find(checks, 'energy.reachable', '123456');
    expect(c.status).toBe('unknown');
    expect(c.detail).toContain('the grant lacks “Energy Product Information”');
    expect(c.fix?.summary).toBe('Reconnect and tick “Energy Product Information”');
    expect(find(checks, 'scope.energy_read', 'acct-1').status).toBe('fail');
  });

  it('a 403 "missing scopes" from fleet_status, with the scope really missing, leaves the key unknown with the reconnect fix', () => {
    const responses = [
      ...input().responses,
      raw(REQ.fleetStatus, { response: null, error: 'Unauthorized missing scopes', error_description: '' }, 403),
    ];
    const scopes = ALL.filter((x) => x !== 'vehicle_device_data');
    const c = find(
      buildChecks(input({ account: { ...input().account, grantedScopes: scopes } }, responses)),
      'vehicle.virtual_key',
      VIN,
    );
    expect(c.status).toBe('unknown');
    expect(c.fix?.summary).toBe('Reconnect and tick “Vehicle Information”');
  });

  it('a 403 "missing scopes" while the token’s scp holds the scope is not called a missing box', () => {
    const responses = [
      ...input().responses,
      raw(REQ.fleetStatus, { response: null, error: 'Unauthorized missing scopes', error_description: '' }, 403),
    ];
    const checks = buildChecks(input({}, responses));
    const key = find(checks, 'vehicle.virtual_key', VIN);
    expect(key.status).toBe('unknown');
    expect(key.fix?.summary).not.toMatch(/tick/);
    expect(find(checks, 'account.app_status', 'acct-1')).toMatchObject({
      status: 'warn',
      text: { key: 'app_status.scope_mismatch' },
      fix: { actor: 'platform' },
    });
    expect(find(checks, 'scope.vehicle_read', 'acct-1').status).toBe('pass');
  });
});

describe('region', () => {
  const wrong = {
    response: null,
    error:
      'user out of region, use base URL: https://fleet-api.prd.eu.vn.cloud.tesla.com, see https://developer.tesla.com',
  };
  it('a 421 left unanswered fails; a 421 followed to the right region warns about the detour', () => {
    const failed = buildChecks(input({}, [raw(REQ.products, wrong, 421)]));
    expect(find(failed, 'account.region', 'acct-1')).toMatchObject({ status: 'fail', text: { key: 'region.wrong' } });
    const followed = buildChecks(input({}, [raw(REQ.products, wrong, 421), ...input().responses]));
    const c = find(followed, 'account.region', 'acct-1');
    expect(c).toMatchObject({ status: 'warn', text: { key: 'region.redirected' } });
    expect(c.detail).toContain('user out of region');
    // The detour does not hide the site: its checks read the answer that followed.
    expect(find(followed, 'energy.energy_exports', '123456').status).toBe('fail');
  });
});
