// The loopback listener answers only GET on its path with the right Host; the deep-link inbox keeps links
// that arrive before the backend is ready and takes only the app's scheme from a command line.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DeepLinkInbox, deepLinkHandler } from '@main/accounts/sign-in/deep-link-inbox';
import { startLoopbackListener, type LoopbackListener } from '@main/accounts/sign-in/loopback-server';
import type { CallbackOutcome } from '@main/accounts/sign-in/sign-in-flow';
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
        return { ok: false, message: 'Refused <b>here</b>' };
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
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['cache-control']).toBe('no-store');
    expect(seen).toEqual([`http://127.0.0.1:${listener.port}/callback?state=abc&code=def`]);
  });
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
          return { ok: true, message: 'Connected.' };
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
