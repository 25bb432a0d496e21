// Benchmark: a full headless connect (authorize, consent, loopback callback, code exchange, keychain write,
// email lookup) against the simulator with request latency, and N callers asking for a token at expiry
// (how long, and how many refreshes: the target is exactly one). Run: npx tsx bench/bench-connect.ts
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { composeServices } from '../electron/app/compose-services';
import { MemoryVault } from '../electron/infra/keychain';
import { driveConsent } from '../electron/accounts/sign-in/consent-driver';

export interface ConnectFigures {
  latencyMs: number;
  connectMedianMs: number;
  concurrentCallers: number;
  refreshesAtExpiry: number;
  concurrentAtExpiryMs: number;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

export async function benchConnect(latencyMs: number, runs: number, callers = 100): Promise<ConnectFigures> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tcd-bench-connect-'));
  const services = composeServices({
    dataDir: dir,
    mode: 'demo',
    demo: { kind: 'embedded', scenario: 'healthy', latencyMs, speed: 0 },
    keychain: new MemoryVault(),
  });
  const service = services.accounts;
  try {
    const sim = (await services.startSimulator())!;
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t0 = performance.now();
      const started = await service.connect({ demoCallback: 'loopback' });
      if ((await driveConsent(started.authorizeUrl)) !== 200) throw new Error('connect failed');
      if (i > 0) times.push(performance.now() - t0); // the first run warms connections and the JIT
    }
    const id = service.list()[0]!.id;
    const session = await service.session(id);
    sim.clock.advance(8 * 3600 * 1000);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: callers }, () => session.tokenProvider.getAccessToken()));
    const concurrentAtExpiryMs = performance.now() - t0;
    return {
      latencyMs,
      connectMedianMs: Math.round(median(times)),
      concurrentCallers: callers,
      refreshesAtExpiry: service.refreshCount(id),
      concurrentAtExpiryMs: Math.round(concurrentAtExpiryMs),
    };
  } finally {
    await services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const latency of [0, 50]) console.log(JSON.stringify(await benchConnect(latency, 5)));
}
