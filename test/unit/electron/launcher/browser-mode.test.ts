import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode } from '@main/launcher/browser-mode';
import { closedWithin, frame, rawUpgrade } from '@test/support/raw-ws';
import { tempDir } from '@test/support/temp-dir';

describe('browser mode', () => {
  const made: Array<() => void> = [];
  afterEach(() => made.splice(0).forEach((remove) => remove()));

  it('starts with options left undefined, as `npm start` passes them without --port or --data-dir', async () => {
    const home = tempDir('tcd-home-');
    made.push(home.remove);
    const saved = process.env.TCD_DATA_DIR;
    process.env.TCD_DATA_DIR = path.join(home.dir, 'data');
    try {
      // Before the fix the spread of these undefined options erased the defaults and start-up threw.
      const host = await startBrowserMode({ port: undefined, dataDir: undefined, mode: undefined });
      expect(host.port).toBeGreaterThan(0);
      await host.close();
    } finally {
      if (saved === undefined) delete process.env.TCD_DATA_DIR;
      else process.env.TCD_DATA_DIR = saved;
    }
  });

  it('logs a dropped connection, a few a minute at most, and keeps serving', async () => {
    const home = tempDir('tcd-home-');
    made.push(home.remove);
    const dataDir = path.join(home.dir, 'data');
    const host = await startBrowserMode({ dataDir, rendererDir: home.dir });
    try {
      for (let i = 0; i < 30; i++) {
        const socket = await rawUpgrade(host.port, `/ipc?k=${host.secret}`, host.origin);
        socket.write(frame({ opcode: 1, payload: Buffer.from('{}'), masked: false }));
        expect(await closedWithin(socket, 3000)).toBe(true);
      }
      const log = readFileSync(path.join(dataDir, 'logs', 'main.log'), 'utf8');
      const dropped = log.split('\n').filter((line) => line.includes('browser.connection_dropped'));
      expect(dropped).toHaveLength(20);
      expect(dropped[0]).toContain('MASK must be set');
    } finally {
      await host.close();
    }
  });
});
