// Changes since the last sweep: newly broken, recovered, changed; a home seen for the first time is none.
import { describe, expect, it } from 'vitest';
import { changesSince, splitChanges } from '@shared/sweep/changes';
import type { HomeResult } from '@shared/sweep/sweep-types';

const r = (ref: string, cause: string): HomeResult => ({
  ref,
  cause,
  actor: null,
  dataAgeSeconds: null,
  requests: 3,
  checks: [],
});

describe('changesSince', () => {
  it('finds newly broken, recovered and changed homes, and ignores unchanged and new ones', () => {
    const previous = new Map<string, string | null>([
      ['a', 'healthy'],
      ['b', 'scope.energy_read'],
      ['c', 'scope.energy_read'],
      ['d', 'healthy'],
      ['e', null],
    ]);
    const changes = changesSince(previous, [
      r('a', 'account.connection'),
      r('b', 'healthy'),
      r('c', 'energy.permission_to_export'),
      r('d', 'healthy'),
      r('e', 'account.connection'),
      r('f', 'account.connection'),
    ]);
    expect(changes).toEqual([
      { ref: 'a', kind: 'newly_broken', fromCause: 'healthy', toCause: 'account.connection' },
      { ref: 'b', kind: 'recovered', fromCause: 'scope.energy_read', toCause: 'healthy' },
      { ref: 'c', kind: 'changed', fromCause: 'scope.energy_read', toCause: 'energy.permission_to_export' },
    ]);
    const split = splitChanges(changes);
    expect(split.newlyBroken.map((c) => c.ref)).toEqual(['a', 'c']);
    expect(split.recovered.map((c) => c.ref)).toEqual(['b']);
  });
});
