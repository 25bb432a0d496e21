// Main process (plain Node). The simulator's one clock: simulated time runs `speed` times real time and
// can be pushed forward, so tests drive every timer (codes, tokens, rate windows, the Powerwall) without
// sleeping. Speed 0 pauses it: only advance() moves time then.
import type { SimClock } from './sim-types';

interface Sleeper {
  due: number;
  resolve(): void;
  timer?: NodeJS.Timeout;
}

/** The clock with one more question tests ask: how many sleeps wait on it (to advance once they are parked). */
export interface RunningClock extends SimClock {
  waiting(): number;
}

export function createClock(opts: { startTime?: number; speed?: number } = {}): RunningClock {
  let speed = validSpeed(opts.speed ?? 1);
  // Simulated time = base + (real elapsed since anchor) * speed.
  let base = opts.startTime ?? Date.now();
  let anchor = performance.now();
  const sleepers = new Set<Sleeper>();

  // Whole milliseconds, as Tesla's timestamps are.
  const now = () => Math.floor(base + (performance.now() - anchor) * speed);

  function rebase(): void {
    base = now();
    anchor = performance.now();
  }

  function arm(s: Sleeper): void {
    if (s.timer) clearTimeout(s.timer);
    s.timer = undefined;
    const left = s.due - now();
    if (left <= 0) return wake(s);
    if (speed > 0) {
      s.timer = setTimeout(() => (now() >= s.due ? wake(s) : arm(s)), Math.ceil(left / speed));
      s.timer.unref?.();
    }
  }

  function wake(s: Sleeper): void {
    if (s.timer) clearTimeout(s.timer);
    sleepers.delete(s);
    s.resolve();
  }

  return {
    now,
    get speed() {
      return speed;
    },
    setSpeed(next) {
      rebase();
      speed = validSpeed(next);
      for (const s of [...sleepers]) arm(s);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance needs a non-negative number of milliseconds');
      base += ms;
      // Wake in due order so chained sleeps observe time monotonically.
      for (const s of [...sleepers].sort((a, b) => a.due - b.due)) if (s.due <= now()) wake(s);
    },
    waiting: () => sleepers.size,
    sleep(simMs) {
      return new Promise<void>((resolve) => {
        const s: Sleeper = { due: now() + Math.max(0, simMs), resolve };
        sleepers.add(s);
        arm(s);
      });
    },
  };
}

function validSpeed(n: number): number {
  if (!Number.isFinite(n) || n < 0 || n > 1_000_000) throw new RangeError('speed must be a number from 0 to 1000000');
  return n;
}
