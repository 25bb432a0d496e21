// Main process (plain Node). Tesla's per-device, per-account limits on a sliding one-minute window of
// simulated time: 60 data requests, 30 commands, 3 wakes.
export const RATE_LIMITS = { data: 60, command: 30, wake: 3 } as const;
export type RateClass = keyof typeof RATE_LIMITS;
const WINDOW_MS = 60_000;

export class RateLimiter {
  private hits = new Map<string, number[]>();

  /** Records a request; returns the seconds to wait when the window is full (the request is refused). */
  take(
    account: string,
    device: string,
    cls: RateClass,
    now: number,
  ): { ok: true } | { ok: false; retryAfterS: number; limit: number } {
    const key = `${account}\u0000${device}\u0000${cls}`;
    const list = (this.hits.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
    if (list.length >= RATE_LIMITS[cls]) {
      this.hits.set(key, list);
      return {
        ok: false,
        retryAfterS: Math.max(1, Math.ceil((list[0]! + WINDOW_MS - now) / 1000)),
        limit: RATE_LIMITS[cls],
      };
    }
    list.push(now);
    this.hits.set(key, list);
    return { ok: true };
  }

  reset(): void {
    this.hits.clear();
  }
}
