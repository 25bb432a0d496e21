// A hostile local process (no secret) or a broken authorised client must never bring the host down: only
// its own connection drops, and the next good client is answered.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { startBrowserHost, type BrowserHost } from '@main/browser/browser-host';
import { createDispatcher } from '@main/ipc/dispatcher';
import { closedWithin, frame, openSocket, rawUpgrade, upgradeRequest } from '@test/support/raw-ws';
import { tempDir } from '@test/support/temp-dir';
import { connect, send } from '@test/support/ws-client';

let host: BrowserHost;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  host = await startBrowserHost({ dispatch: createDispatcher(backend.handlers), events: backend.events, rendererDir });
  process.on('uncaughtException', onUncaught);
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  await host.close();
});
beforeEach(() => {
  uncaught.length = 0;
});
afterEach(async () => {
  // Errors from a reset surface on a later tick: give them time before judging.
  await new Promise((r) => setTimeout(r, 50));
  expect(uncaught.map(String)).toEqual([]);
});

const ipcPath = () => `/ipc?k=${host.secret}`;

async function answersAGoodClient(): Promise<void> {
  const { ws } = await connect(`ws://127.0.0.1:${host.port}${ipcPath()}`, { Origin: host.origin });
  expect(ws, 'a good client could not connect').toBeDefined();
  const answer = await send(ws!, JSON.stringify({ id: 1, channel: 'app:info', args: {} }));
  expect(answer).toMatchObject({ id: 1, envelope: { ok: true } });
  ws!.close();
}

async function resetAfterUpgradeRequest(request: string): Promise<void> {
  const socket = await openSocket(host.port);
  socket.on('error', () => {});
  socket.write(request);
  // Let the request reach the server's upgrade handler, then tear the connection down with a RST.
  await new Promise((r) => setTimeout(r, 10));
  socket.resetAndDestroy();
}

describe('browser host against a reset during the WebSocket upgrade', () => {
  it.each([
    ['with the secret', () => upgradeRequest(host.port, { path: ipcPath(), origin: host.origin })],
    ['without the secret', () => upgradeRequest(host.port, { path: '/ipc', origin: host.origin })],
    ['with a foreign origin', () => upgradeRequest(host.port, { path: ipcPath(), origin: 'https://evil.example' })],
    ['with a foreign host', () => upgradeRequest(host.port, { path: ipcPath(), host: 'evil.example' })],
    ['on another path', () => upgradeRequest(host.port, { path: '/nope', origin: host.origin })],
  ])('survives a reset %s', async (_name, request) => {
    for (let i = 0; i < 5; i++) await resetAfterUpgradeRequest(request());
    await new Promise((r) => setTimeout(r, 50));
    await answersAGoodClient();
  });

  it.each(['//a:99999/ipc', 'http://[::1/ipc', '//[zz]/'])(
    'refuses an upgrade to the unparseable target %s',
    async (target) => {
      const socket = await openSocket(host.port);
      socket.on('error', () => {});
      let answer = '';
      socket.on('data', (d: Buffer) => (answer += d.toString('latin1')));
      socket.write(upgradeRequest(host.port, { path: target, origin: host.origin }));
      expect(await closedWithin(socket, 3000)).toBe(true);
      expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
      await answersAGoodClient();
    },
  );

  it('survives a reset in the middle of a page request', async () => {
    const socket = await openSocket(host.port);
    socket.on('error', () => {});
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\n\r\n`);
    await new Promise((r) => setTimeout(r, 5));
    socket.resetAndDestroy();
    await answersAGoodClient();
  });
});

const text = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s) : s);
const closePayload = (code: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(code);
  return b;
};

const badFrames: Array<[string, Buffer]> = [
  ['a message over the size limit', frame({ opcode: 1, payload: Buffer.alloc(0), claimedLength: 2 * 1024 * 1024 })],
  ['invalid UTF-8', frame({ opcode: 1, payload: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) })],
  ['an unmasked frame', frame({ opcode: 1, payload: text('{}'), masked: false })],
  ['a reserved data opcode', frame({ opcode: 0x3, payload: text('{}') })],
  ['a reserved control opcode', frame({ opcode: 0xb })],
  ['RSV1 set', frame({ opcode: 1, rsv: 4, payload: text('{}') })],
  ['an oversized ping', frame({ opcode: 9, payload: Buffer.alloc(126) })],
  ['a fragmented ping', frame({ opcode: 9, fin: false, payload: text('x') })],
  ['close code 999', frame({ opcode: 8, payload: closePayload(999) })],
  ['a close with a 1-byte body', frame({ opcode: 8, payload: Buffer.from([3]) })],
  ['an orphan continuation', frame({ opcode: 0, payload: text('{}') })],
  [
    'a new message inside a fragmented one',
    Buffer.concat([frame({ opcode: 1, fin: false, payload: text('{') }), frame({ opcode: 1, payload: text('}') })]),
  ],
  [
    'a fragmented message over the size limit',
    Buffer.concat([
      frame({ opcode: 1, fin: false, payload: Buffer.alloc(700_000, 0x20) }),
      frame({ opcode: 0, payload: Buffer.alloc(700_000, 0x20) }),
    ]),
  ],
];

describe('browser host against one bad frame from an authorised client', () => {
  it.each(badFrames)('drops only the connection that sent %s', async (_name, bytes) => {
    const bystander = await connect(`ws://127.0.0.1:${host.port}${ipcPath()}`, { Origin: host.origin });
    const socket = await rawUpgrade(host.port, ipcPath(), host.origin);
    socket.write(bytes);
    expect(await closedWithin(socket, 3000)).toBe(true);
    // The other page stays connected and answered, and a new one can connect.
    const answer = await send(bystander.ws!, JSON.stringify({ id: 7, channel: 'app:info', args: {} }));
    expect(answer).toMatchObject({ id: 7, envelope: { ok: true } });
    bystander.ws!.close();
    await answersAGoodClient();
  });
});
