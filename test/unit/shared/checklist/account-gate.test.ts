// The account's gate: a refused product list named as the checklist's root cause (the platform's registration,
// its billing, the sign-in, a rate limit), or nothing when the refusal is no such cause.
import { describe, expect, it } from 'vitest';
import { accountGate } from '@shared/checklist/account-gate';
import { REQ } from '@shared/checklist/checklist-input';
import { answer, handInput } from '@test/support/checklist-input';

const refused = (status: number, body: unknown, extra = {}) => handInput([answer(REQ.products, body, status, extra)]);

describe('accountGate', () => {
  it('412: the platform is not registered in the region', () => {
    const gate = accountGate(
      refused(412, {
        error: 'Account x must be registered in the current region https://fleet-api.prd.eu.vn.cloud.tesla.com',
      }),
    );
    expect(gate).toMatchObject({ id: 'account.partner_registration', status: 'fail', fix: { actor: 'platform' } });
  });

  it('403 billing: the platform’s app status', () => {
    expect(accountGate(refused(403, { error: 'account disabled: EXCEEDED_LIMIT' }))?.id).toBe('account.app_status');
  });

  it('401 revoked: the connection', () => {
    expect(accountGate(refused(401, { error: 'token revoked' }))?.id).toBe('account.connection');
  });

  it('429 with Retry-After: the rate limit, waiting', () => {
    const gate = accountGate(refused(429, { error: 'Too Many Requests' }, { retryAfterSeconds: 37_829 }));
    expect(gate).toMatchObject({ id: 'account.rate_limit', waiting: true, fix: { actor: 'wait' } });
  });

  it('a product list that answered: no gate', () => {
    expect(accountGate(handInput([answer(REQ.products, { response: [] })]))).toBeNull();
  });
});
