// Layered diagnosis: the first failing layer is the cause; what depends on it is not_checked (never a
// problem, never counted); rootCause names the one check and who acts, or null when healthy.
import { describe, expect, it } from 'vitest';
import type { Check } from '@shared/report/check-types';
import { applyLayers, LAYERS, layerOf, problemCount, rootCause } from '@shared/checklist/layers';
import { problemsByFixer } from '@shared/checklist/problems';
import { CHECK_IDS } from '@shared/report/check-types';
import { stubCheck } from '@test/support/stub-check';

const site = (id: string) => ({ kind: 'energy_site' as const, id });
const car = { kind: 'vehicle' as const, id: 'VIN1' };

const c = stubCheck;

// What the rules say on a 412 (platform not registered): the connection and the app status cannot be judged,
// and the token's scope checks pass or fail on their own.
const on412: Check[] = [
  c('account.connection', 'unknown'),
  c('account.region', 'pass'),
  c('scope.refresh', 'pass'),
  c('scope.energy_read', 'pass'),
  c('scope.vehicle_commands', 'fail', 'customer'),
  c('account.partner_registration', 'fail', 'platform'),
  c('account.app_status', 'unknown'),
  c('account.rate_limit', 'pass'),
];

const byId = (checks: Check[], id: Check['id'], subjectId = 'acct') =>
  checks.find((x) => x.id === id && x.subject.id === subjectId)!;

describe('layers', () => {
  it('gives every check id exactly one layer', () => {
    const all = LAYERS.flatMap((l) => l.checks);
    expect([...all].sort()).toEqual([...CHECK_IDS].sort());
    expect(new Set(all).size).toBe(all.length);
  });

  it('orders reach → sign-in → platform → account → scopes → discovery → site → settings → car', () => {
    expect(LAYERS.map((l) => l.id)).toEqual([
      'reach',
      'sign_in',
      'platform',
      'account',
      'scopes',
      'discovery',
      'site',
      'site_settings',
      'vehicle',
    ]);
    expect(layerOf('account.partner_registration')).toBeLessThan(layerOf('account.connection'));
    expect(layerOf('scope.energy_read')).toBeLessThan(layerOf('energy.site_discovery'));
    expect(layerOf('energy.reachable')).toBeLessThan(layerOf('energy.grid_charging'));
  });
});

