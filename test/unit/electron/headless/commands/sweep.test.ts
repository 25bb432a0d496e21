// `doctor sweep` finds the agent key as `diagnose --platform` does: TCD_PLATFORM_KEY wins, else the keychain
// entry the app's profile form keeps (a wrong one is refused by the platform and stops the sweep), against
// the simulator's demo platform with a few generated homes.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sweepCommandWith } from '@main/headless/commands/sweep';
import { MemoryVault } from '@main/infra/keychain';
import { agentKeyName } from '@main/platform/agent-key';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { tempDir } from '@test/support/temp-dir';

let sim: RunningSimulator;
let tmp: ReturnType<typeof tempDir>;
beforeAll(async () => {
  sim = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 3, seed: 1 } });
  tmp = tempDir('tcd-sweep-cmd-');
}, 120_000);
afterAll(async () => {
  await sim?.close();
  tmp?.remove();
});
afterEach(() => vi.unstubAllEnvs());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => void out.push(l), err: (l: string) => void err.push(l) }, out, err };
}

async function sweepWithKeychain(stored: string | null) {
  const keychain = new MemoryVault();
  const platform = `${sim.origin}/platform`;
  if (stored) await keychain.set(agentKeyName(platform), stored);
  const c = io();
  const code = await sweepCommandWith({ keychain: () => keychain }).run(
    ['--platform', platform, '--data-dir', tmp.dir, '--format', 'json'],
    c.io,
  );
  return { code, ...c };
}

describe('doctor sweep: the agent key', { timeout: 120_000 }, () => {
  it('takes the key kept in the keychain: a wrong one is refused by the platform and the sweep stops', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', '');
    const r = await sweepWithKeychain('not-the-agent-key');
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(r.err.join('\n')).not.toContain('not-the-agent-key');
  });

  it('TCD_PLATFORM_KEY wins over the keychain', async () => {
    vi.stubEnv('TCD_PLATFORM_KEY', 'demo-agent-key');
    const r = await sweepWithKeychain('not-the-agent-key');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out.join('\n')) as { homes: unknown[] }).homes).toHaveLength(3);
  });
});
