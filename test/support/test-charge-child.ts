// Test helper: a separate process that runs one test charge (or a recovery) against a simulator running in
// the parent test process, so the fault matrix can SIGKILL a real process at any step. It reads its job
// from stdin (the access token never goes on the command line) and prints one JSON line per step.
import { createFleetClient } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import { energyApiFromFleetClient } from '@main/test-charge/energy-api';
import { runTestCharge, type RunStep } from '@main/test-charge/orchestrator';
import { recoverPending } from '@main/test-charge/recovery';
import { remoteSimClock } from '@main/test-charge/run-clock';

export interface ChildJob {
  mode: 'run' | 'recover';
  simOrigin: string;
  apiBase: string;
  accessToken: string;
  dataDir: string;
  siteId: string;
  direction: 'charge' | 'discharge';
  minutes: number;
  /** SIGKILL this process when the run reaches this step (its `killAtCount`-th occurrence, default 1). */
  killAt?: RunStep;
  killAtCount?: number;
  /** SIGKILL this process this many ms after it read its job: a kill at a moment no step chose. */
  killAfterMs?: number;
  timeoutMs: number;
}

function say(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

function session(job: ChildJob, apiBase: string): FleetSession {
  return {
    accountId: 'sim-account',
    region: 'NA',
    apiBase,
    trustedApiOrigins: [job.simOrigin],
    grantedScopes: ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'],
    hasRefreshToken: false,
    accessTokenExpiresAt: Date.now() + 3_600_000,
    tokenProvider: { getAccessToken: async () => job.accessToken, onUnauthorized: async () => {} },
  };
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const job = JSON.parse(input) as ChildJob;
  const startedAt = Date.now();
  if (job.killAfterMs !== undefined) setTimeout(() => process.kill(process.pid, 'SIGKILL'), job.killAfterMs);
  const clock = await remoteSimClock(job.simOrigin);
  const apiFor = (apiBase: string) =>
    energyApiFromFleetClient(
      createFleetClient(session(job, apiBase), { timeoutMs: job.timeoutMs, retry: { maxRetries: 0 } }),
    );
  if (job.mode === 'recover') {
    const outcomes = await recoverPending({ dataDir: job.dataDir, clock, apiFor: async (j) => apiFor(j.apiBase) });
    say({ outcomes });
    return;
  }
  let seen = 0;
  const result = await runTestCharge({
    dataDir: job.dataDir,
    accountId: 'sim-account',
    apiBase: job.apiBase,
    siteId: job.siteId,
    direction: job.direction,
    minutes: job.minutes,
    grantedScopes: session(job, job.apiBase).grantedScopes,
    api: apiFor(job.apiBase),
    clock,
    onRetry: ({ attempt, error }) => say({ retry: attempt, status: (error as { status?: number }).status ?? null }),
    onStep: (step) => {
      say({ step });
      if (step === job.killAt && (seen += 1) >= (job.killAtCount ?? 1)) process.kill(process.pid, 'SIGKILL');
    },
  });
  say({
    result: { verdict: result.verdict, reason: result.reason, restored: result.restored },
    elapsedMs: Date.now() - startedAt,
  });
}

main().catch((error: unknown) => {
  say({ error: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
});
