// Main process (plain Node). A minimal fetch over node:http(s) for the Fleet API. Why not the global
// fetch: the Fetch standard makes it silently resend a request that got 421 on a new connection, so every
// wrong-region answer would be billed twice and the doctor's own count would be wrong. This one sends
// exactly one request per call and follows no redirects. The answer's body is a stream (see below).
// Connections are kept alive and reused (one pool per protocol for the whole process): a diagnosis, the
// "check again" after it and a test charge's polls then skip the TCP and TLS handshakes, which cost one or
// two round trips each to Tesla. Tesla's Fleet API is reached over HTTP/1.1 here; HTTP/2 would need a
// separate client and the simulator speaks only HTTP/1.1, so reuse is where the time is.
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

/** Sockets per host: the most requests in flight at once to one Fleet API host (the rest queue). */
export const MAX_SOCKETS_PER_HOST = 64;
/** An idle socket is closed after this long, before a server's usual 5 s keep-alive timeout does it. */
const IDLE_SOCKET_MS = 4_000;

const agentOptions = {
  keepAlive: true,
  maxSockets: MAX_SOCKETS_PER_HOST,
  timeout: IDLE_SOCKET_MS,
  scheduling: 'lifo' as const,
};
type Agents = { 'http:': http.Agent; 'https:': https.Agent };
const newAgents = (): Agents => ({ 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) });

/** The code a reused socket gives when the server closed it just as the request went out. */
const isStaleSocket = (e: unknown) =>
  (e as { code?: string } | null)?.code === 'ECONNRESET' || (e as { code?: string } | null)?.code === 'EPIPE';

/**
 * A fetch with connection pools of its own. Each pool holds MAX_SOCKETS_PER_HOST per host; a caller that
 * talks to a second service (the sweep's borrows from the platform) takes its own, so that service's
 * requests never queue behind the Fleet API's, as they would not where the two are different hosts.
 */
export function createNodeFetch(): typeof fetch {
  const agents = newAgents();
  return async (input, init = {}) => {
    try {
      return await fetchOnce(agents, input, init, false);
    } catch (e) {
      // A kept-alive socket the server closed while it sat idle, just as this request went out: a read is sent
      // once more on a new connection (what Node's documentation advises for reused sockets). A command
      // (POST) is not: the server may already have taken it, and a second one would act and be billed twice;
      // its caller decides (the test charge reads the setting back before it writes again). Any other failure
      // is reported as it is.
      const method = (init.method ?? 'GET').toUpperCase();
      if (e instanceof StaleSocketError && (method === 'GET' || method === 'HEAD'))
        return fetchOnce(agents, input, init, true);
      throw e;
    }
  };
}

/** The process's fetch for the Fleet API: one pool for the whole process. */
export const nodeFetch: typeof fetch = createNodeFetch();

class StaleSocketError extends Error {}

const fetchOnce = (agents: Agents, input: Parameters<typeof fetch>[0], init: RequestInit, fresh: boolean) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const lib = url.protocol === 'https:' ? https : url.protocol === 'http:' ? http : null;
    if (!lib) {
      reject(new TypeError(`Unsupported protocol ${url.protocol}`));
      return;
    }
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    const signal = init.signal ?? undefined;
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
      return;
    }
    const agent = fresh ? false : agents[url.protocol as 'http:' | 'https:'];
    let answered = false;
    const req = lib.request(url, { method: init.method ?? 'GET', headers, agent }, (res) => {
      answered = true;
      const out = new Headers();
      for (const [k, v] of Object.entries(res.headers)) {
        if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      const status = res.statusCode ?? 0;
      // Response refuses statuses outside 200-599 and bodies on 204/304.
      const safeStatus = status >= 200 && status <= 599 ? status : 502;
      res.on('end', cleanup);
      res.on('close', cleanup);
      if ([204, 205, 304].includes(safeStatus)) {
        res.resume();
        resolve(new Response(null, { status: safeStatus, statusText: res.statusMessage ?? '', headers: out }));
        return;
      }
      // The body is streamed, not buffered: the reader decides how much to take (the Fleet client stops at
      // its cap), and cancelling the stream destroys the socket, so a huge answer is never held whole.
      const stream = Readable.toWeb(res) as ReadableStream<Uint8Array>;
      resolve(new Response(stream, { status: safeStatus, statusText: res.statusMessage ?? '', headers: out }));
    });
    const onAbort = () =>
      req.destroy(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    const cleanup = () => signal?.removeEventListener('abort', onAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => {
      cleanup();
      reject(
        !answered && req.reusedSocket && !signal?.aborted && isStaleSocket(e) ? new StaleSocketError(e.message) : e,
      );
    });
    req.end(body);
  });
