// Main process (plain Node). When a running test reads live_status next. Dense around the moment the
// Powerwall is expected to act on the new settings and while a change is being confirmed; backing off
// while nothing changes, so a test that proves nothing still stays within a few requests a minute.
//
// Seconds are counted from the last settings write: the site acts on a change some time after it is made
// (Tesla's cloud relays it; the simulator models 30 s), and the last write is the one that completes it.

/** When the Powerwall is expected to act on the last write, in seconds after it. */
export const EXPECTED_RESPONSE_SECONDS = 30;
/** Readings this many seconds apart around the expected response and while a change is being confirmed. */
export const DENSE_SECONDS = 3;
/** The dense window around the expected response: from 2 s before it to 7 s after (4 readings). */
const WINDOW_FROM = EXPECTED_RESPONSE_SECONDS - 2;
const WINDOW_TO = EXPECTED_RESPONSE_SECONDS + 7;
/** After the window, while nothing changes: 6 s, then each wait twice the last, up to the longest wait. */
const FIRST_BACKOFF_SECONDS = 6;
/** The longest wait between two readings while nothing changes (a 5-minute test then reads 10 times). */
export const MAX_POLL_SECONDS = 90;

/** What the last reading showed: the asked-for movement, a material change, or nothing new. */
export type Reading = 'moving' | 'changed' | 'still';

export class PollSchedule {
  private backoff = FIRST_BACKOFF_SECONDS;

  constructor(private readonly maxWaitSeconds = MAX_POLL_SECONDS) {}

  /** Seconds after the last write of the first reading. */
  first(): number {
    return WINDOW_FROM;
  }

  /** Seconds after the last write of the next reading, given when the last one was taken and what it showed. */
  next(lastAt: number, reading: Reading): number {
    if (reading === 'moving') {
      // Confirm quickly: the settings stay changed no longer than needed to prove the response.
      this.backoff = FIRST_BACKOFF_SECONDS;
      return lastAt + DENSE_SECONDS;
    }
    if (lastAt + DENSE_SECONDS <= WINDOW_TO) return lastAt + DENSE_SECONDS;
    if (reading === 'changed') this.backoff = FIRST_BACKOFF_SECONDS;
    const wait = Math.min(this.backoff, this.maxWaitSeconds);
    this.backoff = Math.min(this.backoff * 2, this.maxWaitSeconds);
    return lastAt + wait;
  }
}
