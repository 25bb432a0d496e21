// Answers the simulator never sends, through the real client, gathering and rules: junk inside a valid
// envelope and a body far past any real size. The client flags both; the rules must read them as
// "unknown, and why", never as data (no "no energy products", no "Ready: No" without a blocker).
import { describe, expect, it } from 'vitest';
import { gather } from '@main/checklist/gather';
import { createFleetClient } from '@main/fleet/fleet-client';
import { buildChecks, verdicts } from '@shared/checklist/build-checks';
import { allInEnglish } from '@test/support/english-checks';
import { endlessBody, fakeFleetFetch, fakeSession, type FakeAnswer } from '@test/support/fake-fleet-fetch';

const SITE = {
  energy_site_id: 111222333,
  resource_type: 'battery',
  site_name: 'Home',
  components: { battery: true, solar: true, grid: true },
};

async function checklistFor(answers: Record<string, FakeAnswer>) {
  const session = fakeSession();
  const client = createFleetClient(session, { fetch: fakeFleetFetch(answers), retry: { maxRetries: 0 } });
  const { input } = await gather(client, session, { profile: { partnerDomain: null } });
  // The rules record keys and values; the assertions read the English words.
  const checks = allInEnglish(buildChecks(input));
  return { input, checks, verdicts: verdicts(checks), byId: (id: string) => checks.find((c) => c.id === id) };
}

describe('gathering: junk in a valid envelope', () => {
  it('products [1, "x", null, [2]]: the connection check is unknown with the reason, and it blocks the verdict', async () => {
    const r = await checklistFor({ '/api/1/products': { response: [1, 'x', null, [2]] } });
    expect(r.input.responses[0]).toMatchObject({
      status: 200,
      invalid: expect.stringMatching(/not in the expected shape/),
    });
    const connection = r.byId('account.connection');
    expect(connection).toMatchObject({ status: 'unknown', text: { key: 'connection.products_failed' } });
    expect(connection?.detail).toMatch(/not in the expected shape/);
    // Not "this account has no energy products".
    expect(r.checks.find((c) => c.id === 'scope.energy_read')?.status).not.toBe('not_applicable');
    expect(r.verdicts.discharge.ready).toBe(false);
    expect(r.verdicts.discharge.blocking).toContain('account.connection@fake-account');
  });

  it('site_info with junk settings reads as unknown for that site, not as its settings', async () => {
    const r = await checklistFor({
      '/api/1/products': { response: [SITE] },
      '/site_info': { response: [1, 'x', null] },
      '/live_status': { response: { battery_power: 0, timestamp: new Date().toISOString() } },
    });
    expect(r.byId('energy.reachable')).toMatchObject({ status: 'unknown' });
    expect(r.byId('energy.reachable')?.detail).toMatch(/not in the expected shape/);
    expect(r.verdicts.discharge.ready).toBe(false);
    expect(r.verdicts.discharge.blocking.length).toBeGreaterThan(0);
  });
});

describe('gathering: an answer too large', () => {
  it('a 64 MB products body (a real one is a few kB): read no further than the cap, the check is unknown with "answer too large"', async () => {
    const body = endlessBody(64 * 1024 * 1024);
    const r = await checklistFor({ '/api/1/products': () => new Response(body.stream, { status: 200 }) });
    // Stopped a little past the cap, never near its size.
    expect(body.sent()).toBeLessThan(16 * 1024 * 1024);
    expect(r.input.responses[0]).toMatchObject({
      status: 200,
      body: null,
      invalid: expect.stringMatching(/answer too large/),
    });
    expect(r.byId('account.connection')).toMatchObject({
      status: 'unknown',
      text: { key: 'connection.products_failed' },
    });
    expect(r.byId('account.connection')?.detail).toMatch(/answer too large/);
  });

  it('a too-large site_info marks only that site unknown', async () => {
    const r = await checklistFor({
      '/api/1/products': { response: [SITE] },
      '/site_info': () => new Response(endlessBody(32 * 1024 * 1024).stream, { status: 200 }),
      '/live_status': { response: { battery_power: 0, timestamp: new Date().toISOString() } },
    });
    expect(r.byId('account.connection')?.text?.key).not.toBe('connection.products_failed');
    expect(r.byId('energy.reachable')).toMatchObject({ status: 'unknown' });
    expect(r.byId('energy.reachable')?.detail).toMatch(/answer too large/);
  });
});
