// The headless connect the CLI, tests and benchmarks use: against an embedded simulator, and against a
// running one that shows its consent page (the driver ticks every box and presses "Allow").
import { afterEach, describe, expect, it } from 'vitest';
import { connectHeadless, type HeadlessConnection } from '@main/headless/connect-headless';
import { MemoryVault } from '@main/infra/keychain';
import { startSimulator, type RunningSimulator } from '@main/simulator/index';
import { tempDir } from '@test/support/temp-dir';
import { closedPort } from '@test/support/closed-port';

let conn: HeadlessConnection | null = null;
let sim: RunningSimulator | null = null;
const removers: (() => void)[] = [];
afterEach(async () => {
  await conn?.close();
  await sim?.close();
  conn = null;
  sim = null;
  removers.splice(0).forEach((r) => r());
});

function dataDir() {
  const t = tempDir('tcd-headless-');
  removers.push(t.remove);
  return t.dir;
}

describe('connectHeadless', () => {
  it('starts an embedded simulator for a scenario and connects its customer', async () => {
    conn = await connectHeadless({
      dataDir: dataDir(),
      scenario: 'wrong-region',
      keychain: new MemoryVault(),
      label: 'Hoffmann',
    });
    expect(conn.simulator).not.toBeNull();
    expect(conn.service.list()).toEqual([
      expect.objectContaining({ id: conn.accountId, label: 'Hoffmann', region: 'EU' }),
    ]);
    const session = await conn.service.session(conn.accountId);
    expect((await conn.simulator!.auth.verifyAccessToken(await session.tokenProvider.getAccessToken())).ok).toBe(true);
  });

  it('reaches a running simulator by its origin and consents on its page', async () => {
    sim = await startSimulator({ scenario: 'healthy', autoConsent: false });
    conn = await connectHeadless({ dataDir: dataDir(), apiBase: `${sim.origin}/na`, keychain: new MemoryVault() });
    expect(conn.simulator).toBeNull();
    expect(conn.service.list()[0]?.grantedScopes).toEqual(expect.arrayContaining(['energy_cmds', 'offline_access']));
    expect(sim.admin.requestLog().some((e) => e.method === 'POST' && e.path === '/oauth2/v3/authorize')).toBe(true);
  });

  it('fails clearly for an unknown scenario, leaving nothing behind', async () => {
    const dir = dataDir();
    await expect(
      connectHeadless({ dataDir: dir, scenario: 'no-such-scenario', keychain: new MemoryVault() }),
    ).rejects.toThrow(/no-such-scenario/);
  });

  it('names an unreachable simulator, why and what to do, instead of a bare “fetch failed”', async () => {
    const port = await closedPort();
    const error = await connectHeadless({
      dataDir: dataDir(),
      apiBase: `http://127.0.0.1:${port}`,
      keychain: new MemoryVault(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toBe('fetch failed');
    expect(message).toMatch(new RegExp(`could not reach the simulator at 127\\.0\\.0\\.1:${port}`));
    expect(message).toMatch(/refused/);
    expect(message).toMatch(/npm run sim/);
  });
});
