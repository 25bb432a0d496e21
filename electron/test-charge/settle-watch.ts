// Main process (plain Node). After a restore, reads live_status on the run's clock until the battery has
// returned to its usual behaviour (shared/test-charge/settle.ts) or the watch's time is up. One reading per
// poll interval, like the test itself; a failed reading is skipped, never guessed.
import { parseLiveStatus } from '@shared/test-charge/site-facts';
import { isSettled, SETTLE_WATCH_MS, type SettleState } from '@shared/test-charge/settle';
import type { Direction } from '@shared/test-charge/strategy';
import type { EnergySiteApi } from './energy-api';
import type { RunClock } from './run-clock';

/** One reading per 20 s of the run's clock: well inside the data-request limit, quick enough to see it settle. */
export const SETTLE_POLL_MS = 20_000;

export interface SettleReading {
  state: SettleState;
  /** The last battery power read (W, >0 discharging), or null when none could be read. */
  batteryW: number | null;
  /** Run-clock seconds since the watch began. */
  seconds: number;
}

export interface SettleWatchRequest {
  api: Pick<EnergySiteApi, 'liveStatus'>;
  siteId: string;
  clock: RunClock;
  direction: Direction;
  baselineW: number | null | undefined;
  thresholdW: number;
  pollMs: number;
  maxMs?: number;
  signal?: AbortSignal;
  onReading?: (reading: SettleReading) => void;
}

export async function watchSettle(req: SettleWatchRequest): Promise<SettleReading> {
  const start = req.clock.now();
  const maxMs = req.maxMs ?? SETTLE_WATCH_MS;
  let last: SettleReading = { state: 'settling', batteryW: null, seconds: 0 };
  let anyReading = false;
  for (;;) {
    if (req.signal?.aborted) return { ...last, state: anyReading ? 'not_settled' : 'unknown' };
    try {
      const live = parseLiveStatus(await req.api.liveStatus(req.siteId));
      const seconds = (req.clock.now() - start) / 1000;
      if (typeof live.battery_power === 'number') {
        anyReading = true;
        const settled = isSettled(req.direction, live.battery_power, req.baselineW, req.thresholdW);
        last = { state: settled ? 'settled' : 'settling', batteryW: live.battery_power, seconds };
        if (settled) {
          req.onReading?.(last);
          return last;
        }
        req.onReading?.(last);
      }
    } catch {
      // A missed reading: try again at the next interval.
    }
    const left = start + maxMs - req.clock.now();
    if (left <= 0)
      return { ...last, seconds: (req.clock.now() - start) / 1000, state: anyReading ? 'not_settled' : 'unknown' };
    await req.clock.sleep(Math.min(req.pollMs, left), req.signal);
  }
}