describe('applyLayers', () => {
  it('on a 412: one problem, the others not_checked and blocked by it, with the cause’s words', () => {
    const layered = applyLayers(on412);
    expect(problemCount(layered)).toBe(1);
    expect(byId(layered, 'account.partner_registration').status).toBe('fail');
    for (const id of ['account.connection', 'account.app_status', 'scope.vehicle_commands'] as const) {
      const x = byId(layered, id);
      expect(x.status, id).toBe('not_checked');
      expect(x.blockedBy).toBe('account.partner_registration');
      expect(x.blockedByText).toEqual({ key: 'k.account.partner_registration', params: {} });
      expect(x.fix).toBeUndefined();
    }
    // Facts read from the token alone still pass.
    expect(byId(layered, 'scope.energy_read').status).toBe('pass');
    // never grouped under an actor
    expect(problemsByFixer(layered).flatMap((g) => g.checks.map((x) => x.id))).toEqual([
      'account.partner_registration',
    ]);
  });

  it('shows the account’s checks in layer order', () => {
    expect(applyLayers(on412).map((x) => x.id)).toEqual([
      'account.region',
      'account.partner_registration',
      'account.app_status',
      'account.connection',
      'account.rate_limit',
      'scope.refresh',
      'scope.energy_read',
      'scope.vehicle_commands',
    ]);
  });

  it('a revoked token (account layer) blocks the platform checks that could not be judged', () => {
    const layered = applyLayers([
      c('account.connection', 'fail', 'customer'),
      c('account.partner_registration', 'unknown'),
      c('account.app_status', 'unknown'),
      c('account.rate_limit', 'pass'),
    ]);
    expect(problemCount(layered)).toBe(1);
    expect(byId(layered, 'account.app_status').blockedBy).toBe('account.connection');
  });

  it('a rate limit that kept the product list from being read is the one cause', () => {
    const layered = applyLayers([
      c('account.connection', 'unknown'),
      c('account.partner_registration', 'unknown'),
      c('account.app_status', 'unknown'),
      c('account.rate_limit', 'warn', 'wait'),
    ]);
    expect(layered.filter((x) => x.status !== 'not_checked').map((x) => x.id)).toEqual(['account.rate_limit']);
  });

  it('a rate limit on one site read blocks only what was not read; real findings stand', () => {
    const layered = applyLayers([
      c('account.connection', 'pass'),
      c('account.rate_limit', 'warn', 'wait'),
      c('energy.grid_charging', 'fail', 'customer', site('2')),
      c('energy.energy_exports', 'unknown', 'app', site('1')),
    ]);
    expect(byId(layered, 'energy.grid_charging', '2').status).toBe('fail');
    expect(byId(layered, 'energy.energy_exports', '1').blockedBy).toBe('account.rate_limit');
  });

  it('an unreachable site blocks its own settings, not another site’s', () => {
    const layered = applyLayers([
      c('energy.reachable', 'fail', 'customer', site('1')),
      c('energy.grid_charging', 'unknown', 'app', site('1')),
      c('energy.grid_charging', 'unknown', 'app', site('2')),
    ]);
    expect(byId(layered, 'energy.grid_charging', '1').status).toBe('not_checked');
    expect(byId(layered, 'energy.grid_charging', '2').status).toBe('unknown');
  });

  it('a missing vehicle box does not block the Powerwall; a missing energy box does', () => {
    const layered = applyLayers([
      c('scope.vehicle_read', 'fail', 'customer'),
      c('scope.energy_read', 'fail', 'customer'),
      c('energy.site_discovery', 'unknown'),
      c('vehicle.virtual_key', 'unknown', 'app', car),
    ]);
    expect(byId(layered, 'energy.site_discovery').blockedBy).toBe('scope.energy_read');
    expect(byId(layered, 'vehicle.virtual_key', 'VIN1').blockedBy).toBe('scope.vehicle_read');
    expect(problemCount(layered)).toBe(2);
  });

  it('independent findings of one layer all stand (an unticked box and an unpaired car)', () => {
    const checks = [
      c('scope.energy_commands', 'fail', 'customer'),
      c('energy.grid_charging', 'fail', 'customer', site('1')),
      c('vehicle.virtual_key', 'fail', 'customer', car),
    ];
    expect(applyLayers(checks).map((x) => x.status)).toEqual(['fail', 'fail', 'fail']);
  });

  it('is idempotent', () => {
    const once = applyLayers(on412);
    expect(applyLayers(once)).toEqual(once);
  });
});

describe('rootCause', () => {
  it('is null when healthy (passes, n/a and harmless warnings)', () => {
    expect(rootCause([c('account.connection', 'pass'), c('scope.vehicle_location', 'not_applicable')])).toBeNull();
  });

  it('names the earliest failing layer and who acts', () => {
    expect(rootCause(on412)).toEqual({ checkId: 'account.partner_registration', actor: 'platform' });
    expect(rootCause([c('account.connection', 'unknown'), c('account.app_status', 'fail', 'platform')])).toEqual({
      checkId: 'account.app_status',
      actor: 'platform',
    });
    expect(rootCause([c('account.connection', 'unknown'), c('account.rate_limit', 'warn', 'wait')])).toEqual({
      checkId: 'account.rate_limit',
      actor: 'wait',
    });
    expect(
      rootCause([c('vehicle.virtual_key', 'fail', 'customer', car), c('scope.energy_commands', 'fail', 'customer')]),
    ).toEqual({ checkId: 'scope.energy_commands', actor: 'customer' });
  });

  it('falls back to what could not be judged when nothing failed', () => {
    expect(rootCause([c('account.connection', 'unknown'), c('account.partner_registration', 'unknown')])).toEqual({
      checkId: 'account.partner_registration',
      actor: 'installer',
    });
  });
});
