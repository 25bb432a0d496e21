// Test helpers for the browser transport's WebSocket (`/ipc`): its frames are `{id, channel, args}` out,
// `{id, envelope}` back and `{event, payload}` pushed. Three sides use them:
// - Node tests open their own socket with chosen headers (`connect`, `send`);
// - e2e tests send a raw frame from inside the page, with the page's own origin (`sendFromPage`);
// - e2e tests wait for what the page's socket carries (`watchIpc`): a reply to a call or an event, so a
//   spec waits for the event it means instead of a fixed time.
import type { Page, WebSocket as PageSocket } from '@playwright/test';
import WebSocket from 'ws';

export interface WsAttempt {
  ws?: WebSocket;
  status?: number;
}

/** The app's answer to one call: `{ ok: true, value }` or `{ ok: false, error: { code, message } }`. */
export interface Envelope {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message?: string };
}

export function connect(url: string, headers: Record<string, string>): Promise<WsAttempt> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve({ ws }));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
    ws.once('error', () => resolve({}));
  });
}

/** Sends one raw frame and resolves with the next frame that comes back, parsed. */
export function send(ws: WebSocket, raw: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    ws.once('message', (data) => resolve(JSON.parse(data.toString())));
    ws.send(raw);
  });
}

/** Sends one raw frame from inside the page (its origin, its secret) and returns the parsed reply. */
export function sendFromPage(page: Page, secret: string, frame: unknown): Promise<Record<string, unknown>> {
  return page.evaluate(
    async ({ secret, raw }) => {
      // Runs in the page: its own WebSocket and location (typed here without the DOM library).
      type PageSocket = {
        addEventListener(type: string, listener: (e: { data: unknown }) => void, options?: { once: boolean }): void;
        send(data: string): void;
        close(): void;
      };
      const g = globalThis as unknown as { location: { host: string }; WebSocket: new (url: string) => PageSocket };
      const ws = new g.WebSocket(`ws://${g.location.host}/ipc?k=${secret}`);
      await new Promise((r) => ws.addEventListener('open', r, { once: true }));
      const reply = new Promise<string>((r) =>
        ws.addEventListener('message', (m) => r(String(m.data)), { once: true }),
      );
      ws.send(raw);
      const parsed = JSON.parse(await reply) as Record<string, unknown>;
      ws.close();
      return parsed;
    },
    { secret, raw: JSON.stringify(frame) },
  );
}

type Waiter = { match: (frame: Frame) => boolean; resolve: (frame: Frame) => void };
interface Frame {
  id?: number;
  channel?: string;
  envelope?: Envelope;
  event?: string;
  payload?: unknown;
}

export interface IpcTraffic {
  /** The envelope of the next reply to a call on `channel` (ask before the click that makes the call). */
  nextReply(channel: string): Promise<Envelope>;
  /** The payload of the next `event` that `accept` takes (ask before the action that causes it). */
  nextEvent<T = unknown>(event: string, accept?: (payload: T) => boolean): Promise<T>;
}

/**
 * Watches the page's IPC sockets. Attach it before the page opens the app (the fixture does): a socket
 * opened earlier is not seen. Waits are bounded by the test's timeout, not by a fixed time.
 */
export function watchIpc(page: Page): IpcTraffic {
  const waiters = new Set<Waiter>();
  const parse = (payload: string | Buffer): Frame | null => {
    try {
      return JSON.parse(payload.toString()) as Frame;
    } catch {
      return null;
    }
  };
  page.on('websocket', (socket: PageSocket) => {
    if (!new URL(socket.url()).pathname.endsWith('/ipc')) return;
    const channels = new Map<number, string>();
    socket.on('framesent', ({ payload }) => {
      const frame = parse(payload);
      if (frame && typeof frame.id === 'number' && typeof frame.channel === 'string')
        channels.set(frame.id, frame.channel);
    });
    socket.on('framereceived', ({ payload }) => {
      const frame = parse(payload);
      if (!frame) return;
      if (typeof frame.id === 'number' && frame.envelope) {
        frame.channel = channels.get(frame.id);
        channels.delete(frame.id);
      }
      for (const waiter of [...waiters]) {
        if (!waiter.match(frame)) continue;
        waiters.delete(waiter);
        waiter.resolve(frame);
      }
    });
  });
  const wait = (match: Waiter['match']) => new Promise<Frame>((resolve) => waiters.add({ match, resolve }));
  return {
    nextReply: async (channel) => (await wait((f) => f.channel === channel && !!f.envelope)).envelope!,
    nextEvent: async <T>(event: string, accept: (payload: T) => boolean = () => true) =>
      (await wait((f) => f.event === event && accept(f.payload as T))).payload as T,
  };
}
