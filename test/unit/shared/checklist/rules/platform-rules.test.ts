import { describe, expect, it } from 'vitest';
// The rules' own findings, before layering (test/unit/shared/checklist/layers.test.ts).
import { judgeChecks, judgeChecks as build, verdicts } from '@shared/checklist/build-checks';
import { checkWords } from '@shared/text/check-text';
import { textIn } from '@shared/text/languages';
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import { allInEnglish } from '@test/support/english-checks';
import { REQ } from '@shared/checklist/checklist-input';
import type { Check } from '@shared/report/check-types';
import { answer, CAR, handInput, NOW, SITE } from '@test/support/checklist-input';

const buildChecks = (input: ChecklistInput) => allInEnglish(build(input));

const find = (checks: Check[], id: string) => {
  const c = checks.find((x) => x.id === id);
  if (!c) throw new Error(`no ${id}`);
  return c;
};
const steps = (c: Check) => [c.fix?.summary, ...(c.fix?.steps ?? [])].join(' ');

const REGISTER_412 =
  'Account 6db8b5d9d9bf-463b-9555-04c1eec24067 must be registered in the current region https://fleet-api.prd.eu.vn.cloud.tesla.com, please see https://developer.tesla.com/docs/fleet-api/endpoints/partner-endpoints#register';

describe('account.partner_registration', () => {
  it('fails on a 412: the platform registers in region EU, and the check says nobody on site can fix it', () => {
    const checks = buildChecks(handInput([answer(REQ.products, { error: REGISTER_412 }, 412)]));
    const c = find(checks, 'account.partner_registration');
    expect(c).toMatchObject({
      status: 'fail',
      text: { key: 'partner.not_registered', params: { region: 'EU' } },
      fix: { actor: 'platform' },
    });
    expect(c.detail).toMatch(/Nobody on site can fix this/);
    expect(steps(c)).toMatch(/On site: nothing to change/);
    expect(steps(c)).not.toMatch(/ask (the|your) installer/i);
    // The connection is not blamed: it is unknown and points at the platform's registration.
    expect(find(checks, 'account.connection')).toMatchObject({
      status: 'unknown',
      text: { key: 'connection.blocked' },
    });
    expect(find(checks, 'account.connection').detail).toMatch(/Platform registration/);
    expect(verdicts(checks).charge.blocking).toContain('account.partner_registration@acct-1');
  });

  it('passes once Tesla answered anything; unknown when nothing was answered', () => {
    expect(
      find(buildChecks(handInput([answer(REQ.products, { response: [SITE] })])), 'account.partner_registration').status,
    ).toBe('pass');
    expect(find(buildChecks(handInput([answer(REQ.products, null, 0)])), 'account.partner_registration').status).toBe(
      'unknown',
    );
  });

  it('a 424 public-key download failure is the platform’s too', () => {
    const c = find(
      buildChecks(
        handInput([
          answer(
            REQ.products,
            {
              error:
                'Public key download failed for https://x.example/.well-known/appspecific/com.tesla.3p.public-key.pem, error: too large',
            },
            424,
          ),
        ]),
      ),
      'account.partner_registration',
    );
    expect(c).toMatchObject({ status: 'fail', text: { key: 'partner.key_download' }, fix: { actor: 'platform' } });
  });
});

