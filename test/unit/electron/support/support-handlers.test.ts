import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { createBackend } from '@main/app/backend';
import { createSupportShell } from '@main/shell/support-shell';
import { tempDir } from '@test/support/temp-dir';

describe('support: handlers through the backend', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-support-h-')));
  afterEach(() => remove());

  const dialogAnswer = (filePath: string | null) => ({
    showSaveDialog: async () => ({ canceled: filePath === null, filePath: filePath ?? '' }),
  });

  it('writes the bundle in the data folder, and in the desktop app copies it where the person chose', async () => {
    const chosen = path.join(dir, 'chosen.zip');
    const backend = createBackend({
      mode: 'tesla',
      dataDir: dir,
      keychain: new MemoryVault(),
      supportShell: createSupportShell({ dialog: dialogAnswer(chosen) as never, parent: () => null, defaultDir: dir }),
    });
    backend.context.log.info('something happened', { refresh_token: 'NA_secretsecretsecret' });
    const inBrowser = await backend.handlers['support:bundle']({}, { transport: 'browser' });
    expect(path.dirname(inBrowser.path)).toBe(path.join(dir, 'support'));
    expect(inBrowser.entries).toContain('logs/main.log');
    // Browser mode has no save dialog: the zip comes back for the page to download, the same bytes as on disk.
    expect(inBrowser.download?.mimeType).toBe('application/zip');
    expect(Buffer.from(inBrowser.download?.data ?? '', 'base64').equals(readFileSync(inBrowser.path))).toBe(true);
    const inDesktop = await backend.handlers['support:bundle']({}, { transport: 'electron' });
    expect(inDesktop.path).toBe(chosen);
    expect(inDesktop.download).toBeUndefined();
    expect(readFileSync(chosen).subarray(0, 2).toString()).toBe('PK');
    const log = strFromU8(unzipSync(readFileSync(chosen))['logs/main.log']!);
    expect(log).toContain('something happened');
    expect(log).not.toContain('NA_secretsecretsecret');
  });

  it('keeps the data-folder copy when the save dialog is cancelled', async () => {
    const backend = createBackend({
      mode: 'tesla',
      dataDir: dir,
      keychain: new MemoryVault(),
      supportShell: createSupportShell({ dialog: dialogAnswer(null) as never, parent: () => null, defaultDir: dir }),
    });
    const bundle = await backend.handlers['support:bundle']({}, { transport: 'electron' });
    expect(existsSync(bundle.path)).toBe(true);
    expect(path.dirname(bundle.path)).toBe(path.join(dir, 'support'));
  });

  it('reads and saves the update setting', async () => {
    const backend = createBackend({ mode: 'tesla', dataDir: dir, keychain: new MemoryVault() });
    expect(await backend.handlers['support:updateSettings']({}, { transport: 'browser' })).toEqual({
      enabled: false,
      channel: 'stable',
    });
    await backend.handlers['support:setUpdateSettings']({ enabled: true, channel: 'beta' }, { transport: 'browser' });
    expect(JSON.parse(readFileSync(path.join(dir, 'update-settings.json'), 'utf8'))).toEqual({
      enabled: true,
      channel: 'beta',
    });
  });
});
