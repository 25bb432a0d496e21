import http from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '@main/app/backend';
import { startBrowserHost, type BrowserHost } from '@main/browser/browser-host';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';
import { connect, send } from '@test/support/ws-client';

let host: BrowserHost;
let backend: Backend;

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  host = await startBrowserHost({ dispatch: createDispatcher(backend.handlers), events: backend.events, rendererDir });
});
afterAll(() => host.close());

const wsUrl = (secret: string) => `ws://127.0.0.1:${host.port}/ipc?k=${secret}`;
const goodHeaders = () => ({ Origin: host.origin });

describe('browser transport', () => {
  it('listens on loopback only and puts the secret in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#k=${host.secret}`);
    expect(host.secret).toMatch(/^[0-9a-f]{48}$/);
  });

  it('rejects a connection without the secret or with a wrong one', async () => {
    expect((await connect(`ws://127.0.0.1:${host.port}/ipc`, goodHeaders())).status).toBe(401);
    expect((await connect(wsUrl('0'.repeat(48)), goodHeaders())).status).toBe(401);
  });

  it('rejects a foreign Origin even with the secret', async () => {
    expect((await connect(wsUrl(host.secret), { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await connect(wsUrl(host.secret), { Origin: 'null' })).status).toBe(403);
    expect((await connect(wsUrl(host.secret), {})).status).toBe(403);
  });

  it('rejects a foreign Host header (DNS rebinding) for pages and sockets', async () => {
    const status = await new Promise<number | undefined>((resolve) => {
      http.get({ host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
    });
    expect(status).toBe(421);
    expect((await connect(wsUrl(host.secret), { ...goodHeaders(), Host: `evil.example:${host.port}` })).status).toBe(
      421,
    );
  });

  it('serves the page with a strict CSP', async () => {
    const res = await fetch(`${host.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers a valid call and gives malformed payloads a typed error', async () => {
    const { ws } = await connect(wsUrl(host.secret), goodHeaders());
    expect(ws).toBeDefined();
    const ok = await send(ws!, JSON.stringify({ id: 1, channel: 'app:info', args: {} }));
    expect(ok).toMatchObject({ id: 1, envelope: { ok: true, value: { transport: 'browser', mode: 'demo' } } });

    const badArgs = await send(ws!, JSON.stringify({ id: 2, channel: 'app:openExternal', args: { url: 7 } }));
    expect(badArgs).toMatchObject({ id: 2, envelope: { ok: false, error: { code: 'invalid_payload' } } });

    const notJson = await send(ws!, '{not json');
    expect(notJson).toMatchObject({ id: null, envelope: { ok: false, error: { code: 'invalid_payload' } } });

    const noId = await send(ws!, JSON.stringify({ channel: 'app:info' }));
    expect(noId).toMatchObject({ id: null, envelope: { ok: false, error: { code: 'invalid_payload' } } });

    // A call the caller can match: refused with its own id, whatever else is wrong with it.
    const noArgs = await send(ws!, JSON.stringify({ id: 4, channel: 'app:info' }));
    expect(noArgs).toMatchObject({ id: 4, envelope: { ok: false, error: { code: 'invalid_payload' } } });
    const badChannel = await send(ws!, JSON.stringify({ id: 5, channel: 7, args: {} }));
    expect(badChannel).toMatchObject({ id: 5, envelope: { ok: false, error: { code: 'invalid_payload' } } });

    const unknown = await send(ws!, JSON.stringify({ id: 3, channel: 'fs:read', args: {} }));
    expect(unknown).toMatchObject({ id: 3, envelope: { ok: false, error: { code: 'unknown_channel' } } });
    ws!.close();
  });

  it('pushes events to connected pages', async () => {
    const { ws } = await connect(wsUrl(host.secret), goodHeaders());
    const received = new Promise<unknown>((resolve) => ws!.once('message', (d) => resolve(JSON.parse(d.toString()))));
    backend.setStatus({ state: 'error', messageKey: 'status.failed' });
    expect(await received).toEqual({
      event: 'app:statusChanged',
      payload: { state: 'error', messageKey: 'status.failed' },
    });
    ws!.close();
  });
});
