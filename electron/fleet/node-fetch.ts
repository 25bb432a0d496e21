// Main process (plain Node). A minimal fetch over node:http(s) for the Fleet API. Why not the global
// fetch: the Fetch standard makes it silently resend a request that got 421 on a new connection, so every
// wrong-region answer would be billed twice and the doctor's own count would be wrong. This one sends
// exactly one request per call and follows no redirects. The answer's body is a stream (see below).
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';

export const nodeFetch: typeof fetch = (input, init = {}) =>
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
    const req = lib.request(url, { method: init.method ?? 'GET', headers }, (res) => {
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
    const onAbort = () => req.destroy(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    const cleanup = () => signal?.removeEventListener('abort', onAbort);
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => {
      cleanup();
      reject(e);
    });
    req.end(body);
  });
