// Main process (plain Node). Scenario faults: the first `count` requests matching method and path glob
// (all of them when count is absent) get the fault's status after its simulated delay. A 429's Retry-After
// (and RateLimit-Reset) counts down to one moment, as Tesla's rate window does: the first answer fixes it.
import { matchGlob } from './route-match';
import type { Fault } from './scenario-schema';

/** The headers that count down to a rate window's end, in seconds. */
const COUNTDOWN_HEADERS = ['Retry-After', 'RateLimit-Reset'] as const;

export class FaultInjector {
  private used: number[];
  /** Per fault: when its rate window ends (simulated ms), set by its first answer. */
  private windowEnds = new Map<number, number>();

  constructor(private readonly faults: Fault[]) {
    this.used = faults.map(() => 0);
  }

  /** The fault this request meets, counting it; undefined when none applies. */
  take(method: string, path: string): Fault | undefined {
    for (let i = 0; i < this.faults.length; i++) {
      const f = this.faults[i]!;
      if (f.method !== '*' && f.method !== method) continue;
      if (!matchGlob(f.path, path)) continue;
      if (f.count !== undefined && this.used[i]! >= f.count) continue;
      this.used[i]!++;
      return f;
    }
    return undefined;
  }

  /**
   * The fault as answered at `now`: a 429 whose Retry-After or RateLimit-Reset gives seconds says how many
   * are left of the window its first answer opened (at least 1), not the same number every time: two
   * screens reading the limit a few seconds apart must name the same moment.
   */
  answerAt(fault: Fault, now: number): Fault {
    const headers = fault.headers;
    if (fault.status !== 429 || !headers) return fault;
    const index = this.faults.indexOf(fault);
    const seconds = Number(headers['Retry-After'] ?? headers['RateLimit-Reset']);
    if (index < 0 || !Number.isFinite(seconds)) return fault;
    let end = this.windowEnds.get(index);
    if (end === undefined) {
      end = now + seconds * 1000;
      this.windowEnds.set(index, end);
    }
    const left = String(Math.max(1, Math.ceil((end - now) / 1000)));
    const counted = { ...headers };
    for (const name of COUNTDOWN_HEADERS) if (name in counted) counted[name] = left;
    return { ...fault, headers: counted };
  }

  reset(): void {
    this.used = this.faults.map(() => 0);
    this.windowEnds = new Map();
  }
}
