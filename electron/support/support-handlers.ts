// Main process (plain Node). Handlers of the `support:` area: the support bundle and the update setting.
import { readFileSync } from 'node:fs';
import type { SupportBundle } from '@shared/contract/areas/support';
import { appMeta } from '@main/infra/app-meta';
import type { Logger } from '@main/infra/logger';
import type { UpdateSettingsService } from './update-settings';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';
import { writeSupportBundle, type SupportShell } from './support-bundle';

/** Larger bundles stay in the data folder only (the screen says where). */
const MAX_DOWNLOAD_BYTES = 25 * 1024 * 1024;

/** The support area's service is the update setting; the bundle is written from the data folder and the log. */
export interface SupportDeps {
  updates: UpdateSettingsService;
  log: Logger;
  dataDir: string;
  mode: 'demo' | 'tesla';
  /** The desktop shell's save dialog for support bundles; absent in browser mode. */
  supportShell?: SupportShell | undefined;
}

export function supportHandlers(ctx: SupportDeps): AreaHandlers<'support'> {
  return {
    'support:bundle': async (_args, call) => {
      let bundle: SupportBundle;
      try {
        bundle = writeSupportBundle({
          dataDir: ctx.dataDir,
          logger: ctx.log,
          app: { name: appMeta.name, version: appMeta.version, mode: ctx.mode },
        });
        ctx.log.info('support.bundle.created', { bytes: bundle.bytes, entries: bundle.entries.length });
      } catch (error) {
        ctx.log.error('support.bundle.failed', { error });
        throw new UserFacingError('bundle_not_written');
      }
      // In browser mode there is no save dialog: the page downloads the zip (the data-folder copy stays).
      if (call.transport === 'browser' && bundle.bytes <= MAX_DOWNLOAD_BYTES) {
        return {
          ...bundle,
          download: {
            mimeType: 'application/zip',
            encoding: 'base64',
            data: readFileSync(bundle.path).toString('base64'),
          },
        };
      }
      // In the desktop app, offer to save a copy where the person wants it; the data-folder copy stays.
      const shell = ctx.supportShell;
      if (!shell || call.transport !== 'electron') return bundle;
      try {
        const chosen = await shell.saveBundle({ defaultName: bundle.fileName, sourcePath: bundle.path });
        return chosen ? { ...bundle, path: chosen } : bundle;
      } catch (error) {
        ctx.log.error('support.bundle.saveAsFailed', { error });
        throw new UserFacingError('bundle_not_copied', { path: bundle.path });
      }
    },
    'support:updateSettings': () => ctx.updates.get(),
    'support:setUpdateSettings': (settings) => {
      const saved = ctx.updates.set(settings);
      ctx.log.info('updates.settings.changed', saved);
      return saved;
    },
  };
}
