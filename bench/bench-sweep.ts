// Benchmark part: a sweep of the simulator's generated homes (`npm run sim -- --platform --homes N --seed S`)
// at a given round-trip latency, through the demo platform, the real sweep engine and the embedded store
// (PGlite in a temporary folder). The simulator runs in a child process so the peak RSS is the doctor's own;
// the simulator's peak is read from Linux's /proc (null elsewhere).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPlatformClient } from '../electron/platform/platform-client';
import { DEMO_CLIENT } from '../electron/simulator/auth/clients';
import { platformDirectoryFrom } from '../electron/sweep/platform-directory';
import { runSweep } from '../electron/sweep/sweep-engine';
import { openSweepStore } from '../electron/sweep-store/sweep-store';

export interface SweepFigures {
  homes: number;
  seconds: number;
  homesPerSecond: number;
  requestsPerHome: number;
  wakes: number;
  rateLimited: number;
  /** Homes whose cause is the simulator's expectedCause. */
  asExpected: number;
  peakRssMb: number;
  simulatorPeakRssMb: number | null;
  simulatorStartSeconds: number;
}

/** Starts `npm run sim -- --platform --homes N` as a child and resolves with its origin. */
function startSimulatorChild(
  homes: number,
  seed: number,
  latencyMs: number,
): Promise<{ child: ChildProcess; origin: string }> {
  const cli = path.join(import.meta.dirname, '..', 'electron', 'simulator', 'cli.ts');
  const args = ['--import', 'tsx', cli, '--platform', '--homes', String(homes), '--seed', String(seed)];
  const child = spawn(process.execPath, [...args, '--latency-ms', String(latencyMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const m = /simulator \(scenario "[^"]*"\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ child, origin: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`the simulator stopped (exit ${code}) before it was ready`)));
  });
}

/** Peak resident memory of a process in MB (Linux), or null. */
function peakRssOf(pid: number | undefined): number | null {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

export async function benchSweep(homes: number, latencyMs: number, concurrency = 128, seed = 1): Promise<SweepFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-bench-sweep-'));
  const simStarted = performance.now();
  const { child, origin } = await startSimulatorChild(homes, seed, latencyMs);
  const simulatorStartSeconds = Math.round((performance.now() - simStarted) / 100) / 10;
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const store = await openSweepStore({ dataDir: dir });
    const started = performance.now();
    const out = await runSweep({
      directory: platformDirectoryFrom(
        createPlatformClient({ baseUrl: `${origin}/platform`, agentKey: 'demo-agent-key' }),
      ),
      store,
      staleAfterMs: 0,
      concurrency,
      profile: { partnerDomain: null, clientId: DEMO_CLIENT.clientId },
      trustedApiOrigins: ['na', 'eu', 'cn'].map((r) => `${origin}/${r}`),
    });
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    peak = Math.max(peak, process.memoryUsage().rss);
    const truth = (await (await fetch(`${origin}/__sim/platform/customers`)).json()) as {
      customers: Array<{ ref: string; expectedCause: string }>;
    };
    const expected = new Map(truth.customers.map((c) => [c.ref, c.expectedCause]));
    return {
      homes: out.summary.homes,
      seconds: Math.round(seconds * 10) / 10,
      homesPerSecond: Math.round(out.summary.homes / seconds),
      requestsPerHome: Math.round((out.summary.requests / Math.max(1, out.summary.homes)) * 100) / 100,
      wakes: out.summary.wakes,
      rateLimited: out.summary.rateLimited,
      asExpected: out.homes.filter((h) => expected.get(h.ref) === h.cause).length,
      peakRssMb: Math.round(peak / (1024 * 1024)),
      simulatorPeakRssMb: peakRssOf(child.pid),
      simulatorStartSeconds,
    };
  } finally {
    clearInterval(sample);
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
