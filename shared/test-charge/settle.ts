// Runs anywhere. "Settings restored" is not "back to normal": the cloud relays a change to the Powerwall
// with a delay, so after a restore the battery may keep charging or exporting on the test's settings for a
// while. Settled means live power no longer moves in the test's direction beyond what it did before.
import type { Direction } from './strategy';

export type SettleState = 'settling' | 'settled' | 'not_settled' | 'unknown';

/** How long after a restore the doctor watches for the battery to settle (run clock). */
export const SETTLE_WATCH_MS = 5 * 60_000;

/** Battery power in the test's direction (positive = still doing what the test asked). */
const towards = (direction: Direction, batteryW: number) => (direction === 'discharge' ? batteryW : -batteryW);

/**
 * Whether one live reading shows the battery back to its usual behaviour: its movement in the test's
 * direction is within the verdict threshold of what it was doing before the test (or of rest, when the
 * starting power is not known).
 */
export function isSettled(
  direction: Direction,
  batteryW: number,
  baselineW: number | null | undefined,
  thresholdW: number,
): boolean {
  const base = typeof baselineW === 'number' ? Math.max(0, towards(direction, baselineW)) : 0;
  return towards(direction, batteryW) - base < thresholdW;
}
