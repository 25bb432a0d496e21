// Bench (plain Node): how long the headless tool takes from a cold start to an answer. `node
// dist/headless/doctor.cjs explain "<text>"` is run several times (built first), each in a fresh process;
// the median is reported with the load average beside it, since a busy machine slows every start alike.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { buildHeadless, HEADLESS_BUNDLE } from '../scripts/build';

export interface ColdStart {
  /** Median wall time of one `explain`, process start to exit. */
  ms: number;
  /** Median of `node -e 0` on the same machine at the same time: what Node alone costs. */
  nodeMs: number;
  /** The 1-minute load average when the runs ended. */
  load: number;
}

const TEXT = 'vehicle rejected request: your public key has not been paired with the vehicle';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timed(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return ms;
}

export async function benchCliColdStart(runs = 7): Promise<ColdStart> {
  await buildHeadless();
  timed([HEADLESS_BUNDLE, 'explain', TEXT]); // the first run warms the file cache, as an installed tool's is
  const explain: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < runs; i++) {
    explain.push(timed([HEADLESS_BUNDLE, 'explain', TEXT]));
    node.push(timed(['-e', '0']));
  }
  return { ms: Math.round(median(explain)), nodeMs: Math.round(median(node)), load: os.loadavg()[0]! };
}

// `npx tsx bench/bench-cli.ts`: this figure alone.
if (process.argv[1]?.endsWith('bench-cli.ts')) {
  benchCliColdStart().then(
    (r) => console.log(`cli.coldStart.ms ${r.ms} (node -e 0: ${r.nodeMs} ms; load average ${r.load.toFixed(2)})`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
