// Main process (plain Node). The RFC 8252 loopback redirect: a listener on 127.0.0.1 for one sign-in,
// on the registered port or one chosen at run time. It answers only GET on the callback path with the
// right Host, hands the URL to the sign-in flow and shows the person a short page to close.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackReply {
  ok: boolean;
  /** Plain text for the page (no secrets: the flow's messages never quote a URL). */
  message: string;
}

export interface LoopbackListener {
  port: number;
  /** The exact redirect URI to register/send: http://127.0.0.1:<port><path>. */
  redirectUri: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(reply: LoopbackReply): string {
  const title = reply.ok ? 'Connected / Verbunden' : 'Sign-in refused / Anmeldung abgelehnt';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>${title}</h1><p data-testid="loopback-message">${escapeHtml(reply.message)}</p><p>You can close this tab and return to Tesla Connect Doctor. / Sie können diesen Tab schließen und zu Tesla Connect Doctor zurückkehren.</p></body></html>`;
}

export async function startLoopbackListener(options: {
  port?: number;
  path?: string;
  onCallback: (url: string) => Promise<LoopbackReply>;
}): Promise<LoopbackListener> {
  const callbackPath = options.path ?? '/callback';
  let port = 0;
  const server = http.createServer((req, res) => {
    const headers = {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The callback URL holds the code: never pass it on as a referrer, run no script.
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      'X-Content-Type-Options': 'nosniff',
    };
    const host = req.headers.host ?? '';
    const pathOnly = (req.url ?? '').split('?')[0];
    if (
      req.method !== 'GET' ||
      pathOnly !== callbackPath ||
      (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
    ) {
      res.writeHead(404, headers).end(page({ ok: false, message: 'Not found.' }));
      return;
    }
    options.onCallback(`http://${host}${req.url ?? ''}`).then(
      (reply) => res.writeHead(reply.ok ? 200 : 400, headers).end(page(reply)),
      () =>
        res.writeHead(500, headers).end(
          page({
            ok: false,
            message: 'The app could not finish the sign-in. Start it again from the Customers screen.',
          }),
        ),
    );
  });
  // A reset from any local process must end only its own connection, never the sign-in or the app.
  server.on('connection', (socket) => socket.on('error', () => socket.destroy()));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    redirectUri: `http://127.0.0.1:${port}${callbackPath}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Graceful: an answer being written (the callback page) still goes out.
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
