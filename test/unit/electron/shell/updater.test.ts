import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '@main/infra/logger';
import { startAutoUpdate, type UpdaterLike } from '@main/shell/updater';
import { UpdateSettingsService } from '@main/support/update-settings';
import { tempDir } from '@test/support/temp-dir';

function fakeUpdater() {
  const calls: string[] = [];
  const updater: UpdaterLike = {
    autoDownload: false,
    autoInstallOnAppQuit: false,
    allowPrerelease: false,
    allowDowngrade: true,
    channel: null,
    checkForUpdatesAndNotify: async () => {
      calls.push(`check:${updater.channel}`);
      return null;
    },
  };
  return { updater, calls };
}

describe('startAutoUpdate', () => {
  let dir: string;
  let remove: () => void;
  beforeEach(() => ({ dir, remove } = tempDir('tcd-updater-')));
  afterEach(() => remove());

  const timers = () => {
    const live = new Set<() => void>();
    return {
      live,
      setInterval: (fn: () => void) => {
        live.add(fn);
        return { unref: () => {}, fn };
      },
      clearInterval: (h: unknown) => live.delete((h as { fn: () => void }).fn),
    };
  };

  it('does nothing while the setting is off (the default)', () => {
    const { updater, calls } = fakeUpdater();
    const t = timers();
    startAutoUpdate({
      updater,
      settings: new UpdateSettingsService(dir),
      log: createLogger({ dir }),
      isPackaged: true,
      ...t,
    });
    expect(calls).toEqual([]);
    expect(t.live.size).toBe(0);
  });

  it('checks on the chosen channel when turned on, and stops when turned off', async () => {
    const { updater, calls } = fakeUpdater();
    const settings = new UpdateSettingsService(dir);
    const t = timers();
    const stop = startAutoUpdate({ updater, settings, log: createLogger({ dir }), isPackaged: true, ...t });
    settings.set({ enabled: true, channel: 'beta' });
    expect(updater).toMatchObject({
      channel: 'beta',
      allowPrerelease: true,
      autoDownload: true,
      allowDowngrade: false,
    });
    settings.set({ enabled: true, channel: 'stable' });
    expect(updater).toMatchObject({ channel: 'latest', allowPrerelease: false });
    expect(calls).toEqual(['check:beta', 'check:latest']);
    expect(t.live.size).toBe(1);
    // The periodic re-check runs the same check.
    [...t.live][0]!();
    expect(calls.at(-1)).toBe('check:latest');
    settings.set({ enabled: false, channel: 'stable' });
    expect(t.live.size).toBe(0);
    stop();
  });

  it('never checks in an unpackaged (development) run', () => {
    const { updater, calls } = fakeUpdater();
    const settings = new UpdateSettingsService(dir);
    settings.set({ enabled: true, channel: 'stable' });
    startAutoUpdate({ updater, settings, log: createLogger({ dir }), isPackaged: false, ...timers() });
    expect(calls).toEqual([]);
  });

  it('logs a failed check instead of throwing', async () => {
    const { updater } = fakeUpdater();
    updater.checkForUpdatesAndNotify = () => Promise.reject(new Error('net::ERR_INTERNET_DISCONNECTED'));
    const settings = new UpdateSettingsService(dir);
    settings.set({ enabled: true, channel: 'stable' });
    const log = createLogger({ dir });
    startAutoUpdate({ updater, settings, log, isPackaged: true, ...timers() });
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(readFileSync(log.files()[0]!, 'utf8')).toContain('updates.check.failed');
  });
});