describe('account.app_status', () => {
  it('fails on EXCEEDED_LIMIT: the platform’s billing, never a missing scope', () => {
    const checks = buildChecks(handInput([answer(REQ.products, { error: 'account disabled: EXCEEDED_LIMIT' }, 403)]));
    expect(find(checks, 'account.app_status')).toMatchObject({
      status: 'fail',
      text: { key: 'app_status.exceeded' },
      fix: { actor: 'platform' },
    });
    for (const id of ['scope.energy_read', 'scope.energy_commands', 'scope.vehicle_read', 'scope.vehicle_commands'])
      expect(find(checks, id).status).not.toBe('fail');
    expect(find(checks, 'account.connection').status).toBe('unknown');
  });

  it('fails on an Owner-API token, and the connection names it', () => {
    const checks = buildChecks(
      handInput([
        answer(
          REQ.products,
          { response: null, error: 'forbidden, see https://developer.tesla.com/docs/fleet-api', error_description: '' },
          403,
        ),
      ]),
    );
    expect(find(checks, 'account.app_status')).toMatchObject({ status: 'fail', text: { key: 'app_status.owner_api' } });
    expect(find(checks, 'account.connection')).toMatchObject({
      status: 'fail',
      text: { key: 'connection.owner_api' },
      fix: { actor: 'platform' },
    });
  });

  it('a 403 “missing scopes” for a scope the token holds warns here, not on the scope checks', () => {
    const responses = [
      answer(REQ.products, { response: [SITE] }),
      answer(REQ.siteInfo('42'), { response: null, error: 'Unauthorized missing scopes' }, 403),
      answer(REQ.liveStatus('42'), { response: {} }),
    ];
    const checks = buildChecks(handInput(responses));
    expect(find(checks, 'account.app_status')).toMatchObject({
      status: 'warn',
      text: { key: 'app_status.scope_mismatch', params: { scope: 'energy_device_data' } },
    });
    expect(find(checks, 'scope.energy_read').status).toBe('pass');
    // Nor is the site blamed for the platform's 403.
    expect(find(checks, 'energy.reachable')).toMatchObject({ status: 'unknown', fix: { actor: 'app' } });
  });

  it('passes when Tesla answered', () => {
    expect(find(buildChecks(handInput([answer(REQ.products, { response: [] })])), 'account.app_status').status).toBe(
      'pass',
    );
  });
});

describe('account.rate_limit', () => {
  it('warns, never fails, with the time Tesla names and that the limit is shared; what it hid is unknown with that reason', () => {
    const responses = [
      answer(REQ.products, { response: [SITE, CAR] }),
      answer(REQ.siteInfo('42'), { response: null, error: 'Too Many Requests' }, 429, { retryAfterSeconds: 37829 }),
      answer(REQ.liveStatus('42'), { response: {} }),
      answer(REQ.fleetStatus, { response: { key_paired_vins: [CAR.vin], unpaired_vins: [] } }),
    ];
    const checks = buildChecks(handInput(responses));
    const c = find(checks, 'account.rate_limit');
    const until = new Date(NOW + 37829 * 1000).toISOString().slice(11, 16);
    // Wrong signal 3 (issue 23): the moment as a time each edge shows in local time, and how long it is.
    const at = new Date(NOW + 37829 * 1000).toISOString();
    expect(c).toMatchObject({ status: 'warn', waiting: true, fix: { actor: 'wait' } });
    expect(c.text?.params).toMatchObject({ until: at });
    expect(c.title).toBe(`Tesla asks to wait until ${at}, in about 10 h 30 min`);
    expect(c.detail).toMatch(/shared with other apps on this device/);
    const reachable = checks.find((x) => x.id === 'energy.reachable');
    expect(reachable?.status).toBe('unknown');
    expect(reachable?.detail).toMatch(new RegExp(`wait until ${until} UTC`));
    expect(verdicts(checks).charge.blocking).not.toContain('account.rate_limit@acct-1');
    expect(verdicts(checks).charge.waiting).toContain('account.rate_limit@acct-1');
  });

  it('passes without a 429', () => {
    expect(find(buildChecks(handInput([answer(REQ.products, { response: [] })])), 'account.rate_limit').status).toBe(
      'pass',
    );
  });
});

describe('wrong signal 1 (issue 23): a refused request is named in words, never "[object Object]"', () => {
  it('partner registration and app status say what Tesla answered, and do not claim it never answered', () => {
    const checks = buildChecks(
      handInput([
        answer(REQ.products, { response: null, error: 'upstream internal error', error_description: '' }, 500),
      ]),
    );
    for (const id of ['account.partner_registration', 'account.app_status']) {
      const c = find(checks, id);
      expect(c.status).toBe('unknown');
      expect(c.detail).not.toContain('[object Object]');
      expect(c.detail).toContain('GET /api/1/products: 500 upstream internal error');
      expect(c.detail).not.toMatch(/got an answer/);
    }
  });

  it('in German too', () => {
    const raw = judgeChecks(handInput([answer(REQ.products, { response: null, error: 'x' }, 503)]));
    const de = checkWords(textIn('de'));
    const c = raw.find((x) => x.id === 'account.partner_registration')!;
    expect(de.detail(c)).not.toContain('[object Object]');
    expect(de.detail(c)).toMatch(/^Keine Anfrage war erfolgreich/);
  });
});
