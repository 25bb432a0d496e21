// In the app, a test charge for a customer reached through a platform takes that platform's site lease, so
// another installation working through the same platform sees it (issue 26.1): with the Demo profile, the
// embedded simulator's demo platform. A lease held by someone else refuses the test before any write.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { createBackend, type Backend } from '@main/app/backend';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  backend = null;
  remove?.();
});

const call = { transport: 'electron' as const };

describe('the app takes the platform’s site lease', () => {
  it('the plan names the platform lock; a lease held elsewhere refuses the test before any write', async () => {
    const t = tempDir('tcd-lease-');
    remove = t.remove;
    backend = createBackend({
      mode: 'demo',
      dataDir: t.dir,
      keychain: new MemoryVault(),
      openExternal: async () => {},
    });
    await backend.start();
    const sim = backend.context.simulator();
    if (!sim?.platform) throw new Error('the embedded simulator runs no demo platform');
    const b = backend;
    const { accountId } = await b.handlers['accounts:connectThroughPlatform']({ customer: 'c-0001' }, call);
    const { sites } = await b.handlers['testCharge:sites']({ accountId }, call);
    const siteId = sites.find((s) => s.hasBattery)!.siteId;

    const plan = await b.handlers['testCharge:plan']({ accountId, siteId, direction: 'charge' }, call);
    expect(plan.locks).toEqual(['local', 'platform']);

    // Another installation holds the site through the same platform.
    const held = await fetch(`${sim.platform.baseUrl}/v1/sites/${siteId}/lease`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sim.platform.agentKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ holder: 'the other laptop', ttlSeconds: 600 }),
    });
    expect(held.status).toBe(201);
    const writesBefore = sim.admin.requestLog().filter((r) => r.method === 'POST' && r.path.includes('/energy_sites/'));

    const { runId } = await b.handlers['testCharge:start']({ accountId, siteId, direction: 'charge' }, call);
    await backend.context.testCharge.settled(runId);
    const result = (await b.handlers['testCharge:status']({}, call)).current?.result;
    expect(result).toMatchObject({ verdict: 'blocked', reason: 'site_held_elsewhere' });
    expect(result?.heldBy).toMatchObject({ kind: 'platform', holder: 'the other laptop' });
    const writesAfter = sim.admin.requestLog().filter((r) => r.method === 'POST' && r.path.includes('/energy_sites/'));
    expect(writesAfter.length).toBe(writesBefore.length);
  });
});
