// When a running test reads live_status: every 3 s around the expected response, every 3 s while a
// movement is being confirmed, otherwise backing off (6, 12, 24 ... s) up to the longest wait.
import { describe, expect, it } from 'vitest';
import {
  EXPECTED_RESPONSE_SECONDS,
  MAX_POLL_SECONDS,
  PollSchedule,
  type Reading,
} from '@main/test-charge/poll-schedule';

/** The reading times over `seconds`, with what each reading showed. */
function times(schedule: PollSchedule, seconds: number, show: (at: number) => Reading = () => 'still'): number[] {
  const out: number[] = [];
  for (let at = schedule.first(); at <= seconds; at = schedule.next(at, show(at))) out.push(at);
  return out;
}

describe('poll schedule', () => {
  it('reads densely around the expected response, then backs off while nothing changes', () => {
    expect(EXPECTED_RESPONSE_SECONDS).toBe(30);
    expect(times(new PollSchedule(), 300)).toEqual([28, 31, 34, 37, 43, 55, 79, 127, 217]);
  });

  it('never waits longer than the longest wait', () => {
    const t = times(new PollSchedule(), 3600);
    const gaps = t.slice(1).map((x, i) => x - t[i]!);
    expect(Math.max(...gaps)).toBe(MAX_POLL_SECONDS);
    expect(times(new PollSchedule(20), 300).slice(-3)).toEqual([255, 275, 295]);
  });

  it('confirms a movement every 3 s, even long after the window, and backs off afresh after a change', () => {
    // The battery moves from 120 s on (a late response).
    expect(times(new PollSchedule(), 140, (at) => (at >= 120 ? 'moving' : 'still'))).toEqual([
      28, 31, 34, 37, 43, 55, 79, 127, 130, 133, 136, 139,
    ]);
    // A material change outside the window resets the back-off to 6 s.
    expect(times(new PollSchedule(), 120, (at) => (at === 79 ? 'changed' : 'still'))).toEqual(
      [28, 31, 34, 37, 43, 55, 79, 85, 97, 121].filter((t) => t <= 120),
    );
  });
});
