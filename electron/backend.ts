// Main process (plain Node). Assembles the services and the one handler map that both transports serve.
import type { BackendStatus } from '../shared/contract';
import { appMeta } from './app-meta';
import { EventBus } from './ipc/event-bus';
import type { Handlers } from './ipc/handler-types';
import { UserFacingError } from './ipc/handler-types';
import { isAllowedExternalUrl, type ExternalUrlPolicy } from './security/url-policy';

export interface BackendOptions {
  mode: 'demo' | 'tesla';
  /** Opens a URL in the system browser; absent in browser mode, where the page opens it itself. */
  openExternal?: (url: string) => Promise<void>;
  urlPolicy?: ExternalUrlPolicy;
}

export interface Backend {
  handlers: Handlers;
  events: EventBus;
  status(): BackendStatus;
  setStatus(status: BackendStatus): void;
}

export function createBackend(options: BackendOptions): Backend {
  const events = new EventBus();
  let status: BackendStatus = { state: 'ready', messageKey: options.mode === 'demo' ? 'status.demoReady' : 'status.teslaReady' };

  const handlers: Handlers = {
    'app:info': (_args, ctx) => ({
      name: appMeta.name,
      version: appMeta.version,
      mode: options.mode,
      transport: ctx.transport,
      backend: status,
    }),
    'app:openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url, options.urlPolicy)) {
        throw new UserFacingError('That link is not on the list of sites the app may open.');
      }
      if (options.openExternal) {
        await options.openExternal(url);
        return { handledBy: 'system', url };
      }
      return { handledBy: 'page', url };
    },
  };

  return {
    handlers,
    events,
    status: () => status,
    setStatus(next) {
      status = next;
      events.emit('app:statusChanged', next);
    },
  };
}
