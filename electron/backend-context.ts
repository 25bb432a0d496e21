// Main process (plain Node). What every area's handlers share: options, the event bus, the status and
// the services. Services are added here as features land; handlers receive this one object.
import type { BackendStatus } from '../shared/contract';
import type { EventBus } from './ipc/event-bus';
import type { ExternalUrlPolicy } from './security/url-policy';

export interface BackendOptions {
  mode: 'demo' | 'tesla';
  /** The app's data folder (settings, journals, report history). Never holds a secret. */
  dataDir: string;
  /** Opens a URL in the system browser; absent in browser mode, where the page opens it itself. */
  openExternal?: (url: string) => Promise<void>;
}

export interface BackendContext {
  options: BackendOptions;
  events: EventBus;
  status(): BackendStatus;
  setStatus(status: BackendStatus): void;
  /** Which origins besides Tesla's may be opened in the system browser (the simulator's, in demo mode). */
  urlPolicy(): ExternalUrlPolicy;
}
