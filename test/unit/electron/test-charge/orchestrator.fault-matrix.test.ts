// THE FAULT MATRIX. A real child process runs the test charge against a simulator living in this test
// process and is killed with SIGKILL after each step; separately every write fails in turn with a 5xx, a
// 429 and a timeout. In every case a restart (the start-up recovery, run here in the test process as the
// app or `doctor recover` would) leaves the simulator's settings exactly as they started, with no journal
// and no lock left behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, startSimulator, type RunningSimulator, type Scenario } from '@main/simulator';
import { energyApiFromFleetClient } from '@main/test-charge/energy-api';
import { runTestCharge, type RunStep } from '@main/test-charge/orchestrator';
import { recoverPending } from '@main/test-charge/recovery';
import { simClock, type RunClock } from '@main/test-charge/run-clock';
import type { ChildJob } from '@test/support/test-charge-child';
import { tempDir } from '@test/support/temp-dir';
import { advancingClock, ALL_ENERGY_SCOPES, simClient } from '@test/support/sim-fleet';
import { bundleTestChargeChild } from '@test/support/test-charge-child-bundle';

/** 17:00 in Los Angeles: a peak period, so a discharge to the grid can pass. */
const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
/**
 * Simulated time runs 1000x for the killed child: a 5-minute test would take 0.3 s. A kill at the 2nd
 * sample is always reached: a pass needs two readings, and each is reported before it is analysed.
 */
const SPEED = 1000;

let bundle: string;
let removeBundle: () => void;

beforeAll(async () => {
  ({ bundle, remove: removeBundle } = await bundleTestChargeChild('tcd-tc-child-'));
});
afterAll(() => removeBundle());

interface ChildOutput {
  lines: Array<Record<string, unknown>>;
  signal: NodeJS.Signals | null;
  code: number | null;
}

function runChild(job: ChildJob): Promise<ChildOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const lines = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      resolve({ lines, signal, code });
    });
    child.stdin.end(JSON.stringify(job));
  });
}

function exportsSolar(faults: Scenario['faults'] = []): Scenario {
  // Exports "Solar" + a discharge with grid interaction: the test writes all three endpoints.
  return { ...structuredClone(loadScenario('exports-solar')), faults };
}

function settingsOf(sim: RunningSimulator) {
  return sim.admin.state().sites[0]?.settings;
}

/** The restart: recovery of whatever the data folder holds, through a fresh client. */
async function restart(sim: RunningSimulator, dataDir: string, clock: RunClock) {
  const { client } = await simClient(sim, { timeoutMs: 2_000 });
  return recoverPending({ dataDir, clock, apiFor: async () => energyApiFromFleetClient(client) });
}

async function killedRun(sim: RunningSimulator, killAt: RunStep, killAtCount?: number) {
  const { dir, remove } = tempDir('tcd-tc-matrix-');
  try {
    const before = settingsOf(sim);
    const tokens = await sim.auth.issueTokens(sim.demoClient.clientId, [
      'openid',
      'offline_access',
      'energy_device_data',
      'energy_cmds',
    ]);
    const first = await runChild({
      mode: 'run',
      simOrigin: sim.origin,
      apiBase: sim.regionBaseUrls.NA,
      accessToken: tokens.access_token,
      dataDir: dir,
      siteId: String(sim.admin.state().sites[0]?.energySiteId),
      direction: 'discharge',
      minutes: 5,
      killAt,
      killAtCount,
      timeoutMs: 2_000,
    });
    const journalsAfterKill = await fs.readdir(path.join(dir, 'journals')).catch(() => []);
    const outcomes = await restart(sim, dir, simClock(sim.clock));
    return {
      first,
      journalsAfterKill,
      outcomes,
      before,
      after: settingsOf(sim),
      journalsLeft: await fs.readdir(path.join(dir, 'journals')).catch(() => []),
      locksLeft: await fs.readdir(path.join(dir, 'locks')).catch(() => []),
    };
  } finally {
    remove();
  }
}

describe('fault matrix: SIGKILL after each step, then a restart', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({ scenario: exportsSolar(), speed: SPEED, startTime: PEAK });
  });
  afterAll(async () => sim.close());

  const steps: Array<[RunStep, number]> = [
    ['snapshot', 1],
    ['journal', 1],
    ['write:operation', 1],
    ['write:backup', 1],
    ['write:grid_import_export', 1],
    ['sample', 1],
    ['sample', 2],
    ['restore:start', 1],
    ['restore:write:grid_import_export', 1],
    ['restore:write:backup', 1],
    ['restore:verified', 1],
  ];
  it.each(steps)('killed at %s (occurrence %i): the restart restores the starting settings', async (step, count) => {
    sim.admin.reset();
    const r = await killedRun(sim, step, count);
    expect(r.first.signal).toBe('SIGKILL');
    expect(r.first.lines.at(-1)).toEqual({ step });
    // A journal exists exactly when something may have been written and not yet verified.
    const wroteBeforeKill = step !== 'snapshot';
    expect(r.journalsAfterKill.length).toBe(wroteBeforeKill ? 1 : 0);
    expect(r.outcomes.map((o) => o.status)).toEqual(wroteBeforeKill ? ['restored'] : []);
    expect(r.after).toEqual(r.before);
    expect(r.journalsLeft).toEqual([]);
    expect(r.locksLeft).toEqual([]);
  });
});

describe('fault matrix: every write fails in turn with a 5xx, a 429 and a timeout', () => {
  const endpoints = ['operation', 'backup', 'grid_import_export'] as const;
  const kinds = [
    ['503', { status: 503, delayMs: 0 }],
    ['429', { status: 429, delayMs: 0 }],
    ['timeout', { status: 504, delayMs: 600_000 }],
  ] as const;
  const cases = endpoints.flatMap((e) => kinds.map(([k, f]) => [e, k, f] as const));
  it.each(cases)(
    'POST %s fails once with %s: retried, the test completes and the settings are restored',
    async (endpoint, _kind, fault) => {
      // In this process on the paused clock: waiting advances simulated time, so timeouts and Retry-After cost nothing.
      const sim = await startSimulator({
        scenario: exportsSolar([{ method: 'POST', path: `/api/1/energy_sites/*/${endpoint}`, count: 1, ...fault }]),
        speed: 0,
        startTime: PEAK,
      });
      const { dir, remove } = tempDir('tcd-tc-matrix-');
      try {
        const before = settingsOf(sim);
        const { client } = await simClient(sim, { timeoutMs: 300 });
        const retries: Array<number | null> = [];
        const result = await runTestCharge({
          dataDir: dir,
          accountId: 'sim-account',
          apiBase: sim.regionBaseUrls.NA,
          siteId: String(sim.admin.state().sites[0]?.energySiteId),
          direction: 'discharge',
          grantedScopes: ALL_ENERGY_SCOPES,
          api: energyApiFromFleetClient(client),
          clock: advancingClock(sim),
          onRetry: ({ error }) => retries.push((error as { status?: number }).status ?? null),
        });
        expect(result).toMatchObject({ verdict: 'pass', restored: true });
        // The failure was seen and retried: status 0 is "no answer in time".
        expect(retries).toEqual([fault.delayMs > 0 ? 0 : fault.status]);
        expect(await restart(sim, dir, advancingClock(sim))).toEqual([]);
        expect(settingsOf(sim)).toEqual(before);
        expect(await fs.readdir(path.join(dir, 'journals'))).toEqual([]);
      } finally {
        remove();
        await sim.close();
      }
    },
  );
});
