// Benchmark part: a test discharge on a healthy site, on the simulator's clock. How long (simulated) from
// the first write to the verdict, against when the battery actually responded in the simulator.
import { createFleetClient } from '../electron/fleet/fleet-client';
import { createUsageMeter } from '../electron/fleet/usage-meter';
import { startSimulator } from '../electron/simulator';
import { energyApiFromFleetClient } from '../electron/test-charge/energy-api';
import { runTestCharge } from '../electron/test-charge/orchestrator';
import { simClock } from '../electron/test-charge/run-clock';
import { simSession } from '../test/support/sim-session';
import { tempDir } from '../test/support/temp-dir';

/**
 * Simulated seconds per real second. Every request's real duration passes as simulated time too, so a
 * high speed would count a busy machine's milliseconds as seconds of the Powerwall's response: at 30x a
 * 10 ms request stands for 0.3 s.
 */
const SPEED = 30;

export interface TestChargeFigures {
  verdict: string;
  /** Simulated seconds from the first write to the verdict. */
  verdictSimSeconds: number;
  /** Simulated seconds from the first write to the battery's response in the simulator. */
  responseSimSeconds: number;
  requests: number;
  restored: boolean;
}

/**
 * One 5-minute test. Default: a discharge on a healthy site (it passes, and stops once proven).
 * `exports-solar` without grid interaction: the battery never exports, so the test watches all 5 minutes (forced:
 * the checklist's Energy Exports: Solar blocks that test before any write, which is right on site, not here).
 */
export async function benchTestCharge(
  direction: 'charge' | 'discharge',
  opts: { scenario?: string; gridInteraction?: boolean; force?: boolean } = {},
): Promise<TestChargeFigures> {
  // Latency 0 here: real-time latency at a raised simulated speed would stand for much more simulated time.
  const sim = await startSimulator({ scenario: opts.scenario ?? 'healthy', speed: SPEED });
  const data = tempDir('tcd-bench-');
  try {
    const session = await simSession(sim);
    const siteId = String(sim.admin.state().sites.find((s) => s.soc !== undefined)?.energySiteId);
    const meter = createUsageMeter();
    const api = energyApiFromFleetClient(createFleetClient(session, { meter }));
    let firstWriteAt: number | null = null;
    let responseAt: number | null = null;
    let verdictAt: number | null = null;
    const logBefore = sim.admin.requestLog().length;
    const result = await runTestCharge({
      dataDir: data.dir,
      accountId: session.accountId,
      apiBase: session.apiBase,
      siteId,
      direction,
      minutes: 5,
      ...(opts.gridInteraction === undefined ? {} : { gridInteraction: opts.gridInteraction }),
      ...(opts.force ? { force: true } : {}),
      grantedScopes: session.grantedScopes,
      api,
      clock: simClock(sim.clock),
      onStep: (step) => {
        if (step.startsWith('write:')) {
          firstWriteAt ??= sim.clock.now();
          const site = sim.admin.state().sites.find((s) => String(s.energySiteId) === siteId);
          const pending = site?.pendingSettingsAt ?? [];
          if (pending.length) responseAt = Math.max(...pending);
        }
      },
      onPhase: (phase) => {
        if (phase === 'restoring') verdictAt = sim.clock.now();
      },
    });
    const fleet = sim.admin
      .requestLog()
      .slice(logBefore)
      .filter((e) => e.billing === 'data' || e.billing === 'command' || e.billing === 'wake');
    const start = firstWriteAt ?? 0;
    return {
      verdict: `${result.verdict} (${result.reason})`,
      verdictSimSeconds: verdictAt && firstWriteAt ? Math.round((verdictAt - start) / 100) / 10 : NaN,
      responseSimSeconds: responseAt && firstWriteAt ? Math.round((responseAt - start) / 100) / 10 : NaN,
      requests: fleet.length,
      restored: result.restored,
    };
  } finally {
    await sim.close();
    data.remove();
  }
}
