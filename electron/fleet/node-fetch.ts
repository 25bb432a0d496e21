// Main process (plain Node). A minimal fetch over node:http(s) for the Fleet API. Why not the global
// fetch: the Fetch standard makes it silently resend a request that got 421 on a new connection, so every
// wrong-region answer would be billed twice and the doctor's own count would be wrong. This one sends
// exactly one request per call and follows no redirects.
import http from 'node:http';
import https from 'node:https';

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
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        cleanup();
        const out = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) out.set(k, Array.isArray(v) ? v.join(', ') : v);
        }
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        // Response refuses statuses outside 200-599 and bodies on 204/304.
        const safeStatus = status >= 200 && status <= 599 ? status : 502;
        resolve(new Response([204, 205, 304].includes(safeStatus) ? null : text, { status: safeStatus, statusText: res.statusMessage ?? '', headers: out }));
      });
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
