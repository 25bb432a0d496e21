// Benchmark part (plain Node, a child process of bench-sweep.ts): the doctor's side of the sweep benchmark in
// a process of its own, so its peak RSS is the doctor's alone (not the benchmark runner's, which has run the
// other benchmarks before). `create` opens a new embedded store once (PGlite's initdb and the migrations,
// what the first sweep on a server does); `sweep` reopens it and sweeps every home, as each scheduled sweep
// after the first does. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createNodeFetch } from '../electron/fleet/node-fetch';
import { createPlatformClient } from '../electron/platform/platform-client';
import { DEMO_CLIENT } from '../electron/simulator/auth/clients';
import { platformDirectoryFrom } from '../electron/sweep/platform-directory';
import { runSweep } from '../electron/sweep/sweep-engine';
import { openSweepStore } from '../electron/sweep-store/sweep-store';

export interface SweepChildFigures {
  homes: number;
  seconds: number;
  requests: number;
  wakes: number;
  rateLimited: number;
  asExpected: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/** This process's peak resident memory in MB: Linux's high-water mark, else the highest sample. */
function peakRssMb(sampled: number): number {
  try {
    const kb = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]);
    if (Number.isFinite(kb) && kb > 0) return Math.round(kb / 1024);
  } catch {
    // not Linux: the samples
  }
  return Math.round(sampled / (1024 * 1024));
}

const { values } = parseArgs({
  options: {
    mode: { type: 'string' },
    origin: { type: 'string' },
    dir: { type: 'string' },
    concurrency: { type: 'string' },
  },
});
let sampled = process.memoryUsage.rss();
// Samples only where Linux's high-water mark is missing (reading it costs nothing during the sweep).
const sample = setInterval(() => (sampled = Math.max(sampled, process.memoryUsage.rss())), 500);
const dir = values.dir!;

if (values.mode === 'create') {
  const store = await openSweepStore({ dataDir: dir });
  await store.close();
  clearInterval(sample);
  process.stdout.write(`${JSON.stringify({ peakRssMb: peakRssMb(sampled) })}\n`);
} else {
  const origin = values.origin!;
  const store = await openSweepStore({ dataDir: dir });
  const cpu = process.cpuUsage();
  const started = performance.now();
  const out = await runSweep({
    directory: platformDirectoryFrom(
      createPlatformClient({
        baseUrl: `${origin}/platform`,
        agentKey: 'demo-agent-key',
        // As `doctor sweep` does (headless/commands/sweep.ts): a pooled Node fetch of its own for the borrows.
        fetch: createNodeFetch(),
      }),
    ),
    store,
    staleAfterMs: 0,
    concurrency: Number(values.concurrency),
    profile: { partnerDomain: null, clientId: DEMO_CLIENT.clientId },
    trustedApiOrigins: ['na', 'eu', 'cn'].map((r) => `${origin}/${r}`),
  });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await store.close();
  clearInterval(sample);
  const truth = (await (await fetch(`${origin}/__sim/platform/customers`)).json()) as {
    customers: Array<{ ref: string; expectedCause: string }>;
  };
  const expected = new Map(truth.customers.map((c) => [c.ref, c.expectedCause]));
  const figures: SweepChildFigures = {
    homes: out.summary.homes,
    seconds,
    requests: out.summary.requests,
    wakes: out.summary.wakes,
    rateLimited: out.summary.rateLimited,
    asExpected: out.homes.filter((h) => expected.get(h.ref) === h.cause).length,
    peakRssMb: peakRssMb(sampled),
    cpuSeconds: Math.round((used.user + used.system) / 1e5) / 10,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
