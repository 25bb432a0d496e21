// Electron shell. Auto-update through electron-updater, behind the user's setting (off by default; channel
// stable or beta). electron-updater is handed in by main.ts, so this file never loads Electron itself and
// its rules are testable in plain Node.
import type { UpdateSettings } from '@shared/contract/areas/support';
import type { Logger } from '../infra/logger';
import type { UpdateSettingsService } from '../support/update-settings';

/** The part of electron-updater's AppUpdater used here. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowPrerelease: boolean;
  allowDowngrade: boolean;
  channel: string | null;
  checkForUpdatesAndNotify(): Promise<unknown>;
}

export interface AutoUpdateOptions {
  updater: UpdaterLike;
  settings: UpdateSettingsService;
  log: Logger;
  /** Only a packaged app can update itself (a dev run has no app-update.yml). */
  isPackaged: boolean;
  /** How often to look again while the app stays open. */
  intervalMs?: number;
  setInterval?: (fn: () => void, ms: number) => { unref?: () => void };
  clearInterval?: (handle: unknown) => void;
}

export const UPDATE_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Applies the setting now and on every change; returns a function that stops checking. */
export function startAutoUpdate(options: AutoUpdateOptions): () => void {
  const { updater, log } = options;
  const every = options.setInterval ?? ((fn, ms) => setInterval(fn, ms));
  const stopTimer = options.clearInterval ?? ((h) => clearInterval(h as NodeJS.Timeout));
  let timer: unknown = null;

  const check = () => {
    updater.checkForUpdatesAndNotify().catch((error: unknown) => log.warn('updates.check.failed', { error }));
  };

  const apply = (settings: UpdateSettings) => {
    if (timer !== null) stopTimer(timer);
    timer = null;
    if (!settings.enabled || !options.isPackaged) {
      log.info('updates.off', { enabled: settings.enabled, packaged: options.isPackaged });
      return;
    }
    updater.autoDownload = true;
    updater.autoInstallOnAppQuit = true;
    updater.allowDowngrade = false;
    // 'latest' is electron-builder's name for the stable channel.
    updater.channel = settings.channel === 'beta' ? 'beta' : 'latest';
    updater.allowPrerelease = settings.channel === 'beta';
    log.info('updates.on', { channel: settings.channel });
    check();
    const handle = every(check, options.intervalMs ?? UPDATE_INTERVAL_MS);
    handle.unref?.();
    timer = handle;
  };

  apply(options.settings.get());
  const unsubscribe = options.settings.onChange(apply);
  return () => {
    unsubscribe();
    if (timer !== null) stopTimer(timer);
    timer = null;
  };
}
