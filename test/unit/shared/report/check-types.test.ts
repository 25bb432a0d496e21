// Older reports stay readable: a single `battery` verdict (before charge and discharge were told apart) reads
// as both, without `waiting`; a not_checked check keeps what blocked it.
import { describe, expect, it } from 'vitest';
import { CheckSchema, VerdictsSchema } from '@shared/report/check-types';

describe('VerdictsSchema', () => {
  it('reads an older report’s battery verdict as charge and discharge', () => {
    const old = {
      battery: { ready: false, blocking: ['energy.grid_charging@42'] },
      vehicle: { ready: true, blocking: [] },
    };
    expect(VerdictsSchema.parse(old)).toEqual({
      charge: { ready: false, blocking: ['energy.grid_charging@42'], waiting: [] },
      discharge: { ready: false, blocking: ['energy.grid_charging@42'], waiting: [] },
      vehicle: { ready: true, blocking: [], waiting: [] },
    });
  });

  it('refuses a verdict set with neither form', () => {
    expect(VerdictsSchema.safeParse({ vehicle: { ready: true, blocking: [] } }).success).toBe(false);
  });
});

describe('CheckSchema', () => {
  it('keeps a not_checked check’s blocker', () => {
    const c = CheckSchema.parse({
      id: 'account.connection',
      subject: { kind: 'account', id: 'a' },
      status: 'not_checked',
      evidence: [],
      blockedBy: 'account.partner_registration',
      blockedByText: { key: 'partner.not_registered', params: { region: 'NA' } },
    });
    expect(c.blockedBy).toBe('account.partner_registration');
  });
});
