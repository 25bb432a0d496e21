// Main process (plain Node). The browser transport: a loopback-only host that serves the renderer and the
// same handler map over a WebSocket. A random per-run secret, plus Host and Origin checks, keep other
// sites (DNS rebinding, cross-site WebSockets) and other local processes from driving it.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { isEventName } from '@shared/contract';
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
  /**
   * The app is opening, or reloading: the browser was sent to its page by the user (not by another site),
   * or a page of it connected with the secret. Told once for each; what it starts must be idempotent.
   */
  onAppOpening?: (how: 'navigation' | 'connected') => void;
  /** Told about a connection that failed (reset, bad frame); the host itself carries on. */
  onConnectionError?: (where: 'socket' | 'websocket' | 'request', error: unknown) => void;
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

/** The largest message a page sends (a call with its arguments); anything bigger drops that connection. */
export const MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * The page itself is never cached (a rebuilt app is seen at the next load); the built scripts and styles
 * carry a content hash in their names, so a given name never changes: the browser keeps them, and with
 * them its compiled code, and a reload only fetches the page (the first paint is then much faster).
 */
export function cacheControl(urlPath: string): string {
  return /^\/assets\/[A-Za-z0-9_.-]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/.test(urlPath.split('?')[0]!)
    ? 'public, max-age=31536000, immutable'
    : 'no-store';
}

/**
 * A navigation to the app's page that the user made: typed, opened from outside the browser (`npm start`,
 * a bookmark) or a reload, never a page of another site sending the browser here, nor a script's fetch. The
 * Fetch Metadata headers say so; a page cannot forge them. Without them (an older browser), nothing is
 * told: the page connecting still is.
 */
export function isUserNavigation(headers: http.IncomingHttpHeaders): boolean {
  const site = headers['sec-fetch-site'];
  return (
    headers['sec-fetch-mode'] === 'navigate' &&
    headers['sec-fetch-dest'] === 'document' &&
    (site === 'none' || site === 'same-origin')
  );
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const secret = options.secret ?? randomBytes(24).toString('hex');
  let port = 0;
  const report = (where: 'socket' | 'websocket' | 'request', error: unknown) => {
    try {
      options.onConnectionError?.(where, error);
    } catch {
      // A failing reporter must not turn one bad connection into a crash.
    }
  };
  const opening = (how: 'navigation' | 'connected') => {
    try {
      options.onAppOpening?.(how);
    } catch (error) {
      report(how === 'navigation' ? 'request' : 'websocket', error);
    }
  };

  const server = http.createServer((req, res) => {
    serveStatic(req, res).catch((error: unknown) => {
      report('request', error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });

  // Every socket gets an error listener for its whole life. Node's own listener is removed when a request
  // asks for an upgrade, so without this a reset at that moment (a local process needs no secret for it)
  // is an unhandled 'error' event and ends the process, with any running test charge.
  server.on('connection', (socket) => {
    socket.on('error', (error) => report('socket', error));
  });
  server.on('clientError', (error, socket) => {
    report('socket', error);
    if (socket.writable && !('code' in error && error.code === 'ECONNRESET')) {
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    }
    socket.destroy();
  });

  async function serveStatic(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
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
      'Cache-Control': cacheControl(req.url ?? '/'),
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
    // After the page is on its way: what the opening starts (the first customer's checklist, its reads of
    // Tesla) runs while the browser loads the page's code, some 300 ms before the page could connect.
    if (req.method === 'GET' && file.contentType.startsWith('text/html') && isUserNavigation(req.headers))
      opening('navigation');
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  wss.on('error', (error) => report('websocket', error));

  server.on('upgrade', (req, socket, head) => {
    const refuse = (status: number, why: string) => {
      // Close for good once the answer is written: a refused client gets no half-open socket to sit on.
      socket.end(`HTTP/1.1 ${status} ${why}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () => socket.destroy());
    };
    // A request target like `//a:99999/ipc` is no URL at all: parsing it must refuse, not throw.
    const url = URL.canParse(req.url ?? '/', 'http://127.0.0.1') ? new URL(req.url ?? '/', 'http://127.0.0.1') : null;
    if (!url) return refuse(400, 'Bad Request');
    if (url.pathname !== WS_PATH) return refuse(404, 'Not Found');
    if (!isAllowedHost(req.headers.host, port)) return refuse(421, 'Misdirected Request');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse(403, 'Forbidden');
    if (!sameSecret(url.searchParams.get('k'), secret)) return refuse(401, 'Unauthorized');
    wss.handleUpgrade(req, socket, head, (ws) => serveClient(ws));
  });

  const clients = new Set<WebSocket>();

  function serveClient(ws: WebSocket): void {
    clients.add(ws);
    opening('connected');
    // ws reports a protocol violation (bad UTF-8, unmasked or reserved frame, oversized message, bad close
    // code, …) as an 'error' on this connection and closes it itself; with no listener that error would
    // be thrown and take the whole backend down with one page.
    ws.on('error', (error) => report('websocket', error));
    const removeSink = options.events.addSink((event, payload) => {
      if (ws.readyState === ws.OPEN && isEventName(event)) ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('close', () => {
      clients.delete(ws);
      removeSink();
    });
    ws.on('message', (data, isBinary) => {
      answer(ws, data, isBinary).catch((error: unknown) => {
        report('websocket', error);
        ws.terminate();
      });
    });
  }

  async function answer(ws: WebSocket, data: RawData, isBinary: boolean): Promise<void> {
    let request: z.infer<typeof RequestSchema>;
    let id: number | null = null;
    try {
      if (isBinary) throw new Error('binary');
      const message: unknown = JSON.parse(data.toString());
      // A call the caller can match (a valid id) is refused under that id, whatever else is wrong with it.
      id = RequestSchema.shape.id.safeParse((message as { id?: unknown } | null)?.id).data ?? null;
      request = RequestSchema.parse(message);
    } catch {
      ws.send(
        JSON.stringify({
          id,
          envelope: { ok: false, error: { code: 'invalid_payload', message: 'The message was not a valid call.' } },
        }),
      );
      return;
    }
    const envelope = await options.dispatch(request.channel, request.args, { transport: 'browser' });
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, envelope }));
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
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A half-open page request (a client that never finishes) must not keep close() waiting.
      server.closeAllConnections();
      await closed;
    },
  };
}
