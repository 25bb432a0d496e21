// Main process (plain Node). Scenario faults: the first `count` requests matching method and path glob
// (all of them when count is absent) get the fault's status after its simulated delay.
import { matchGlob } from './route-match';
import type { Fault } from './scenario-schema';

export class FaultInjector {
  private used: number[];

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

  reset(): void {
    this.used = this.faults.map(() => 0);
  }
}
