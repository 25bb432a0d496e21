// Runs anywhere. Which lock is in force for a test, in words, for the screen and the terminal alike: the
// shared ones (the platform's site lease, the team store) each named; none held means only this laptop's
// lock, and that another installation would not see the test (issue 26.1).
type Words = (key: string, params?: Record<string, string | number>) => string;

export type LockKind = 'local' | 'platform' | 'team_store';

export interface LockState {
  kind: LockKind;
  /** Absent: configured (the plan, before anything is taken). */
  state?: 'held' | 'unavailable';
}

export function lockLines(t: Words, locks: readonly LockState[]): string[] {
  const shared = locks.filter((l) => l.kind !== 'local');
  const held = shared.filter((l) => l.state !== 'unavailable');
  const lines = held.length === 0 ? [t('testCharge.lock.local')] : held.map((l) => t(`testCharge.lock.${l.kind}`));
  for (const l of shared.filter((s) => s.state === 'unavailable'))
    lines.push(t('testCharge.lock.unavailable', { kind: t(`testCharge.lock.kind.${l.kind}`) }));
  return lines;
}

export function heldByLine(
  t: Words,
  heldBy: { kind: LockKind; holder: string | null; expiresAt: string | null },
): string {
  return t('testCharge.lock.heldBy', {
    holder: heldBy.holder ?? '?',
    kind: t(`testCharge.lock.kind.${heldBy.kind}`),
    until: heldBy.expiresAt ?? '?',
  });
}
