// Benchmark part: a sweep of the simulator's generated homes (`npm run sim -- --platform --homes N --seed S`)
// at a given round-trip latency, through the demo platform, the real sweep engine and the embedded store
// (PGlite in a temporary folder). The simulator and the doctor's side (sweep-child.ts) each run in a child
// process, so each peak RSS is that process's own (Linux's high-water mark; the simulator's null elsewhere).
// The store is made first by a child of its own (PGlite's initdb, once per store) and its peak is reported
// apart: the sweep then reopens it, as every scheduled sweep after the first does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SweepChildFigures } from './sweep-child';

export interface SweepFigures {
  homes: number;
  seconds: number;
  homesPerSecond: number;
  requestsPerHome: number;
  wakes: number;
  rateLimited: number;
  /** Homes whose cause is the simulator's expectedCause. */
  asExpected: number;
  /** The doctor's peak RSS while it reopens the store and sweeps. */
  peakRssMb: number;
  /** Peak RSS of the process that made the new store (initdb and migrations: once per store). */
  storeCreatePeakRssMb: number;
  /** CPU seconds the doctor used during the sweep (user + system). */
  cpuSeconds: number;
  /** One-minute load average as the sweep ended (the machine is shared: read the figures beside it). */
  loadAverage: number;
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

/** Runs bench/sweep-child.ts with these arguments and resolves with the JSON line it prints. */
function runChild<T>(args: string[]): Promise<T> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'sweep-child.ts'), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      try {
        if (code === 0) return resolve(JSON.parse(line) as T);
      } catch {
        // said below
      }
      reject(new Error(`the sweep benchmark's child stopped (exit ${code}): ${line.slice(0, 200)}`));
    });
  });
}

export async function benchSweep(homes: number, latencyMs: number, concurrency = 128, seed = 1): Promise<SweepFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-bench-sweep-'));
  const simStarted = performance.now();
  const { child, origin } = await startSimulatorChild(homes, seed, latencyMs);
  const simulatorStartSeconds = Math.round((performance.now() - simStarted) / 100) / 10;
  try {
    const created = await runChild<{ peakRssMb: number }>(['--mode', 'create', '--dir', dir]);
    const sweep = await runChild<SweepChildFigures>([
      '--mode',
      'sweep',
      '--dir',
      dir,
      '--origin',
      origin,
      '--concurrency',
      String(concurrency),
    ]);
    return {
      homes: sweep.homes,
      seconds: Math.round(sweep.seconds * 10) / 10,
      homesPerSecond: Math.round(sweep.homes / sweep.seconds),
      requestsPerHome: Math.round((sweep.requests / Math.max(1, sweep.homes)) * 100) / 100,
      wakes: sweep.wakes,
      rateLimited: sweep.rateLimited,
      asExpected: sweep.asExpected,
      peakRssMb: sweep.peakRssMb,
      storeCreatePeakRssMb: created.peakRssMb,
      cpuSeconds: sweep.cpuSeconds,
      loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
      simulatorPeakRssMb: peakRssOf(child.pid),
      simulatorStartSeconds,
    };
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}
