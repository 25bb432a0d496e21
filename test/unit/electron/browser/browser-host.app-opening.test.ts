// The host says when the app is opening (its first customer's checklist is read then): the user's own
// navigation to the page, and a page that connected with the secret. A refused connection, a script's fetch
// of the page, another site sending the browser here or a request for a file says nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { startBrowserHost, type BrowserHost } from '@main/browser/browser-host';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';
import { connect } from '@test/support/ws-client';

let host: BrowserHost;
let told: string[] = [];

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  mkdirSync(path.join(rendererDir, 'assets'));
  writeFileSync(path.join(rendererDir, 'assets', 'a.js'), 'export {}');
  const backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  host = await startBrowserHost({
    dispatch: createDispatcher(backend.handlers),
    events: backend.events,
    rendererDir,
    onAppOpening: (how) => {
      told.push(how);
    },
  });
});
afterAll(() => host.close());
beforeEach(() => {
  told = [];
});

/** A GET with exactly these headers (Node's fetch adds Fetch Metadata of its own). */
function get(urlPath: string, headers: Record<string, string>, hostHeader = `127.0.0.1:${host.port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: host.port, path: urlPath, headers: { ...headers, Host: hostHeader } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
}

const navigation = (site: string) => ({
  'Sec-Fetch-Mode': 'navigate',
  'Sec-Fetch-Dest': 'document',
  'Sec-Fetch-Site': site,
});

it('is told of each page that connected with the secret, never of a refused one', async () => {
  expect((await connect(`ws://127.0.0.1:${host.port}/ipc?k=${'0'.repeat(48)}`, { Origin: host.origin })).status).toBe(
    401,
  );
  expect(told).toEqual([]);
  const { ws } = await connect(`ws://127.0.0.1:${host.port}/ipc?k=${host.secret}`, { Origin: host.origin });
  expect(told).toEqual(['connected']);
  ws?.close();
});

it("is told of the user's own navigation to the page (opened from outside, or reloaded), before any page connects", async () => {
  expect(await get('/', navigation('none'))).toBe(200);
  expect(await get('/', navigation('same-origin'))).toBe(200);
  expect(told).toEqual(['navigation', 'navigation']);
});

it('is not told of another site sending the browser here, a script fetching the page, a file, or a wrong host', async () => {
  expect(await get('/', navigation('cross-site'))).toBe(200);
  expect(await get('/', navigation('same-site'))).toBe(200);
  expect(await get('/', {})).toBe(200); // no Fetch Metadata: a local process, or an older browser
  await fetch(`${host.origin}/`); // a script's request (mode cors)
  expect(await get('/', { ...navigation('none'), 'Sec-Fetch-Dest': 'iframe' })).toBe(200);
  expect(await get('/assets/a.js', navigation('none'))).toBe(200);
  expect(await get('/', navigation('none'), `evil.example:${host.port}`)).toBe(421);
  expect(told).toEqual([]);
});
