// The stand-in root cause: the first failing check in layer order, with its actor.
import { describe, expect, it } from 'vitest';
import { rootCause } from '@shared/sweep/root-cause';
import type { Check } from '@shared/checklist/check-types';

const check = (id: Check['id'], status: Check['status'], actor?: 'customer' | 'platform'): Check => ({
  id,
  subject: { kind: 'account', id: 'a' },
  status,
  evidence: [],
  ...(actor ? { fix: { links: [], actor } } : {}),
});

describe('rootCause', () => {
  it('picks the failing check of the lowest layer whatever the list order', () => {
    const checks = [
      check('energy.permission_to_export', 'fail', 'customer'),
      check('account.app_status', 'fail', 'platform'),
      check('account.connection', 'pass'),
    ];
    expect(rootCause(checks)).toEqual({ checkId: 'account.app_status', actor: 'platform' });
  });
  it('is null when nothing fails (warnings are no root cause)', () => {
    expect(rootCause([check('account.rate_limit', 'warn'), check('account.connection', 'pass')])).toBeNull();
  });
});
