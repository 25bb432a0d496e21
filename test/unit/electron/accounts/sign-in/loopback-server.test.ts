// The loopback listener answers only GET on its path with the right Host, with a page in the app's language
// (lang on the html element) where nothing from the request lands unescaped; the deep-link inbox keeps links
// that arrive before the backend is ready and takes only the app's scheme from a command line.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DeepLinkInbox, deepLinkHandler } from '@main/accounts/sign-in/deep-link-inbox';
import { startLoopbackListener, type LoopbackListener } from '@main/accounts/sign-in/loopback-server';
import type { CallbackOutcome } from '@main/accounts/sign-in/sign-in-flow';
import { textIn } from '@shared/text/languages';
import { openSocket, upgradeRequest } from '@test/support/raw-ws';

function get(
  port: number,
  pathAndQuery: string,
  opts: { method?: string; host?: string } = {},
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: pathAndQuery,
        method: opts.method ?? 'GET',
        headers: { Host: opts.host ?? `127.0.0.1:${port}` },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

let listener: LoopbackListener | null = null;
afterEach(async () => {
  await listener?.close();
  listener = null;
});

describe('loopback listener', () => {
  it('listens on 127.0.0.1 at a run-time port and hands over only proper callbacks', async () => {
    const seen: string[] = [];
    listener = await startLoopbackListener({
      onCallback: async (url) => {
        seen.push(url);
        return { ok: false, text: { key: 'errors.sign_in_ended', params: { error: 'Refused <b>here</b>' } } };
      },
    });
    expect(listener.port).toBeGreaterThan(0);
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${listener.port}/callback`);
    expect((await get(listener.port, '/other?state=x')).status).toBe(404);
    expect((await get(listener.port, '/callback?state=x', { method: 'POST' })).status).toBe(404);
    expect((await get(listener.port, '/callback?state=x', { host: 'evil.example' })).status).toBe(404);
    expect((await get(listener.port, '/callback?state=x', { host: `127.0.0.1:${listener.port + 1}` })).status).toBe(
      404,
    );
    expect(seen).toEqual([]);
    const res = await get(listener.port, '/callback?state=abc&code=def');
    expect(res.status).toBe(400);
    expect(res.body).toContain('Refused &#60;b&#62;here&#60;/b&#62;');
    expect(res.body).not.toContain('<b>');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(seen).toEqual([`http://127.0.0.1:${listener.port}/callback?state=abc&code=def`]);
  });
});

describe('the loopback page in the app’s language', () => {
  for (const language of ['en', 'de'] as const) {
    const t = textIn(language);

    it(`speaks ${language} (lang, title, message, close hint), its 404 page too`, async () => {
      listener = await startLoopbackListener({
        language,
        onCallback: async () => ({ ok: true, text: { key: 'accounts.connected', params: {} } }),
      });
      const res = await get(listener.port, '/callback?state=abc&code=def');
      expect(res.status).toBe(200);
      expect(res.body).toContain(`<html lang="${language}">`);
      expect(res.body).toContain(`<title>${t('accounts.signInPage.titleOk')}</title>`);
      expect(res.body).toContain(`<p data-testid="loopback-message">${t('accounts.connected')}</p>`);
      expect(res.body).toContain(t('accounts.signInPage.close'));
      const missing = await get(listener.port, '/elsewhere');
      expect(missing.status).toBe(404);
      expect(missing.body).toContain(`<html lang="${language}">`);
      expect(missing.body).toContain(t('accounts.signInPage.notFound'));
      expect(missing.body).toContain(`<title>${t('accounts.signInPage.titleRefused')}</title>`);
      // One language only: the German page has no English left, the English none of the German.
      if (language === 'de') expect(res.body).not.toMatch(/close this tab|Connected/);
      else expect(res.body).not.toMatch(/Verbunden|schließen/);
    });

    it(`escapes what a message quotes from the request (${language})`, async () => {
      listener = await startLoopbackListener({
        language,
        // A message quoting the request as it arrived: the page must still escape it.
        onCallback: async (url) => ({
          ok: false,
          text: { key: 'errors.sign_in_ended', params: { error: new URL(url).searchParams.get('error') ?? '' } },
        }),
      });
      const hostile = `<script>alert(1)</script><img src=x onerror="alert('x')">&amp;`;
      const res = await get(listener.port, `/callback?state=abc&error=${encodeURIComponent(hostile)}`);
      expect(res.status).toBe(400);
      expect(res.body).not.toMatch(/<script|<img|onerror="/);
      expect(res.body).toContain(
        '&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=&#34;alert(&#39;x&#39;)&#34;&#62;&#38;amp;',
      );
      expect(res.body).toContain(`<html lang="${language}">`);
      expect(res.body).toContain(`<title>${t('accounts.signInPage.titleRefused')}</title>`);
      // The message around the quote is the language's own.
      const [before, after] = t('errors.sign_in_ended', { error: '§' }).split('§');
      expect(res.body).toContain(before);
      expect(res.body).toContain(after);
    });
  }
});

describe('loopback listener against resets', () => {
  it('carries on after resets mid-request and mid-upgrade, and still takes the real callback', async () => {
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const seen: string[] = [];
      listener = await startLoopbackListener({
        onCallback: async (url) => {
          seen.push(url);
          await new Promise((r) => setTimeout(r, 20)); // the reset lands while the flow is still working
          return { ok: true, text: { key: 'accounts.connected', params: {} } };
        },
      });
      const port = listener.port;
      const requests = [
        upgradeRequest(port, { path: '/callback?state=x' }),
        `GET /callback?state=x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`,
        'GET /callb',
      ];
      for (const request of requests) {
        for (let i = 0; i < 3; i++) {
          const socket = await openSocket(port);
          socket.on('error', () => {});
          socket.write(request);
          await new Promise((r) => setTimeout(r, 5));
          socket.resetAndDestroy();
        }
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(uncaught.map(String)).toEqual([]);
      expect((await get(port, '/callback?state=abc&code=def')).status).toBe(200);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  });
});

describe('deep-link inbox', () => {
  it('keeps links that arrive before the handler, then hands each over once in order', () => {
    const inbox = new DeepLinkInbox('com.teslaconnectdoctor.app');
    inbox.takeFromArgv([
      '/usr/bin/app',
      '--flag',
      'com.teslaconnectdoctor.app://auth/callback?a=1',
      'https://auth.tesla.com/x',
      'other://x',
    ]);
    inbox.push('com.teslaconnectdoctor.app://auth/callback?a=2');
    expect(inbox.pending).toBe(2);
    const handled: string[] = [];
    inbox.attach((url) => handled.push(url));
    expect(handled).toEqual([
      'com.teslaconnectdoctor.app://auth/callback?a=1',
      'com.teslaconnectdoctor.app://auth/callback?a=2',
    ]);
    inbox.takeFromArgv(['COM.TESLACONNECTDOCTOR.APP://auth/callback?a=3']);
    expect(handled).toHaveLength(3);
    expect(inbox.pending).toBe(0);
  });

  it('tells the page about a refusal that belongs to no sign-in', async () => {
    const notified: unknown[] = [];
    const outcomes: CallbackOutcome[] = [
      {
        ok: false,
        signInId: null,
        reason: 'unknown_state',
        message: 'not ours',
        text: { key: 'errors.sign_in_unknown_state', params: {} },
      },
      {
        ok: false,
        signInId: 'abc',
        reason: 'expired',
        message: 'late',
        text: { key: 'errors.sign_in_late', params: {} },
      },
      { ok: true, signInId: 'def', accountId: 'sub' },
    ];
    const handle = deepLinkHandler({ handleCallbackUrl: async () => outcomes.shift()! }, (e) => notified.push(e));
    handle('x');
    handle('y');
    handle('z');
    await new Promise((r) => setImmediate(r));
    expect(notified).toEqual([{ signInId: null, ok: false, accountId: null, error: 'not ours' }]);
  });
});
