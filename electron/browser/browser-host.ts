// Main process (plain Node). The browser transport: a loopback-only host that serves the renderer and the
// same handler map over a WebSocket. A random per-run secret, plus Host and Origin checks, keep other
// sites (DNS rebinding, cross-site WebSockets) and other local processes from driving it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { z } from 'zod';
import { isEventName } from '../../shared/contract';
import type { Dispatch } from '../ipc/dispatcher';
import type { EventBus } from '../ipc/event-bus';
import { securityHeaders } from '../security/csp';
import { readStatic } from './static-files';

export const WS_PATH = '/ipc';

export interface BrowserHostOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** Folder with the built renderer (index.html and assets). */
  rendererDir: string;
  port?: number;
  /** Fixed secret for tests; a random one is made otherwise. */
  secret?: string;
}

export interface BrowserHost {
  port: number;
  origin: string;
  /** The URL to open: the secret travels in the fragment, which browsers never send to a server. */
  url: string;
  secret: string;
  close(): Promise<void>;
}

const RequestSchema = z.object({
  id: z.number().int().nonnegative(),
  channel: z.string().max(200),
  args: z.unknown(),
});

function sameSecret(given: string | null, secret: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return !!host && allowedHosts(port).includes(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return !!origin && allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(24).toString('hex');
  let port = 0;

  const server = http.createServer(async (req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Wrong host.');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await readStatic(options.rendererDir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found.');
      return;
    }
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': file.contentType,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refuse = (status: number, why: string) => {
      socket.end(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    };
    if (url.pathname !== WS_PATH) return refuse(404, 'Not Found');
    if (!isAllowedHost(req.headers.host, port)) return refuse(421, 'Misdirected Request');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(403, 'Forbidden');
    if (!sameSecret(url.searchParams.get('k'), secret)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws));
  });

  const clients = new Set<WebSocket>();

  function serveClient(ws: WebSocket): void {
    clients.add(ws);
    const removeSink = options.events.addSink((event, payload) => {
      if (ws.readyState === ws.OPEN && isEventName(event)) ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('close', () => {
      clients.delete(ws);
      removeSink();
    });
    ws.on('message', async (data, isBinary) => {
      let request: z.infer<typeof RequestSchema>;
      try {
        if (isBinary) throw new Error('binary');
        request = RequestSchema.parse(JSON.parse(data.toString()));
      } catch {
        ws.send(
          JSON.stringify({
            id: null,
            envelope: { ok: false, error: { code: 'invalid_payload', message: 'The message was not a valid call.' } },
          }),
        );
        return;
      }
      const envelope = await options.dispatch(request.channel, request.args, { transport: 'browser' });
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, envelope }));
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    port,
    origin,
    url: `${origin}/#k=${secret}`,
    secret,
    async close() {
      for (const ws of clients) ws.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
