// The doctor's platform client against the simulator's demo platform, and its plain words for each refusal.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlatformClient, PlatformError, type PlatformClient } from '@main/platform/platform-client';
import { startSimulator, type RunningSimulator } from '@main/simulator';
import { NOON_LA } from '@test/support/sim-harness';

let sim: RunningSimulator;
let client: PlatformClient;
beforeAll(async () => {
  sim = await startSimulator({ scenario: 'healthy', speed: 0, startTime: NOON_LA, platform: true });
  client = createPlatformClient({ baseUrl: `${sim.platform!.baseUrl}/`, agentKey: sim.platform!.agentKey });
});
afterAll(() => sim.close());

async function refusalOf(p: Promise<unknown>): Promise<PlatformError> {
  const error = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlatformError);
  return error as PlatformError;
}

/** A fake platform answering every call with one status and body. */
function answering(status: number, body: unknown): PlatformClient {
  return createPlatformClient({
    baseUrl: 'https://platform.example/api',
    agentKey: 'key-123',
    fetch: () => Promise.resolve(new Response(JSON.stringify(body), { status })),
  });
}

describe('against the demo platform', () => {
  it('finds the customer by e-mail and reference, lists them, and borrows a token for their region', async () => {
    const email = sim.scenario.account.email;
    expect(await client.findCustomers(email)).toEqual([{ ref: 'c-0001', email, region: 'NA', connected: true }]);
    expect((await client.listCustomers()).customers).toHaveLength(1);
    expect((await client.getCustomer('c-0001')).ref).toBe('c-0001');
    const token = await client.borrowAccessToken('c-0001');
    expect(token.apiBase).toBe(sim.regionBaseUrls.NA);
    expect(token).not.toHaveProperty('refreshToken');
    expect((await client.authorizeParams()).clientId).toBe('demo-client');
  });

  it('takes, renews and releases a site lease; a held site says who holds it', async () => {
    const lease = await client.takeSiteLease(7, 'Laptop A', 60);
    const held = await refusalOf(client.takeSiteLease(7, 'Laptop B', 60));
    expect(held).toMatchObject({ status: 409, code: 'lease_held', detail: { holder: 'Laptop A' } });
    expect(held.message).toContain('Laptop A');
    expect((await client.renewSiteLease(7, lease.leaseId, 120)).leaseId).toBe(lease.leaseId);
    await client.releaseSiteLease(7, lease.leaseId);
    await client.releaseSiteLease(7, lease.leaseId);
    expect((await client.takeSiteLease(7, 'Laptop B', 60)).leaseId).not.toBe(lease.leaseId);
  });

  it('a wrong agent key: 401 said as the key, and the key is not in the message', async () => {
    const wrong = createPlatformClient({ baseUrl: sim.platform!.baseUrl, agentKey: 'wrong-key-value' });
    const error = await refusalOf(wrong.getCustomer('c-0001'));
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/agent key/);
    expect(error.message).toMatch(/administrator/);
    expect(error.message).not.toContain('wrong-key-value');
  });

  it('a key without the right: 403, the administrator gives the right', async () => {
    const viewer = createPlatformClient({ baseUrl: sim.platform!.baseUrl, agentKey: 'demo-viewer-key' });
    const error = await refusalOf(viewer.borrowAccessToken('c-0001'));
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/administrator.*right/);
  });

  it('an unknown customer: 404 naming what was looked for', async () => {
    const error = await refusalOf(client.getCustomer('c-9999'));
    expect(error).toMatchObject({ status: 404, code: 'unknown_customer' });
    expect(error.message).toContain('c-9999');
  });
});

describe('what each refusal means, and who acts', () => {
  it('409 not_connected: connect for the platform', async () => {
    const error = await refusalOf(answering(409, { error: 'not_connected' }).borrowAccessToken('c-1'));
    expect(error.message).toMatch(/Connect for the platform/);
  });

  it('409 connection_lost: another sign-in replaced it, never "expired"', async () => {
    const error = await refusalOf(
      answering(409, { error: 'connection_lost', reason: 'login_required' }).borrowAccessToken('c-1'),
    );
    expect(error.detail.reason).toBe('login_required');
    expect(error.message).toMatch(/another sign-in/);
    expect(error.message).not.toMatch(/expired/);
  });

  it("503 tesla_auth_unavailable: Tesla's sign-in is failing, wait, do not reconnect", async () => {
    const error = await refusalOf(answering(503, { error: 'tesla_auth_unavailable' }).borrowAccessToken('c-1'));
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/wait.*do not reconnect/);
  });

  it('an answer outside the spec or a hostile body is unreadable, not a crash', async () => {
    const error = await refusalOf(answering(200, { accessToken: 5 }).borrowAccessToken('c-1'));
    expect(error.code).toBe('unreadable');
    const html = createPlatformClient({
      baseUrl: 'https://platform.example',
      agentKey: 'k',
      fetch: () => Promise.resolve(new Response('<html>login</html>', { status: 500 })),
    });
    expect((await refusalOf(html.getCustomer('c-1'))).message).toMatch(/refused the request \(500/);
  });

  it('an unreachable platform names the host, not the key', async () => {
    const down = createPlatformClient({
      baseUrl: 'https://platform.example/api',
      agentKey: 'secret-agent-key',
      fetch: () => Promise.reject(new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })),
    });
    const error = await refusalOf(down.getCustomer('c-1'));
    expect(error.message).toContain('platform.example');
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).not.toContain('secret-agent-key');
  });

  it('sends the agent key as a Bearer header only', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    const spy = createPlatformClient({
      baseUrl: 'https://platform.example/api/',
      agentKey: 'key-xyz',
      fetch: (input, init) => {
        seen.push({ url: String(input), auth: new Headers(init?.headers).get('authorization') });
        return Promise.resolve(new Response(JSON.stringify({ customers: [], nextCursor: null })));
      },
    });
    await spy.findCustomers('a b@example.com');
    expect(seen).toEqual([
      { url: 'https://platform.example/api/v1/customers?query=a+b%40example.com&limit=500', auth: 'Bearer key-xyz' },
    ]);
  });
});
