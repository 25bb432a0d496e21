// KILL AND RECOVER AT ONCE. A real child process runs a test charge against a simulator living in this test
// process and is SIGKILLed at a random moment; recovery runs the instant its output closes, as an installer
// typing `doctor recover` right after a crash would. The child's parent is a `sleep` that never reaps it, so
// the dead test is still a zombie while recovery runs (what a killed Electron app or a shell that has not
// yet collected it looks like): `kill(pid, 0)` says it lives. Every site must still end as it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario, startSimulator, type RunningSimulator } from '@main/simulator';
import { energyApiFromFleetClient } from '@main/test-charge/energy-api';
import { recoverPending } from '@main/test-charge/recovery';
import { simClock } from '@main/test-charge/run-clock';
import type { ChildJob } from '@test/support/test-charge-child';
import { tempDir } from '@test/support/temp-dir';
import { simClient } from '@test/support/sim-fleet';
import { bundleTestChargeChild } from '@test/support/test-charge-child-bundle';

/** 17:00 in Los Angeles: a peak period, so the discharge writes all three settings. */
const PEAK = Date.UTC(2026, 0, 15, 1, 0, 0);
/** Simulated time at 1000x: a 5-minute test lasts well under a second, so 15 kills stay quick. */
const SPEED = 1000;
const KILLS = 15;

let bundle: string;
let removeBundle: () => void;

beforeAll(async () => {
  ({ bundle, remove: removeBundle } = await bundleTestChargeChild('tcd-tc-kill-'));
});
afterAll(() => removeBundle());

interface Run {
  /** The `sleep` that parents the child and never reaps it; killed once recovery is over. */
  reaper: ChildProcess;
  lines: Array<Record<string, unknown>>;
}

/** Starts the child under a non-reaping parent and resolves once the child's output closes (it died). */
function runUnderSleep(job: ChildJob, dir: string): Promise<Run> {
  const jobFile = path.join(dir, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job), { mode: 0o600 });
  return new Promise((resolve, reject) => {
    // `exec sleep` turns the shell into the child's parent: sleep never calls wait(), so a dead child stays a zombie.
    const reaper = spawn('/bin/sh', ['-c', 'node "$1" < "$2" & exec sleep 120 > /dev/null', 'sh', bundle, jobFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` },
    });
    let out = '';
    reaper.on('error', reject);
    reaper.stdout!.on('data', (d) => (out += String(d)));
    reaper.stdout!.on('end', () => {
      const lines = out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      resolve({ reaper, lines });
    });
  });
}

/** The process state letter from /proc (R, S, Z, …), or null when the process is gone. */
function procState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return null;
  }
}

async function lockPid(dir: string): Promise<number | null> {
  const names = await fs.readdir(path.join(dir, 'locks')).catch(() => [] as string[]);
  const name = names.find((n) => n.endsWith('.lock'));
  if (!name) return null;
  // A kill between creating the lock and writing it leaves it empty (the lock code treats that as stale).
  const text = await fs.readFile(path.join(dir, 'locks', name), 'utf8');
  return text ? (JSON.parse(text) as { pid: number }).pid : null;
}

describe.runIf(process.platform === 'linux')('kill a test charge at random moments, recover at once', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startSimulator({
      scenario: structuredClone(loadScenario('exports-solar')),
      speed: SPEED,
      startTime: PEAK,
    });
  });
  afterAll(async () => sim.close());

  async function once(killAfterMs: number | undefined) {
    sim.admin.reset();
    const before = sim.admin.state().sites[0]?.settings;
    const { dir, remove } = tempDir('tcd-tc-kill-run-');
    let reaper: ChildProcess | undefined;
    try {
      const tokens = await sim.auth.issueTokens(sim.demoClient.clientId, [
        'openid',
        'offline_access',
        'energy_device_data',
        'energy_cmds',
      ]);
      const run = await runUnderSleep(
        {
          mode: 'run',
          simOrigin: sim.origin,
          apiBase: sim.regionBaseUrls.NA,
          accessToken: tokens.access_token,
          dataDir: dir,
          siteId: String(sim.admin.state().sites[0]?.energySiteId),
          direction: 'discharge',
          minutes: 5,
          timeoutMs: 2_000,
          ...(killAfterMs === undefined ? {} : { killAfterMs }),
        },
        dir,
      );
      reaper = run.reaper;
      const pid = await lockPid(dir);
      // Its output closes a moment before the kernel marks it a zombie: wait for that, not for its collection.
      for (let i = 0; pid !== null && i < 100 && !['Z', null].includes(procState(pid)); i += 1)
        await new Promise((r) => setTimeout(r, 10));
      const ownerState = pid === null ? null : procState(pid);
      const journals = (await fs.readdir(path.join(dir, 'journals')).catch(() => [] as string[])).filter(
        (n) => !n.startsWith('.'),
      );
      // At once: no waiting for the dead process to be collected.
      const { client } = await simClient(sim, { timeoutMs: 2_000 });
      const outcomes = await recoverPending({
        dataDir: dir,
        clock: simClock(sim.clock),
        apiFor: async () => energyApiFromFleetClient(client),
      });
      return {
        run,
        ownerState,
        journalsAfterKill: journals.length,
        outcomes: outcomes.map((o) => o.status),
        before,
        after: sim.admin.state().sites[0]?.settings,
        journalsLeft: await fs.readdir(path.join(dir, 'journals')).catch(() => [] as string[]),
        locksLeft: await fs.readdir(path.join(dir, 'locks')).catch(() => [] as string[]),
      };
    } finally {
      reaper?.kill('SIGKILL');
      remove();
    }
  }

  it(`${KILLS} kills at random moments: every site ends equal to its start, nothing left pending`, async () => {
    // Uncut runs measure how long a whole test lasts in the child (from reading its job, when the kill
    // timer starts); the kills fall anywhere inside that span. The shorter of two: the first starts cold.
    const spans: number[] = [];
    for (let i = 0; i < 2; i += 1) {
      const whole = await once(undefined);
      expect(whole.run.lines.at(-1)).toMatchObject({ result: { restored: true } });
      spans.push(Number(whole.run.lines.at(-1)?.elapsedMs));
    }
    const span = Math.max(20, Math.min(...spans));
    const results = [];
    for (let i = 0; i < KILLS; i += 1) {
      const at = Math.round(Math.random() * span);
      const r = await once(at);
      results.push({
        at,
        span,
        state: r.ownerState,
        journal: r.journalsAfterKill,
        outcomes: r.outcomes,
        equal: JSON.stringify(r.after) === JSON.stringify(r.before),
        left: [...r.journalsLeft, ...r.locksLeft],
      });
    }
    const report = JSON.stringify(results);
    expect(
      results.filter((r) => r.equal && r.left.length === 0 && !r.outcomes.includes('in_progress')).length,
      report,
    ).toBe(KILLS);
    // The kills must have hit tests in flight (a journal to restore, its owner a zombie), not only finished ones.
    expect(results.filter((r) => r.journal > 0).length, report).toBeGreaterThanOrEqual(3);
    expect(
      results.some((r) => r.state === 'Z'),
      report,
    ).toBe(true);
  }, 120_000);
});
