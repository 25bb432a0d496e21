// Test helper: a scripted HTTP server standing in for the Fleet API, so the client's edge cases (429, 421,
// 401, bad bodies) can be produced exactly. Each route answers from a queue; every request is logged.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeAnswer {
  /** 0: never answer. */
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface LoggedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export async function startFakeFleet(): Promise<{
  origin: string;
  log: LoggedRequest[];
  /** Queue answers for `METHOD /path` (without prefix); the last one repeats. */
  answer(route: string, ...answers: FakeAnswer[]): void;
  close(): Promise<void>;
}> {
  const queues = new Map<string, FakeAnswer[]>();
  const log: LoggedRequest[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      log.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      const path = (req.url ?? '').replace(/^\/(na|eu|cn)/, '');
      const queue = queues.get(`${req.method} ${path}`);
      const next = queue && (queue.length > 1 ? queue.shift() : queue[0]);
      if (next?.status === 0) return; // never answer (timeouts); closed with the server
      if (!next) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ response: null, error: 'not_found', error_description: '' }));
        return;
      }
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(next.body === undefined ? '' : typeof next.body === 'string' ? next.body : JSON.stringify(next.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    log,
    answer: (route, ...answers) => queues.set(route, answers),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
