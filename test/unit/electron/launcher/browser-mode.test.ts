import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserMode } from '../../../../electron/launcher/browser-mode';
import { tempDir } from '../../../support/temp-dir';

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
});
