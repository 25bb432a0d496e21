// Test helper: a hand-made WebSocket client on a raw TCP socket, to send what a real client never would
// (resets mid-handshake, unmasked or reserved frames, broken UTF-8) at the browser host.
import { randomBytes } from 'node:crypto';
import net from 'node:net';

export interface FrameSpec {
  fin?: boolean;
  rsv?: number; // 0..7, the RSV1..RSV3 bits
  opcode: number;
  payload?: Buffer;
  masked?: boolean;
  /** Claimed payload length when it should differ from the real one (a lie in the header). */
  claimedLength?: number;
}

/** Encodes one frame exactly as asked, valid or not. */
export function frame(spec: FrameSpec): Buffer {
  const payload = spec.payload ?? Buffer.alloc(0);
  const masked = spec.masked ?? true;
  const length = spec.claimedLength ?? payload.length;
  const head: number[] = [((spec.fin ?? true) ? 0x80 : 0) | (((spec.rsv ?? 0) & 7) << 4) | (spec.opcode & 0x0f)];
  const maskBit = masked ? 0x80 : 0;
  let ext = Buffer.alloc(0);
  if (length < 126) head.push(maskBit | length);
  else if (length < 65536) {
    head.push(maskBit | 126);
    ext = Buffer.alloc(2);
    ext.writeUInt16BE(length);
  } else {
    head.push(maskBit | 127);
    ext = Buffer.alloc(8);
    ext.writeBigUInt64BE(BigInt(length));
  }
  if (!masked) return Buffer.concat([Buffer.from(head), ext, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([Buffer.from(head), ext, key, body]);
}

export function upgradeRequest(port: number, options: { path?: string; origin?: string; host?: string } = {}): string {
  const host = options.host ?? `127.0.0.1:${port}`;
  return [
    `GET ${options.path ?? '/ipc'} HTTP/1.1`,
    `Host: ${host}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...(options.origin ? [`Origin: ${options.origin}`] : []),
    '',
    '',
  ].join('\r\n');
}

export function openSocket(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Completes a real handshake by hand and returns the socket positioned after the 101 answer. */
export async function rawUpgrade(port: number, path: string, origin: string): Promise<net.Socket> {
  const socket = await openSocket(port);
  socket.on('error', () => {});
  socket.write(upgradeRequest(port, { path, origin }));
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('latin1');
      if (!seen.includes('\r\n\r\n')) return;
      socket.off('data', onData);
      if (seen.startsWith('HTTP/1.1 101')) resolve();
      else reject(new Error(`handshake refused: ${seen.split('\r\n')[0]}`));
    };
    socket.on('data', onData);
  });
  return socket;
}

/** Resolves when the server has closed (or reset) the socket, or with false after timeoutMs. */
export function closedWithin(socket: net.Socket, timeoutMs: number): Promise<boolean> {
  if (socket.destroyed || socket.readableEnded) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    const done = () => {
      clearTimeout(timer);
      resolve(true);
    };
    socket.once('close', done);
    socket.once('end', done);
    socket.resume();
  });
}
