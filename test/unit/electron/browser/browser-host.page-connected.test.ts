// The host says when a page of the app connected (the app opening or reloading: its checklist is read then),
// and only for a page with the secret: a refused connection, or a plain request for the page, says nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { startBrowserHost, type BrowserHost } from '@main/browser/browser-host';
import { createDispatcher } from '@main/ipc/dispatcher';
import { tempDir } from '@test/support/temp-dir';
import { connect } from '@test/support/ws-client';

let host: BrowserHost;
let connected = 0;

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  host = await startBrowserHost({
    dispatch: createDispatcher(backend.handlers),
    events: backend.events,
    rendererDir,
    onPageConnected: () => {
      connected += 1;
    },
  });
});
afterAll(() => host.close());

it('is told of each page that connected with the secret, never of a refused one', async () => {
  await fetch(`${host.origin}/`);
  expect((await connect(`ws://127.0.0.1:${host.port}/ipc?k=${'0'.repeat(48)}`, { Origin: host.origin })).status).toBe(
    401,
  );
  expect(connected).toBe(0);
  const { ws } = await connect(`ws://127.0.0.1:${host.port}/ipc?k=${host.secret}`, { Origin: host.origin });
  expect(connected).toBe(1);
  ws?.close();
});
