// Renderer: the browser transport's page side. Talks to the loopback host over one WebSocket, carrying
// the per-run secret it was opened with, and presents the same API object the preload exposes.
import type { DoctorApi, Envelope } from '@shared/contract';
import { buildPageApi } from '@shared/contract/page-client';
import { markOnce } from '@renderer/perf/start-marks';

const SECRET_KEY = 'tcd.browserSecret';

/** Takes the secret from the URL fragment (then hides it from the address bar) or from this tab's session. */
export function takeSecret(loc: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)k=([0-9a-f]{16,128})/.exec(loc.hash);
  if (match?.[1]) {
    storage.setItem(SECRET_KEY, match[1]);
    history.replaceState(null, '', loc.pathname + loc.search);
    return match[1];
  }
  return storage.getItem(SECRET_KEY);
}

type Pending = (envelope: Envelope<unknown>) => void;

export function createBrowserApi(wsUrl: string): DoctorApi {
  const socket = new WebSocket(wsUrl);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener(
      'open',
      () => {
        markOnce('socket-open');
        resolve();
      },
      { once: true },
    );
    socket.addEventListener('error', () => reject(new Error('closed')), { once: true });
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let closed = false;

  const closedEnvelope: Envelope<unknown> = {
    ok: false,
    error: {
      code: 'transport_closed',
      message: 'The connection to the app was lost. Reload the page, or restart the app if that does not help.',
      text: { key: 'errors.connection_lost', params: {} },
    },
  };

  socket.addEventListener('close', () => {
    closed = true;
    for (const resolve of pending.values()) resolve(closedEnvelope);
    pending.clear();
  });
  socket.addEventListener('message', (message) => {
    let data: { id?: number | null; envelope?: Envelope<unknown>; event?: string; payload?: unknown };
    try {
      data = JSON.parse(String(message.data));
    } catch {
      return;
    }
    if (typeof data.id === 'number' && data.envelope) {
      markOnce('first-answer');
      pending.get(data.id)?.(data.envelope);
      pending.delete(data.id);
    } else if (typeof data.event === 'string') {
      for (const l of listeners.get(data.event) ?? []) l(data.payload);
    }
  });

  return buildPageApi(
    async (channel, args) => {
      try {
        await opened;
      } catch {
        return closedEnvelope;
      }
      if (closed) return closedEnvelope;
      const id = nextId++;
      return new Promise<Envelope<unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ id, channel, args }));
      });
    },
    (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  );
}
