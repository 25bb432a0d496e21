// The Fleet API fetch keeps connections alive: one socket for requests one after another, as many as are
// in flight for parallel ones, and a request on a kept socket the server has just closed is sent again.
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFetch } from '@main/fleet/node-fetch';

const servers: Array<http.Server | net.Server> = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    if (s instanceof http.Server) s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

async function listen<S extends http.Server | net.Server>(server: S): Promise<string> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('node fetch', () => {
  it('reuses one connection for requests made one after another', async () => {
    let connections = 0;
    const server = http.createServer((_req, res) => res.end('{"response":1}'));
    server.on('connection', () => (connections += 1));
    const origin = await listen(server);
    for (let i = 0; i < 3; i++) expect(await (await nodeFetch(`${origin}/a`)).text()).toBe('{"response":1}');
    expect(connections).toBe(1);
  });

  it('opens one connection per request in flight, then reuses them', async () => {
    let connections = 0;
    const server = http.createServer((_req, res) => setTimeout(() => res.end('ok'), 20));
    server.on('connection', () => (connections += 1));
    const origin = await listen(server);
    // Each answer is read to its end, as the Fleet client does: only then is its socket free again.
    const call = async () => (await nodeFetch(`${origin}/b`)).text();
    await Promise.all(Array.from({ length: 5 }, call));
    await Promise.all(Array.from({ length: 5 }, call));
    expect(connections).toBe(5);
  });

  it('sends a request again, once, when the kept connection turns out closed', async () => {
    // Answers the first request on each connection, then drops the connection without saying so: the
    // client's next request on it meets a reset, as when a server's keep-alive timer fires.
    let requests = 0;
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        requests += 1;
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok');
        socket.once('data', () => socket.resetAndDestroy());
      });
    });
    const origin = await listen(server);
    expect(await (await nodeFetch(`${origin}/c`)).text()).toBe('ok');
    expect(await (await nodeFetch(`${origin}/c`)).text()).toBe('ok');
    expect(requests).toBe(2);
  });

  it('does not send a command (POST) again when the kept connection turns out closed: it may have been taken', async () => {
    let requests = 0;
    const server = net.createServer((socket) => {
      socket.once('data', () => {
        requests += 1;
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok');
        socket.once('data', () => {
          requests += 1;
          socket.resetAndDestroy();
        });
      });
    });
    const origin = await listen(server);
    expect(await (await nodeFetch(`${origin}/c`)).text()).toBe('ok');
    await expect(nodeFetch(`${origin}/c`, { method: 'POST', body: '{}' })).rejects.toThrow();
    expect(requests).toBe(2);
  });
});
