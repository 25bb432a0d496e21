// Main process (plain Node). Handlers of the `support:` area: the support bundle and the update setting.
import { appMeta } from '../app-meta';
import type { BackendContext } from '../backend-context';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';
import { writeSupportBundle } from '../support/support-bundle';

export function supportHandlers(ctx: BackendContext): AreaHandlers<'support'> {
  return {
    'support:bundle': () => {
      try {
        const bundle = writeSupportBundle({
          dataDir: ctx.options.dataDir,
          logger: ctx.log,
          app: { name: appMeta.name, version: appMeta.version, mode: ctx.options.mode },
        });
        ctx.log.info('support.bundle.created', { bytes: bundle.bytes, entries: bundle.entries.length });
        return bundle;
      } catch (error) {
        ctx.log.error('support.bundle.failed', { error });
        throw new UserFacingError('The support bundle could not be written to the app’s data folder. Check there is free disk space and try again.');
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
