// Main process (plain Node). Assembles the services and the one handler map that both transports serve.
import type { BackendStatus } from '../shared/contract';
import type { BackendContext, BackendOptions } from './backend-context';
import { appHandlers } from './handlers/app-handlers';
import { EventBus } from './ipc/event-bus';
import type { Handlers } from './ipc/handler-types';
import type { ExternalUrlPolicy } from './security/url-policy';

export type { BackendOptions } from './backend-context';

export interface Backend {
  handlers: Handlers;
  events: EventBus;
  context: BackendContext;
  status(): BackendStatus;
  setStatus(status: BackendStatus): void;
  /** Starts background services (the embedded simulator in demo mode, pending restores). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  const events = new EventBus();
  let status: BackendStatus = { state: 'ready', messageKey: options.mode === 'demo' ? 'status.demoReady' : 'status.teslaReady' };
  const extraOrigins: string[] = [];
  const urlPolicy: ExternalUrlPolicy = { extraOrigins };

  const context: BackendContext = {
    options,
    events,
    status: () => status,
    setStatus(next) {
      status = next;
      events.emit('app:statusChanged', next);
    },
    urlPolicy: () => urlPolicy,
  };

  // Every area's handlers; the Handlers type makes a missing channel a compile error.
  const handlers: Handlers = {
    ...appHandlers(context),
  };

  return {
    handlers,
    events,
    context,
    status: context.status,
    setStatus: context.setStatus,
    async start() {},
    async stop() {},
  };
}
