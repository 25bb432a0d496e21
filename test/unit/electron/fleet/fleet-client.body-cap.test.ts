// An answer far past any real size, through the real transport (node:http) and the client: reading stops at
// the cap (counted while streaming, the socket closed), the error says "too large", and nothing near the
// body's size is ever held. Streams are generated as they are read, so this test stays light in memory.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFleetClient, FleetApiError, MAX_BODY_BYTES } from '@main/fleet/fleet-client';
import { nodeFetch } from '@main/fleet/node-fetch';
import { endlessBody, fakeFleetFetch, fakeSession } from '@test/support/fake-fleet-fetch';

let server: http.Server | null = null;
afterEach(async () => {
  await new Promise((r) => server?.close(r) ?? r(null));
  server = null;
});

/** A server whose products answer goes on until the client hangs up (or `limit` bytes, as a safety net). */
async function endlessServer(limit: number, declareLength = false) {
  let written = 0;
  let closedEarly = false;
  server = http.createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      ...(declareLength ? { 'content-length': String(limit) } : {}),
    });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (written < limit) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (closedEarly = written < limit));
    pump();
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
  const session = { ...fakeSession(), apiBase: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  return { session, written: () => written, closedEarly: () => closedEarly };
}

describe('fleet client: body cap', () => {
  it('stops reading a streamed answer past the cap and closes the socket (node:http transport)', async () => {
    const limit = 64 * 1024 * 1024;
    const s = await endlessServer(limit);
    const client = createFleetClient(s.session, { fetch: nodeFetch, retry: { maxRetries: 0 } });
    const error = await client.products().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FleetApiError);
    expect(error).toMatchObject({
      status: 200,
      error: 'response_too_large',
      raw: { status: 200, body: null, invalid: expect.stringMatching(/answer too large/) },
    });
    await new Promise((r) => setTimeout(r, 50));
    // The server could write the cap plus what the socket buffers held, then the client hung up.
    expect(s.closedEarly()).toBe(true);
    expect(s.written()).toBeLessThan(MAX_BODY_BYTES + 8 * 1024 * 1024);
  });

  it('refuses a declared Content-Length past the cap without reading the body', async () => {
    const s = await endlessServer(32 * 1024 * 1024, true);
    const client = createFleetClient(s.session, { fetch: nodeFetch, retry: { maxRetries: 0 } });
    await expect(client.siteInfo('1')).rejects.toMatchObject({ error: 'response_too_large' });
  });

  it('answers of ordinary size still read whole through the stream', async () => {
    const session = fakeSession();
    const big = { response: [{ energy_site_id: 1, site_name: 'x'.repeat(1024 * 1024) }] };
    const client = createFleetClient(session, { fetch: fakeFleetFetch({ '/api/1/products': big }) });
    expect((await client.products()).response).toHaveLength(1);
  });

  it('a 600 MB stream from any fetch: cut at the cap, the rest never produced', async () => {
    const body = endlessBody(600 * 1024 * 1024);
    const client = createFleetClient(fakeSession(), {
      fetch: fakeFleetFetch({ '/api/1/products': () => new Response(body.stream) }),
    });
    await expect(client.products()).rejects.toMatchObject({ error: 'response_too_large' });
    expect(body.sent()).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * 1024 * 1024);
  });
});
