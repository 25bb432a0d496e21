// A fetch made by createNodeFetch has pools of its own: with one pool's sockets to a host all busy, a request
// through another fetch still goes out at once (the sweep's borrows do not queue behind its Fleet reads,
// as they would not where the platform and the Fleet API are different hosts); through the same fetch it waits.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeFetch, MAX_SOCKETS_PER_HOST } from '@main/fleet/node-fetch';

let server: http.Server;
let base = '';
const held: http.ServerResponse[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/hold') held.push(res);
    else res.end('quick');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const res of held) res.end();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createNodeFetch', () => {
  it('each fetch has its own sockets per host', async () => {
    const busy = createNodeFetch();
    const other = createNodeFetch();
    const holding = Array.from({ length: MAX_SOCKETS_PER_HOST }, () => busy(`${base}/hold`));
    await expect.poll(() => held.length).toBe(MAX_SOCKETS_PER_HOST);
    // The busy fetch's next request waits for a socket; the other fetch's is answered.
    let queuedDone = false;
    const queued = busy(`${base}/quick`).then(async (r) => {
      queuedDone = true;
      return r.text();
    });
    expect(await (await other(`${base}/quick`)).text()).toBe('quick');
    expect(queuedDone).toBe(false);
    for (const res of held.splice(0)) res.end('released');
    expect(await queued).toBe('quick');
    await Promise.all(holding.map(async (p) => (await p).text()));
  });
});
