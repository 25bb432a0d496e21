// Benchmark part: a test discharge on a healthy site, on the simulator's clock. How long (simulated) from
// the first write to the verdict, against when the battery actually responded in the simulator.
import { createFleetClient } from '../electron/fleet/fleet-client';
import { createUsageMeter } from '../electron/fleet/usage-meter';
import { startSimulator } from '../electron/simulator';
import { energyApiFromFleetClient } from '../electron/test-charge/energy-api';
import { DEFAULT_POLL_SECONDS, runTestCharge } from '../electron/test-charge/orchestrator';
import { simClock } from '../electron/test-charge/run-clock';
import { simSession } from '../test/support/sim-session';
import { tempDir } from '../test/support/temp-dir';

export interface TestChargeFigures {
  verdict: string;
  /** Simulated seconds from the first write to the verdict. */
  verdictSimSeconds: number;
  /** Simulated seconds from the first write to the battery's response in the simulator. */
  responseSimSeconds: number;
  pollSeconds: number;
  requests: number;
  restored: boolean;
}

export async function benchTestCharge(direction: 'charge' | 'discharge'): Promise<TestChargeFigures> {
  // Latency 0 here: real-time latency at a high simulated speed would stand for minutes of simulated time.
  const sim = await startSimulator({ scenario: 'healthy', speed: 120 });
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
      pollSeconds: DEFAULT_POLL_SECONDS,
      requests: fleet.length,
      restored: result.restored,
    };
  } finally {
    await sim.close();
    data.remove();
  }
}
