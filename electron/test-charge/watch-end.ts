// Main process (plain Node). Whether a test's watch goes on past its end, and when it reads next then. The
// time is the installer's, but the verdict must rest on what the site showed, never on how fast its answers
// came: a busy laptop (browser, VPN, video call) or a slow Tesla answers late, and the simulator at 60x
// turns 0.2 s of a loaded event loop into 12 simulated seconds. A watch cut off by the clock then judged a
// battery that answered on time as "not sustained" or "did not respond". So past the end, readings are
// counted, not timed: the watch takes a few more until it has seen the site after its expected response,
// and while the battery moves as asked, enough of them to prove or refute a stretch.
import { SUSTAIN_READINGS, sustainSeconds } from '@shared/test-charge/verdict';
import { DENSE_SECONDS, EXPECTED_RESPONSE_SECONDS, type Reading } from './poll-schedule';

/** At most this many readings past the end: one to see the site after its response, then a stretch's worth. */
export const MAX_PAST_END_READINGS = SUSTAIN_READINGS + 1;

/**
 * Run-clock ms from which a reading asked for shows whether the site acted on the settings: its expected
 * response after the last write, and a sustained stretch after that. A reading asked for earlier may have
 * been taken before the site could act, however late its answer came.
 */
export function respondedBy(lastWriteAt: number, minutes: number): number {
  return lastWriteAt + (EXPECTED_RESPONSE_SECONDS + sustainSeconds(minutes)) * 1000;
}

export interface WatchAtEnd {
  /** What the last reading showed ('still' when it got no answer). */
  reading: Reading;
  /** Readings already taken past the end. */
  pastEnd: number;
  /** Whether an answered reading was asked for at or after respondedBy. */
  seenAfterResponse: boolean;
}

/** Whether the watch, at or past its end, takes one more reading. */
export function readsPastEnd(w: WatchAtEnd): boolean {
  if (w.pastEnd >= MAX_PAST_END_READINGS) return false;
  return w.reading === 'moving' || !w.seenAfterResponse;
}

/**
 * When the next reading past the end is due (run-clock ms): densely, but not before the site could have
 * answered (a reading before that would only spend one of the few past the end).
 */
export function pastEndDue(now: number, seenAfterResponse: boolean, respondedByMs: number): number {
  return Math.max(now + DENSE_SECONDS * 1000, seenAfterResponse ? 0 : respondedByMs);
}
