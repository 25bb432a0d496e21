// Test helper: two installations of the doctor (two data folders, each its own TestChargeService) against
// one simulator, each on a clock the test can hold, so their runs interleave exactly as the test says
// (A watching while B writes, A restoring before B, ...). Sleeping moves the paused simulator clock.
import { EventBus } from '@main/ipc/event-bus';
import type { RunningSimulator } from '@main/simulator';
import type { RunClock } from '@main/test-charge/run-clock';
import { TestChargeService, type TestChargeDeps } from '@main/test-charge/test-charge-service';
import type { RunView } from '@shared/contract/areas/test-charge';
import { simSession } from '@test/support/sim-fleet';
import { tempDir } from '@test/support/temp-dir';

/** A clock on the simulator's paused time whose sleeps wait while it is held. */
export interface HeldClock extends RunClock {
  hold(): void;
  release(): void;
}

export function heldClock(sim: RunningSimulator): HeldClock {
  let gate: Promise<void> | null = null;
  let open: () => void = () => {};
  return {
    now: () => sim.clock.now(),
    async sleep(ms, signal) {
      while (gate) await gate;
      if (signal?.aborted) return;
      sim.clock.advance(Math.max(0, ms));
      await new Promise<void>((r) => setImmediate(r));
    },
    hold() {
      gate ??= new Promise<void>((r) => (open = r));
    },
    release() {
      gate = null;
      open();
    },
  };
}

export interface Installation {
  service: TestChargeService;
  clock: HeldClock;
  dataDir: string;
  /** Resolves when this installation's run reaches the phase (the clock is held there when `hold`). */
  reaches(phase: RunView['phase'], opts?: { hold?: boolean }): Promise<RunView>;
  close(): Promise<void>;
}

export async function installation(
  sim: RunningSimulator,
  /** More of the service's deps, made for this installation's data folder (e.g. its shared locks). */
  extra: (dataDir: string) => Partial<TestChargeDeps> | Promise<Partial<TestChargeDeps>> = () => ({}),
): Promise<Installation> {
  const dir = tempDir('tcd-install-');
  const events = new EventBus();
  const clock = heldClock(sim);
  const session = await simSession(sim);
  const waiters: Array<{ phase: RunView['phase']; hold: boolean; resolve: (v: RunView) => void }> = [];
  events.addSink((event, payload) => {
    if (event !== 'testCharge:state') return;
    const view = payload as RunView;
    for (const w of [...waiters]) {
      if (w.phase !== view.phase) continue;
      // Held in the same turn the phase is published, before the run's next sleep.
      if (w.hold) clock.hold();
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(view);
    }
  });
  const service = new TestChargeService({
    dataDir: dir.dir,
    events,
    sessionFor: async () => session,
    clock: () => clock,
    clockSpeed: () => 0,
    ...(await extra(dir.dir)),
  });
  return {
    service,
    clock,
    dataDir: dir.dir,
    reaches: (phase, opts = {}) => new Promise((resolve) => waiters.push({ phase, hold: opts.hold ?? false, resolve })),
    async close() {
      clock.release();
      await service.close();
      dir.remove();
    },
  };
}
