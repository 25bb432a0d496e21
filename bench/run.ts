// `npm run bench [-- --json]`: how fast and how cheaply the doctor diagnoses, against the simulator with
// injected round-trip latency (150 ms by default; 50 and 300 ms too). Prints a table, or one JSON object.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildRenderer } from '../scripts/build';
import { benchDiagnose, benchRecheck, benchSequentialBaseline, round2 } from './bench-diagnose';
import { benchFirstChecklist } from './bench-first-checklist';
import { initialJsGzipBytes } from './bench-renderer';
import { benchTestCharge } from './bench-test-charge';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const log = (line: string) => {
  if (!asJson) console.log(line);
  else process.stderr.write(`${line}\n`);
};

const MAIN_LATENCY = 150;
const OTHER_LATENCIES = [50, 300];
const RUNS = 5;

interface Target {
  name: string;
  met: boolean;
  detail: string;
}

async function main(): Promise<void> {
  const started = performance.now();
  const figures: Record<string, number> = {};
  const targets: Target[] = [];
  const target = (name: string, met: boolean, detail: string) => targets.push({ name, met, detail });

  log(`Benchmarks against the simulator (${RUNS} runs each, median; ${os.cpus().length} cores, Node ${process.version})`);

  for (const latency of [MAIN_LATENCY, ...OTHER_LATENCIES]) {
    log(`\n-- latency ${latency} ms --`);
    const typical = await benchDiagnose('healthy', latency, RUNS);
    const baseline = await benchSequentialBaseline('healthy', latency, RUNS);
    const suffix = latency === MAIN_LATENCY ? '' : `@${latency}ms`;
    figures[`diagnose.typical.ms${suffix}`] = typical.ms;
    figures[`diagnose.typical.rtt${suffix}`] = typical.rtt;
    figures[`baseline.sequential.typical.ms${suffix}`] = baseline;
    log(`diagnose typical: ${typical.ms} ms = ${typical.rtt} RTT, ${typical.requests} requests, ${typical.wakes} wakes; sequential baseline ${baseline} ms (${round2(baseline / typical.ms)}x)`);
    if (latency === MAIN_LATENCY) {
      figures['diagnose.typical.requests'] = typical.requests;
      figures['diagnose.typical.wakes'] = typical.wakes;
      target('typical diagnosis within 4 RTT', typical.rtt <= 4, `${typical.rtt} RTT`);
      target('at least 2x faster than sequential', baseline / typical.ms >= 2, `${round2(baseline / typical.ms)}x`);
      target('typical: at most 6 requests, 0 wakes', typical.requests <= 6 && typical.wakes === 0, `${typical.requests} requests, ${typical.wakes} wakes`);
    }
    const large = await benchDiagnose('large-account', latency, latency === MAIN_LATENCY ? RUNS : 3);
    figures[`diagnose.large.ms${suffix}`] = large.ms;
    figures[`diagnose.large.rtt${suffix}`] = large.rtt;
    log(`diagnose large (25 sites, 25 cars): ${large.ms} ms = ${large.rtt} RTT, ${large.requests} requests, ${large.rateLimited} rate-limited`);
    if (latency === MAIN_LATENCY) {
      figures['diagnose.large.requests'] = large.requests;
      figures['diagnose.large.rateLimited'] = large.rateLimited;
      target('large account within 8 RTT, no 429', large.rtt <= 8 && large.rateLimited === 0, `${large.rtt} RTT, ${large.rateLimited} x 429`);
    }
  }

  log('\n-- check again, test charge, renderer --');
  const recheck = await benchRecheck(MAIN_LATENCY);
  figures['recheck.single.requests'] = recheck;
  target('single re-check at most 2 requests', recheck <= 2, `${recheck} requests`);
  log(`check again (one item): ${recheck} requests`);

  const tc = await benchTestCharge('discharge');
  figures['testCharge.verdict.simSeconds'] = tc.verdictSimSeconds;
  figures['testCharge.response.simSeconds'] = tc.responseSimSeconds;
  figures['testCharge.requests'] = tc.requests;
  const lag = tc.verdictSimSeconds - tc.responseSimSeconds;
  target('test charge verdict within 2 polling intervals of the response', lag <= 2 * tc.pollSeconds, `${round2(lag)} s after the response (poll ${tc.pollSeconds} s)`);
  log(`test discharge: ${tc.verdict}, verdict ${tc.verdictSimSeconds} sim s after the first write, battery responded at ${tc.responseSimSeconds} s, ${tc.requests} requests, restored: ${tc.restored}`);

  await buildRenderer();
  const js = initialJsGzipBytes(path.join(root, 'dist/renderer'));
  figures['renderer.initialJs.gzipBytes'] = js.gzipBytes;
  target('renderer initial JS at most 250 KB gzipped', js.gzipBytes <= 250_000, `${Math.round(js.gzipBytes / 1024)} KiB`);
  log(`renderer initial JS: ${js.gzipBytes} bytes gzipped (${js.files.join(', ')})`);

  const first = await benchFirstChecklist(MAIN_LATENCY);
  figures['renderer.firstChecklist.ms'] = first;
  target('first checklist on screen within 1.5 s at 150 ms', first <= 1500, `${first} ms`);
  log(`first checklist on screen (Chromium, ${MAIN_LATENCY} ms latency): ${first} ms`);

  log('\nTargets:');
  for (const t of targets) log(`  ${t.met ? 'MET   ' : 'MISSED'} ${t.name}: ${t.detail}`);
  log(`\nTotal bench time ${Math.round((performance.now() - started) / 1000)} s`);
  if (asJson) console.log(JSON.stringify({ ...figures, targets }, null, 2));
}

main().catch((error) => {
  console.error(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
