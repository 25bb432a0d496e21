// Main process (plain Node). Assembles the services and the one handler map that both transports serve.
import type { BackendStatus } from '../shared/contract';
import type { BackendContext, BackendOptions } from './backend-context';
import { AccountService } from './accounts/account-service';
import { KeyringVault } from './accounts/keychain';
import { accountsHandlers } from './handlers/accounts-handlers';
import { appHandlers } from './handlers/app-handlers';
import { profilesHandlers } from './handlers/profiles-handlers';
import { ProfileService } from './settings/profile-service';
import { reportsHandlers } from './handlers/reports-handlers';
import { ReportsService } from './reports/reports-service';
import { EventBus } from './ipc/event-bus';
import type { Handlers } from './ipc/handler-types';
import type { ExternalUrlPolicy } from './security/url-policy';
import { startDemoSimulator } from './simulator/demo-simulator';
import type { RunningSimulator } from './simulator';

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
  // Demo mode is ready once the embedded simulator listens (start()).
  let status: BackendStatus = options.mode === 'demo' ? { state: 'starting', messageKey: 'status.starting' } : { state: 'ready', messageKey: 'status.teslaReady' };
  let simulator: RunningSimulator | null = null;
  const extraOrigins: string[] = [];
  const urlPolicy: ExternalUrlPolicy = { extraOrigins };
  const keychain = options.keychain ?? new KeyringVault();
  const profiles = new ProfileService(options.dataDir, keychain);
  const accounts = new AccountService({
    dataDir: options.dataDir,
    keychain,
    profiles,
    demo: () => simulator && { origin: simulator.origin, regionBaseUrls: simulator.regionBaseUrls, demoClient: { ...simulator.demoClient } },
    // In demo mode token lifetimes run on the simulator's clock.
    now: () => simulator?.clock.now() ?? Date.now(),
    onChanged: () => events.emit('accounts:changed', {}),
    onSignInFinished: (e) => events.emit('accounts:signInFinished', e),
  });

  const context: BackendContext = {
    options,
    events,
    status: () => status,
    setStatus(next) {
      status = next;
      events.emit('app:statusChanged', next);
    },
    urlPolicy: () => urlPolicy,
    simulator: () => simulator,
    accounts,
    profiles,
    reports: new ReportsService({ dataDir: options.dataDir, ...(options.reportShell ? { shell: options.reportShell } : {}) }),
  };

  // Every area's handlers; the Handlers type makes a missing channel a compile error.
  const handlers: Handlers = {
    ...appHandlers(context),
    ...accountsHandlers(context),
    ...profilesHandlers(context),
    ...reportsHandlers(context),
  };

  return {
    handlers,
    events,
    context,
    status: context.status,
    setStatus: context.setStatus,
    async start() {
      if (options.mode === 'demo' && !simulator) {
        try {
          simulator = await startDemoSimulator();
          extraOrigins.push(simulator.origin);
          context.setStatus({ state: 'ready', messageKey: 'status.simulatorReady' });
        } catch (error) {
          context.setStatus({ state: 'error', messageKey: 'status.simulatorFailed', detail: error instanceof Error ? error.message : String(error) });
        }
      }
    },
    async stop() {
      await accounts.close();
      const running = simulator;
      simulator = null;
      if (running) {
        extraOrigins.splice(extraOrigins.indexOf(running.origin), 1);
        await running.close();
      }
    },
  };
}
