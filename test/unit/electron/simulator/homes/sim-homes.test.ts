// Generated homes end to end: the sweep engine sweeps a simulator of 50 homes through the demo platform and
// finds each home's expected cause, without a wake or a 429; an incident and a break between sweeps show
// up as one incident and as the newly broken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformClient } from '@main/platform/platform-client';
import { DEMO_CLIENT, startSimulator, type RunningSimulator } from '@main/simulator';
import { runSweep, type SweepOutcome } from '@main/sweep/sweep-engine';
import { platformDirectoryFrom } from '@main/sweep/platform-directory';
import { migrate } from '@main/sweep-store/migrations';
import { openPglite } from '@main/sweep-store/sql-client';
import { sweepStoreOn, type SweepStore } from '@main/sweep-store/sweep-store';

let store: SweepStore;
let sim: RunningSimulator;
beforeAll(async () => {
  const db = await openPglite();
  await migrate(db);
  store = sweepStoreOn(db);
  sim = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 50, seed: 2026 } });
}, 120_000);
afterAll(async () => {
  await sim?.close();
  await store?.close();
});

interface Truth {
  ref: string;
  email: string;
  connectionAlive: boolean;
  expectedCause: string;
}

async function truth(s = sim): Promise<Truth[]> {
  const res = await fetch(`${s.origin}/__sim/platform/customers`);
  return ((await res.json()) as { customers: Truth[] }).customers;
}

async function admin(path: string, body: unknown): Promise<{ status: number; homes: string[] }> {
  const res = await fetch(`${sim.origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, homes: ((await res.json()) as { homes?: string[] }).homes ?? [] };
}

const sweep = () =>
  runSweep({
    directory: platformDirectoryFrom(
      createPlatformClient({ baseUrl: sim.platform!.baseUrl, agentKey: sim.platform!.agentKey }),
    ),
    store,
    staleAfterMs: 0,
    profile: { partnerDomain: null, clientId: DEMO_CLIENT.clientId },
    trustedApiOrigins: ['na', 'eu', 'cn'].map((r) => `${sim.origin}/${r}`),
    sleep: async () => undefined,
  });

async function expectCausesAsExpected(out: SweepOutcome): Promise<Map<string, string>> {
  const expected = new Map((await truth()).map((c) => [c.ref, c.expectedCause]));
  expect(out.homes).toHaveLength(expected.size);
  expect(new Map(out.homes.map((h) => [h.ref, h.cause]))).toEqual(expected);
  expect(out.summary.wakes).toBe(0);
  expect(out.summary.rateLimited).toBe(0);
  return expected;
}

describe('generated homes', { timeout: 180_000 }, () => {
  it('lists the same homes and causes for the same seed, each its own account', async () => {
    const first = await truth();
    expect(first).toHaveLength(50);
    expect(new Set(first.map((c) => c.email)).size).toBe(50);
    const healthy = first.filter((c) => c.expectedCause === 'healthy').length;
    expect(healthy).toBeGreaterThan(25);
    expect(healthy).toBeLessThan(50);
    const again = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 50, seed: 2026 } });
    const other = await startSimulator({ scenario: 'healthy', platform: true, homes: { count: 50, seed: 7 } });
    try {
      const causes = (t: Truth[]) => t.map((c) => `${c.ref} ${c.expectedCause}`);
      expect(causes(await truth(again))).toEqual(causes(first));
      expect(causes(await truth(other))).not.toEqual(causes(first));
    } finally {
      await again.close();
      await other.close();
    }
  });

  it('sweeps through the platform to each home expected cause; then a break and an incident', async () => {
    const first = await sweep();
    const before = await expectCausesAsExpected(first);
    expect(first.incidents).toEqual([]);
    // Tokens came from the platform: no home's own sign-in was used by the doctor.
    expect(sim.admin.requestLog().filter((r) => r.path.startsWith('/oauth2/'))).toEqual([]);

    const broken = await admin('/__sim/platform/break', { count: 5, cause: 'revoked' });
    expect(broken.status).toBe(200);
    expect(broken.homes).toHaveLength(5);
    for (const ref of broken.homes) expect(before.get(ref)).toBe('healthy');
    const second = await sweep();
    await expectCausesAsExpected(second);
    expect(second.changes.newlyBroken.map((c) => c.ref).sort()).toEqual(broken.homes.slice().sort());
    for (const c of second.changes.newlyBroken) expect(c.toCause).toBe('connection.login_required');
    expect(second.incidents).toEqual([]);

    const suspended = await admin('/__sim/platform/incident', { kind: 'app-suspended', share: 0.3 });
    expect(suspended.homes).toHaveLength(15);
    const third = await sweep();
    await expectCausesAsExpected(third);
    expect(third.incidents).toHaveLength(1);
    expect(third.incidents[0]).toMatchObject({ cause: 'account.app_status', actor: 'platform' });
    expect(third.incidents[0]!.homes.slice().sort()).toEqual(suspended.homes.slice().sort());
  });

  it('an auth outage: the platform cannot lend tokens for its share, and the sweep says wait', async () => {
    const out = await admin('/__sim/platform/incident', { kind: 'auth-outage', share: 0.2 });
    expect(out.homes.length).toBeGreaterThan(0);
    const t = await truth();
    for (const ref of out.homes)
      expect(t.find((c) => c.ref === ref)!.expectedCause).toBe('connection.tesla_auth_unavailable');
    const swept = await sweep();
    await expectCausesAsExpected(swept);
    for (const h of swept.homes.filter((x) => out.homes.includes(x.ref))) expect(h.actor).toBe('wait');
  });

  it('a data outage: its homes read as Tesla not reaching the site', async () => {
    const out = await admin('/__sim/platform/incident', { kind: 'data-outage', share: 0.1 });
    expect(out.homes.length).toBeGreaterThan(0);
    const t = await truth();
    for (const ref of out.homes) expect(t.find((c) => c.ref === ref)!.expectedCause).toBe('energy.reachable');
    await expectCausesAsExpected(await sweep());
  });

  it('refuses an incident or break it does not know', async () => {
    expect((await admin('/__sim/platform/incident', { kind: 'meteor', share: 0.3 })).status).toBe(400);
    expect((await admin('/__sim/platform/incident', { kind: 'data-outage', share: 2 })).status).toBe(400);
    expect((await admin('/__sim/platform/break', { count: -1, cause: 'revoked' })).status).toBe(400);
    expect((await admin('/__sim/platform/break', { count: 1, cause: 'stolen' })).status).toBe(400);
  });
});
