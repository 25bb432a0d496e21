import { describe, expect, it } from 'vitest';
// The rules' own findings, before layering (test/unit/shared/checklist/layers.test.ts).
import { judgeChecks as build } from '@shared/checklist/build-checks';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, CAR, handInput } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const connection = (responses: Parameters<typeof handInput>[0]) =>
  buildChecks(handInput(responses)).find((c) => c.id === 'account.connection');

describe('account.connection names the cause', () => {
  it('login_required: the refresh token was rotated or shared; the customer signs in again', () => {
    const c = connection([answer(REQ.products, { error: 'login_required' }, 401)]);
    expect(c).toMatchObject({ status: 'fail', text: { key: 'connection.login_required' }, fix: { actor: 'customer' } });
    expect(c?.detail).toMatch(/used twice.*3 months.*password/);
  });

  it('revoked consent: reconnect, do not pair again (the key stays on the car)', () => {
    const c = connection([answer(REQ.products, { response: null, error: 'token revoked' }, 401)]);
    expect(c).toMatchObject({ status: 'fail', text: { key: 'connection.revoked' } });
    expect(c?.detail).toMatch(/virtual key stays on the car/);
    expect((c?.fix?.steps ?? []).join(' ')).toMatch(/Do not open the pairing link again/);
  });

  it('an expired or unrecognised token keeps the generic refusal', () => {
    expect(connection([answer(REQ.products, '', 401)])?.text?.key).toBe('connection.rejected');
    expect(connection([answer(REQ.products, { error: 'invalid bearer token' }, 401)])?.text?.key).toBe(
      'connection.rejected',
    );
  });

  it('an Owner-API token is named, and it is the platform’s to fix', () => {
    const c = connection([
      answer(
        REQ.products,
        {
          response: null,
          error: 'Endpoint is only available on fleetapi. Visit https://developer.tesla.com/docs for more info',
        },
        412,
      ),
    ]);
    expect(c).toMatchObject({ status: 'fail', text: { key: 'connection.owner_api' }, fix: { actor: 'platform' } });
  });
});

describe('account.connection through the platform', () => {
  it('a borrowed token without a refresh token is the platform’s own connection, not one that will not renew', () => {
    const borrowed = { hasRefreshToken: false, way: 'platform' as const };
    const c = buildChecks(handInput([answer(REQ.products, { response: [CAR] })], borrowed)).find(
      (x) => x.id === 'account.connection',
    );
    expect(c).toMatchObject({ status: 'pass', text: { key: 'connection.borrowed' } });
    expect(c?.fix).toBeUndefined();
    // The same token signed in by the doctor itself still warns: it would stop working.
    const own = buildChecks(
      handInput([answer(REQ.products, { response: [CAR] })], { ...borrowed, way: 'own_app' }),
    ).find((x) => x.id === 'account.connection');
    expect(own).toMatchObject({ status: 'warn', text: { key: 'connection.no_refresh' } });
  });

  it('a borrowed token Tesla refuses is still a refusal', () => {
    const c = buildChecks(
      handInput([answer(REQ.products, { error: 'login_required' }, 401)], { hasRefreshToken: false, way: 'platform' }),
    ).find((x) => x.id === 'account.connection');
    expect(c?.status).toBe('fail');
  });
});

describe('scope.vehicle_location', () => {
  it('warns when the Vehicle Location box is not ticked and the account has a car', () => {
    const checks = buildChecks(
      handInput([answer(REQ.products, { response: [CAR] })], {
        grantedScopes: ['openid', 'offline_access', 'vehicle_device_data', 'vehicle_cmds'],
      }),
    );
    const c = checks.find((x) => x.id === 'scope.vehicle_location');
    expect(c).toMatchObject({ status: 'warn', fix: { actor: 'installer' } });
    expect(c?.detail).toMatch(/strips the car’s location/);
  });
});
