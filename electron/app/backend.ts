// Main process (plain Node). Assembles the services and the one handler map that both transports serve.
import type { BackendStatus } from '../../shared/contract';
import type { BackendContext, BackendOptions } from './backend-context';
import { AccountService } from '../accounts/account-service';
import { KeyringVault } from '../infra/keychain';
import { accountsHandlers } from '../accounts/accounts-handlers';
import { appHandlers } from './app-handlers';
import { profilesHandlers } from '../profiles/profiles-handlers';
import { ProfileService } from '../profiles/profile-service';
import { reportsHandlers } from '../reports/reports-handlers';
import { ReportsService } from '../reports/reports-service';
import { EventBus } from '../ipc/event-bus';
import type { Handlers } from '../ipc/handler-types';
import type { ExternalUrlPolicy } from '../security/url-policy';
import { startDemoSimulator } from '../simulator/demo-simulator';
import type { RunningSimulator } from '../simulator';
import { testChargeHandlers } from '../test-charge/test-charge-handlers';
import { supportHandlers } from '../support/support-handlers';
import { createLogger, defaultLogDir } from '../infra/logger';
import { UpdateSettingsService } from '../support/update-settings';
import { checklistHandlers } from '../checklist/checklist-handlers';
import { checklistServiceFor } from './checklist-for-backend';
import { TestChargeService } from '../test-charge/test-charge-service';
import { realClock, simClock } from '../test-charge/run-clock';

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
    // The context (and its logger) is built below; this runs only once a sign-in happens.
    log: (level, event, fields) => context.log[level](event, fields),
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
    log: createLogger({ dir: options.logsDir ?? defaultLogDir(options.dataDir) }),
    updates: new UpdateSettingsService(options.dataDir),
    simulator: () => simulator,
    accounts,
    profiles,
    // Runs follow the embedded simulator's clock in demo mode (its speed), real time against Tesla.
    testCharge: new TestChargeService({
      dataDir: options.dataDir,
      events,
      sessionFor: (accountId) => accounts.session(accountId),
      clock: () => (simulator ? simClock(simulator.clock) : realClock),
      clockSpeed: () => simulator?.clock.speed ?? 1,
      onRecovery: (notices) => {
        const failed = notices.some((n) => n.status === 'failed' || n.status === 'unreadable');
        const restored = notices.some((n) => n.status === 'restored');
        if (failed) context.setStatus({ state: 'error', messageKey: 'status.restoreNeedsAttention' });
        else if (restored) context.setStatus({ state: 'ready', messageKey: 'status.settingsRestored' });
      },
    }),
    reports: new ReportsService({ dataDir: options.dataDir, events, ...(options.reportShell ? { shell: options.reportShell } : {}) }),
    checklist: checklistServiceFor({ mode: options.mode, accounts, profiles, simulator: () => simulator, events, dataDir: options.dataDir }),
  };

  // A customer whose sign-in a test or a pending restore still needs is not forgotten.
  accounts.onBeforeForget((accountId) => context.testCharge.forgetBlocker(accountId));
  // Reports export the selected customer's latest checklist result (with that customer's test runs).
  context.reports.setSource(async (accountId) => (accountId ? context.checklist.last(accountId) : null));

  // Every area's handlers; the Handlers type makes a missing channel a compile error.
  const handlers: Handlers = {
    ...appHandlers(context),
    ...accountsHandlers(context),
    ...profilesHandlers(context),
    ...reportsHandlers(context),
    ...testChargeHandlers(context),
    ...supportHandlers(context),
    ...checklistHandlers(context),
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
      // A restore left pending by a crash is finished before anything else; the outcome shows in the status.
      await context.testCharge.recover().catch(() => context.setStatus({ state: 'error', messageKey: 'status.restoreNeedsAttention' }));
    },
    async stop() {
      // A running test is stopped and its settings restored before the simulator and accounts go away.
      await context.testCharge.close();
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
