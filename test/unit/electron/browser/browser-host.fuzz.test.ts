// Fuzz: 1,000 random and malformed handshakes and frames at the browser host (loopback only, a bounded
// number of connections at a time), then it must still answer a good client. The seed is random per run
// and printed on failure; TCD_FUZZ_SEED=<n> replays a run.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '@main/app/backend';
import { startBrowserHost, type BrowserHost } from '@main/browser/browser-host';
import { createDispatcher } from '@main/ipc/dispatcher';
import { closedWithin, frame, openSocket, rawUpgrade, upgradeRequest } from '@test/support/raw-ws';
import { tempDir } from '@test/support/temp-dir';
import { connect, send } from '@test/support/ws-client';

const CASES = 1000;
const AT_ONCE = 8;
const seed = Number(process.env.TCD_FUZZ_SEED ?? randomBytes(4).readUInt32BE());

/** mulberry32: a small seeded generator, so a failing run can be replayed exactly. */
function generator(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = generator(seed);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => int(256)));

let host: BrowserHost;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);

beforeAll(async () => {
  const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'tcd-renderer-'));
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  const backend = createBackend({ mode: 'demo', dataDir: tempDir().dir });
  host = await startBrowserHost({ dispatch: createDispatcher(backend.handlers), events: backend.events, rendererDir });
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onUncaught);
});
afterAll(async () => {
  process.off('uncaughtException', onUncaught);
  process.off('unhandledRejection', onUncaught);
  await host.close();
});

const ipcPath = () => `/ipc?k=${host.secret}`;

function junkPayload(): Buffer {
  switch (int(5)) {
    case 0:
      return Buffer.from(
        JSON.stringify({ id: int(5), channel: pick(['app:info', 'fs:read', '', 'x'.repeat(300)]), args: {} }),
      );
    case 1:
      return Buffer.from(pick(['{', 'null', '[]', '{"id":-1}', '"\\ud800"', '{"id":1e999,"channel":"app:info"}']));
    case 2:
      return Buffer.from([0xc3, 0x28, 0xed, 0xa0, 0x80]); // broken UTF-8
    default:
      return bytes(int(300));
  }
}

/** One random frame, valid or not, sometimes lying about its length. */
function randomFrame(): Buffer {
  const opcode = pick([0, 1, 2, 8, 9, 10, int(16)]);
  const payload = opcode === 8 && rand() < 0.5 ? Buffer.from([int(256), int(256), ...junkPayload()]) : junkPayload();
  return frame({
    fin: rand() < 0.8,
    rsv: rand() < 0.15 ? int(8) : 0,
    opcode,
    payload,
    masked: rand() < 0.9,
    claimedLength: rand() < 0.1 ? pick([0, 125, 126, 65535, 65536, 2 ** 21, 2 ** 40]) : undefined,
  });
}

function randomHandshake(): string | Buffer {
  const good = () => upgradeRequest(host.port, { path: ipcPath(), origin: host.origin });
  switch (int(8)) {
    case 0:
      return bytes(1 + int(400));
    case 1: {
      // A good request with one byte flipped.
      const b = Buffer.from(good());
      b[int(b.length)] = int(256);
      return b;
    }
    case 2:
      return good().replace(/Sec-WebSocket-Version: 13/, `Sec-WebSocket-Version: ${pick(['8', '', 'x', '13, 13'])}`);
    case 3:
      return good().replace(/Sec-WebSocket-Key: [^\r]+/, `Sec-WebSocket-Key: ${pick(['', 'short', 'a'.repeat(200)])}`);
    case 4:
      return upgradeRequest(host.port, {
        path: pick(['//a:99999/ipc', '/ipc?k=%', '/%ff/ipc', `/ipc?k=${host.secret}&k=x`, '*']),
        origin: host.origin,
      });
    case 5:
      return good().replace('GET ', pick(['POST ', 'CONNECT ', 'G\0T ', '']));
    case 6:
      return good() + 'X'.repeat(int(20_000)); // an early body, sometimes past the header limit
    default:
      return good().slice(0, int(good().length)); // cut short
  }
}

async function oneCase(): Promise<void> {
  let socket: net.Socket;
  if (rand() < 0.5) {
    socket = await openSocket(host.port);
    socket.on('error', () => {});
    socket.write(randomHandshake());
  } else {
    socket = await rawUpgrade(host.port, ipcPath(), host.origin);
    const frames = Array.from({ length: 1 + int(4) }, randomFrame);
    const all = Buffer.concat(frames);
    if (rand() < 0.5) socket.write(all);
    else {
      // The same bytes split at random points, as a slow network would deliver them.
      const cut = int(all.length);
      socket.write(all.subarray(0, cut));
      await new Promise((r) => setImmediate(r));
      socket.write(all.subarray(cut));
    }
  }
  socket.on('data', () => {});
  const ending = int(3);
  if (ending === 0) socket.resetAndDestroy();
  else if (ending === 1) socket.end();
  // Otherwise wait for the server to close it, or give up: a valid frame keeps the connection open.
  if (!(await closedWithin(socket, ending === 2 ? 200 : 1000))) socket.destroy();
}

async function answersAGoodClient(): Promise<void> {
  const { ws } = await connect(`ws://127.0.0.1:${host.port}${ipcPath()}`, { Origin: host.origin });
  expect(ws, `a good client could not connect (seed ${seed})`).toBeDefined();
  const answer = await send(ws!, JSON.stringify({ id: 1, channel: 'app:info', args: {} }));
  expect(answer, `seed ${seed}`).toMatchObject({ id: 1, envelope: { ok: true } });
  ws!.close();
}

describe('browser host under fuzz', () => {
  it(
    `survives ${CASES} random handshakes and frames and still answers a good client`,
    { timeout: 120_000 },
    async () => {
      let next = 0;
      const worker = async () => {
        while (next < CASES) {
          next += 1;
          await oneCase();
        }
      };
      await Promise.all(Array.from({ length: AT_ONCE }, worker));
      await new Promise((r) => setTimeout(r, 100));
      expect(uncaught.map(String), `seed ${seed}`).toEqual([]);
      await answersAGoodClient();
    },
  );
});
