// Main process (plain Node). Handlers of the `app:` area.
import { appMeta } from '@main/infra/app-meta';
import { dataProblemOf } from './compose-services';
import type { BackendContext } from './backend-context';
import { UserFacingError, type AreaHandlers } from '../ipc/handler-types';
import { isAllowedExternalUrl } from '../security/url-policy';

export function appHandlers(ctx: BackendContext): AreaHandlers<'app'> {
  return {
    'app:info': (_args, call) => ({
      name: appMeta.name,
      version: appMeta.version,
      mode: ctx.options.mode,
      transport: call.transport,
      backend: ctx.status(),
      dataProblems: ctx.storeProblems().map(dataProblemOf),
    }),
    'app:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url, ctx.urlPolicy())) {
        throw new UserFacingError('link_not_allowed');
      }
      if (ctx.options.openExternal) {
        await ctx.options.openExternal(url);
        return { handledBy: 'system', url };
      }
      return { handledBy: 'page', url };
    },
  };
}
