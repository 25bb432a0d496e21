// Main process (plain Node). The RFC 8252 loopback redirect: a listener on 127.0.0.1 for one sign-in,
// on the registered port or one chosen at run time. It answers only GET on the callback path with the
// right Host, hands the URL to the sign-in flow and shows the person a short page to close, in the
// language the app speaks (the page that started the sign-in says which), from the text catalogues.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { textIn, type Language, type Translate } from '@shared/text/languages';
import type { TextRef } from '@shared/text/text-ref';

export interface LoopbackReply {
  ok: boolean;
  /** The page's message as a catalogue key and its values (no secrets: the flow's messages never quote a URL). */
  text: TextRef;
}

export interface LoopbackListener {
  port: number;
  /** The exact redirect URI to register/send: http://127.0.0.1:<port><path>. */
  redirectUri: string;
  close(): Promise<void>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page, every text escaped once it is worded: a message's values may come from the request (a parameter
 * name it refuses, Tesla's error code), and the catalogue engine does not escape (its output is not HTML).
 */
export function loopbackPage(reply: LoopbackReply, language: Language): string {
  const t: Translate = textIn(language);
  const title = escapeHtml(t(reply.ok ? 'accounts.signInPage.titleOk' : 'accounts.signInPage.titleRefused'));
  const message = escapeHtml(t(reply.text.key, reply.text.params));
  const close = escapeHtml(t('accounts.signInPage.close'));
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${title}</title></head><body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>${title}</h1><p data-testid="loopback-message">${message}</p><p>${close}</p></body></html>`;
}

export async function startLoopbackListener(options: {
  port?: number;
  path?: string;
  /** The app's language (the page that started the sign-in, or the terminal's --lang); English by default. */
  language?: Language;
  onCallback: (url: string) => Promise<LoopbackReply>;
}): Promise<LoopbackListener> {
  const callbackPath = options.path ?? '/callback';
  const page = (reply: LoopbackReply) => loopbackPage(reply, options.language ?? 'en');
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
      res.writeHead(404, headers).end(page({ ok: false, text: { key: 'accounts.signInPage.notFound', params: {} } }));
      return;
    }
    options.onCallback(`http://${host}${req.url ?? ''}`).then(
      (reply) => res.writeHead(reply.ok ? 200 : 400, headers).end(page(reply)),
      () =>
        res.writeHead(500, headers).end(page({ ok: false, text: { key: 'accounts.signInPage.failed', params: {} } })),
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
