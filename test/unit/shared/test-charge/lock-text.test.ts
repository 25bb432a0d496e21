// Which lock is in force, in words: no shared lock held means only this laptop's, said plainly; a shared
// one that could not be reached is named as not in force.
import { describe, expect, it } from 'vitest';
import { heldByLine, lockLines } from '@shared/test-charge/lock-text';
import { textIn } from '@shared/text/languages';

const t = textIn('en');

describe('lockLines', () => {
  it('says only this laptop’s lock is in force when no shared lock is held', () => {
    expect(lockLines(t, [{ kind: 'local', state: 'held' }])).toEqual([
      'Only this laptop’s lock: another installation would not see this test.',
    ]);
    expect(
      lockLines(t, [
        { kind: 'local', state: 'held' },
        { kind: 'platform', state: 'unavailable' },
      ]),
    ).toEqual([
      'Only this laptop’s lock: another installation would not see this test.',
      'The platform’s site lease is configured but could not be reached: its lock is not in force for this test.',
    ]);
  });

  it('names each shared lock held (or configured, in a plan), and who holds a site elsewhere', () => {
    expect(lockLines(t, [{ kind: 'local' }, { kind: 'platform' }, { kind: 'team_store' }])).toEqual([
      'Site lease on the energy platform: every installation connected to it sees this test.',
      'Site lock in the team store: every installation using it sees this test.',
    ]);
    expect(
      heldByLine(t, { kind: 'team_store', holder: 'Tesla Connect Doctor 0123456789 (test-charge)', expiresAt: null }),
    ).toBe('Held by Tesla Connect Doctor 0123456789 (test-charge) (The team store’s lock) until ?.');
  });
});
