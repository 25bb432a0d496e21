// Main process (plain Node). The backend both transports serve: the composed services (compose-services.ts),
// the app's status, and the one handler map.
import type { BackendStatus } from '@shared/contract';
import type { BackendContext, BackendOptions } from './backend-context';
import { accountsHandlers } from '../accounts/accounts-handlers';
import { appHandlers } from './app-handlers';
import { profilesHandlers } from '../profiles/profiles-handlers';
import { reportsHandlers } from '../reports/reports-handlers';
import type { EventBus } from '../ipc/event-bus';
import type { Handlers } from '../ipc/handler-types';
import type { ExternalUrlPolicy } from '../security/url-policy';
import { testChargeHandlers } from '../test-charge/test-charge-handlers';
import { supportHandlers } from '../support/support-handlers';
import { checklistHandlers } from '../checklist/checklist-handlers';
import { endVisitHandlers } from '../end-visit/end-visit-handlers';
import { composeServices } from './compose-services';
import { boardHandlers } from '../board/board-handlers';

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
  // Demo mode is ready once the embedded simulator listens (start()).
  let status: BackendStatus =
    options.mode === 'demo'
      ? { state: 'starting', messageKey: 'status.starting' }
      : { state: 'ready', messageKey: 'status.teslaReady' };
  const extraOrigins: string[] = [];
  const urlPolicy: ExternalUrlPolicy = { extraOrigins };
  const services = composeServices({
    dataDir: options.dataDir,
    mode: options.mode,
    ...(options.mode === 'demo' ? { demo: { kind: 'embedded' as const, ...options.demo } } : {}),
    ...(options.keychain ? { keychain: options.keychain } : {}),
    ...(options.logsDir ? { logsDir: options.logsDir } : {}),
    ...(options.storeEngine ? { storeEngine: options.storeEngine } : {}),
    ...(options.reportShell ? { reportShell: options.reportShell } : {}),
    onRecovery: (notices) => {
      const failed = notices.some((n) => n.status === 'failed' || n.status === 'unreadable');
      const restored = notices.some((n) => n.status === 'restored');
      if (failed) context.setStatus({ state: 'error', messageKey: 'status.restoreNeedsAttention' });
      else if (restored) context.setStatus({ state: 'ready', messageKey: 'status.settingsRestored' });
    },
  });
  const { events } = services;

  const context: BackendContext = {
    options,
    events,
    status: () => status,
    setStatus(next) {
      status = next;
      events.emit('app:statusChanged', next);
    },
    urlPolicy: () => urlPolicy,
    log: services.log,
    updates: services.updates,
    simulator: services.simulator,
    accounts: services.accounts,
    profiles: services.profiles,
    testCharge: services.testCharge,
    reports: services.reports,
    checklist: services.checklist,
    storeProblems: services.storeProblems,
  };

  // Every area's handlers; the Handlers type makes a missing channel a compile error.
  const handlers: Handlers = {
    ...appHandlers(context),
    ...accountsHandlers(services.accounts, { urlPolicy: context.urlPolicy, openExternal: options.openExternal }),
    ...endVisitHandlers({
      dataDir: options.dataDir,
      accounts: services.accounts,
      checklist: services.checklist,
      reports: services.reports,
      log: services.log,
      visit: services.visit,
    }),
    ...profilesHandlers(services.profiles),
    ...reportsHandlers(services.reports),
    ...testChargeHandlers(services.testCharge),
    ...supportHandlers({
      updates: services.updates,
      log: services.log,
      dataDir: options.dataDir,
      mode: options.mode,
      supportShell: options.supportShell,
    }),
    ...checklistHandlers(services.checklist),
    ...boardHandlers(services.board, services.storeSetting),
  };

  return {
    handlers,
    events,
    context,
    status: context.status,
    setStatus: context.setStatus,
    async start() {
      if (options.mode === 'demo' && !services.simulator()) {
        try {
          const simulator = await services.startSimulator();
          if (simulator) extraOrigins.push(simulator.origin);
          context.setStatus({ state: 'ready', messageKey: 'status.simulatorReady' });
        } catch (error) {
          context.setStatus({
            state: 'error',
            messageKey: 'status.simulatorFailed',
            detail: error instanceof Error ? error.message : String(error),
          });
        }
      }
      // Settings and customers read now: a damaged file is moved aside and shown at once (app:info's
      // dataProblems); a data folder that cannot be used is the status, with what is wrong with which path.
      const storeError = services.checkStores();
      if (storeError) {
        // No journal can be read from such a folder either: its problem, not a restore's, is what to show.
        context.setStatus({ state: 'error', messageKey: 'status.dataFolderProblem', detail: storeError.message });
        return;
      }
      // A restore left pending by a crash is finished before anything else; the outcome shows in the status.
      await context.testCharge
        .recover()
        .catch(() => context.setStatus({ state: 'error', messageKey: 'status.restoreNeedsAttention' }));
    },
    async stop() {
      // A running test is stopped and its settings restored before the simulator and accounts go away.
      extraOrigins.splice(0, extraOrigins.length);
      await services.close();
    },
  };
}
