// Problems first: grouped by who fixes them in a fixed order, failures before warnings before unknowns.
import { describe, expect, it } from 'vitest';
import { fixerOf, problemsByFixer } from '@shared/checklist/problems';
import { mixedChecks as checks } from '@test/support/mixed-checks';

describe('problemsByFixer', () => {
  it('groups problems by who fixes them in a fixed order, worst first', () => {
    expect(fixerOf({})).toBe('on_site');
    const groups = problemsByFixer(checks);
    expect(groups.map((g) => g.fixer)).toEqual(['on_site', 'customer', 'platform']);
    expect(groups[1]?.checks.map((c) => c.status)).toEqual(['fail', 'warn']);
  });
});
