// Benchmark part: a sweep of many energy-only homes at a given round-trip latency, through the real sweep
// engine and the embedded store (PGlite in a temporary folder). The homes are the in-process fake of
// test/support/fake-homes.ts (a directory and a Fleet API that answer after `latencyMs`), not the simulator:
// the simulator's many-homes mode (`--homes N`) is not built yet.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runSweep } from '../electron/sweep/sweep-engine';
import { openSweepStore } from '../electron/sweep-store/sweep-store';
import { fakeHomes, type FakeHomeKind } from '../test/support/fake-homes';

export interface SweepFigures {
  homes: number;
  seconds: number;
  homesPerSecond: number;
  requestsPerHome: number;
  wakes: number;
  rateLimited: number;
  peakRssMb: number;
}

export async function benchSweep(homes: number, latencyMs: number, concurrency = 128): Promise<SweepFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-bench-sweep-'));
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const kinds: FakeHomeKind[] = Array.from({ length: homes }, (_, i) =>
      i % 10 === 9 ? 'no_energy_scope' : 'healthy',
    );
    const h = fakeHomes(kinds, { prefix: 'bench', pageSize: 500, latencyMs, energyOnly: true });
    const store = await openSweepStore({ dataDir: dir });
    const started = performance.now();
    const out = await runSweep({
      directory: h.directory,
      store,
      staleAfterMs: 0,
      concurrency,
      profile: { partnerDomain: null },
      fetch: h.fetch,
    });
    const seconds = (performance.now() - started) / 1000;
    await store.close();
    peak = Math.max(peak, process.memoryUsage().rss);
    return {
      homes: out.summary.homes,
      seconds: Math.round(seconds * 10) / 10,
      homesPerSecond: Math.round(out.summary.homes / seconds),
      requestsPerHome: Math.round((out.summary.requests / Math.max(1, out.summary.homes)) * 100) / 100,
      wakes: out.summary.wakes,
      rateLimited: out.summary.rateLimited,
      peakRssMb: Math.round(peak / (1024 * 1024)),
    };
  } finally {
    clearInterval(sample);
    rmSync(dir, { recursive: true, force: true });
  }
}
