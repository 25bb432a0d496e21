// Main process (plain Node). The one place the service graph is built: the desktop backend, browser mode,
// every headless command, the benchmarks and the tests call composeServices() with what differs between
// them (data folder, profile, where the demo's Fleet API is, keychain, clock, store engine, logger) and
// get the same services wired the same way.
import type { AccountService as AccountServiceType } from '../accounts/account-service';
import { platformLeaseLocks } from '@main/test-charge/locks/platform-lease-lock';
import { AccountService } from '../accounts/account-service';
import type { DemoSimulatorInfo } from '../accounts/sign-in/endpoints';
import type { SignInFinishedEvent } from '../accounts/sign-in/sign-in-flow';
import type { ChecklistService } from '../checklist/checklist-service';
import { KeyringVault, MemoryVault, type Vault } from '../infra/keychain';
import { createLogger, defaultLogDir, type Logger } from '../infra/logger';
import type { StoreContext, StoreEngine, StoreRecovery } from '../infra/settings-store';
import { EventBus } from '../ipc/event-bus';
import { ProfileService } from '../profiles/profile-service';
import { ReportsService, type ReportShell } from '../reports/reports-service';
import { DEMO_CLIENT, INSTALLER_CLIENT, type RunningSimulator } from '../simulator';
import { startDemoSimulator, type DemoSimulatorOptions } from '../simulator/demo-simulator';
import { UpdateSettingsService } from '../support/update-settings';
import { realClock, simClock, type RunClock } from '../test-charge/run-clock';
import type { RecoveryNotice } from '@shared/contract/areas/test-charge';
import type { DataProblem } from '@shared/contract/areas/app';
import path from 'node:path';
import { TestChargeService } from '../test-charge/test-charge-service';
import { installationLabel, type SiteLockSource } from '../test-charge/locks/site-lock-port';
import { checklistServiceFor } from './checklist-for-backend';
import { BoardService, type BoardStoreSource } from '../board/board-service';
import { StoreSettingService } from '../board/store-setting';
import { EMBEDDED_STORE_DIR, openSweepStore } from '../sweep-store/sweep-store';
import { VisitProgressFile } from '../end-visit/visit-progress';
import { isProblem } from '@shared/checklist/problems';

/** Where demo accounts reach a Fleet API: a simulator this process starts, or one already running. */
export type DemoSource =
  | ({ kind: 'embedded' } & DemoSimulatorOptions)
  /** A running simulator; a function when it changes (recovery follows each journal's API base), null: none. */
  | { kind: 'remote'; apiBase: string | (() => string | null) };

export { demoOptionsFromEnv } from '../simulator/demo-simulator';

export interface ServiceOptions {
  /** The app's data folder (settings, accounts, journals, report history). Never holds a secret. */
  dataDir: string;
  /** The profile the app runs under ('demo' | 'tesla'): the report's meta and the backend's status. */
  mode: 'demo' | 'tesla';
  /** The demo's Fleet API; none: demo accounts have no simulator (Tesla accounts are unaffected). */
  demo?: DemoSource;
  /** Where tokens and client secrets are kept: the OS keychain by default, memory with sessionOnly. */
  keychain?: Vault;
  /** Keep tokens in memory only (the headless tool's --session-only, and its --scenario runs). */
  sessionOnly?: boolean;
  /** The event bus the transports listen on (one is made when absent). */
  events?: EventBus;
  /** The log (one is made in `logsDir`, else `<dataDir>/logs`). */
  log?: Logger;
  logsDir?: string;
  /** How settings files are read and written: the file system (default); tests inject a fault here. */
  storeEngine?: StoreEngine;
  /** The desktop shell's save dialog and printToPDF for reports. */
  reportShell?: ReportShell;
  /** The HTTP client sign-ins and token refreshes use (tests pass one that fails on cue). */
  fetch?: typeof fetch;
  /** The wall clock (ms) when no embedded simulator sets the time: tests pass a fixed one. */
  now?: () => number;
  /**
   * Site locks every installation sees (the platform's lease, the team store: locks/configured-locks.ts),
   * taken by each test besides the data folder's; none: the screen says only this laptop's lock is in force.
   */
  sharedSiteLocks?: readonly SiteLockSource[];
  /** Test-charge outcomes of the start-up recovery (the backend turns them into its status). */
  onRecovery?: (notices: RecoveryNotice[]) => void;
  /**
   * How the checklist words its reports: `labels: false` leaves the customer's label out (the headless
   * tool's scenario and platform runs, where the e-mail would stand in for one); `reportProfile: 'account'`
   * names the profile the customer was connected with rather than `mode` (the headless diagnose of a
   * stored customer). Default: the label in, the profile = `mode`, as the app shows.
   */
  checklist?: { labels?: boolean; reportProfile?: 'mode' | 'account' };
  /** Told at once when an unreadable settings/accounts file was moved aside (the CLI says it on stderr). */
  onStoreProblem?: (problem: StoreProblem) => void;
}

/** A settings or accounts file that was unreadable and was moved aside this run. */
export interface StoreProblem extends StoreRecovery {
  file: string;
}

export interface Services {
  readonly options: ServiceOptions;
  readonly dataDir: string;
  readonly events: EventBus;
  readonly log: Logger;
  readonly keychain: Vault;
  readonly profiles: ProfileService;
  readonly accounts: AccountServiceType;
  readonly updates: UpdateSettingsService;
  readonly testCharge: TestChargeService;
  readonly reports: ReportsService;
  readonly checklist: ChecklistService;
  /** The Board: the latest sweep's results from the sweep store (the data folder's embedded one by default). */
  readonly board: BoardService;
  /** Where the Board reads (embedded, or a PostgreSQL server; its password in the keychain). */
  readonly storeSetting: StoreSettingService;
  /** How far each customer's visit has come (survives a reload, and a restart for keychain customers). */
  readonly visit: VisitProgressFile;
  /** The embedded simulator once startSimulator() has run (null otherwise, and after close()). */
  simulator(): RunningSimulator | null;
  /** Where demo accounts sign in and call the Fleet API (the embedded or the remote simulator). */
  demoInfo(): DemoSimulatorInfo | null;
  /** The clock test runs follow: the embedded simulator's, else real time. */
  runClock(): RunClock;
  /** Starts the embedded simulator (demo: { kind: 'embedded' }); throws what the simulator says. */
  startSimulator(): Promise<RunningSimulator | null>;
  /** Unreadable settings/accounts files moved aside this run (every surface says so, with the path). */
  storeProblems(): StoreProblem[];
  /**
   * Reads settings, accounts and update settings now, so a damaged file is found (and moved aside) at
   * start-up rather than when a screen first asks; returns the error of a data folder that cannot be used.
   */
  checkStores(): Error | null;
  /** Sign-ins finished this run, by sign-in id (the headless connect waits on these). */
  signInOutcome(signInId: string): SignInFinishedEvent | undefined;
  /** Stops a running test (restoring first), the sign-in listeners and the embedded simulator. */
  close(): Promise<void>;
}

/** The simulator a running one's origin stands for (its regional bases and the demo client). */
export function simulatorInfoFor(apiBase: string): DemoSimulatorInfo {
  const origin = new URL(apiBase).origin;
  return {
    origin,
    regionBaseUrls: { NA: `${origin}/na`, EU: `${origin}/eu`, CN: `${origin}/cn` },
    demoClient: { ...DEMO_CLIENT },
    ownAppClient: { ...INSTALLER_CLIENT },
  };
}

export function composeServices(options: ServiceOptions): Services {
  const { dataDir } = options;
  const events = options.events ?? new EventBus();
  const log = options.log ?? createLogger({ dir: options.logsDir ?? defaultLogDir(dataDir) });
  const keychain = options.keychain ?? (options.sessionOnly ? new MemoryVault() : new KeyringVault());
  const problems: StoreProblem[] = [];
  const stores: StoreContext = {
    ...(options.storeEngine ? { engine: options.storeEngine } : {}),
    onRecovered: (problem) => {
      problems.push(problem);
      // The path of the kept copy is the installer's own data folder: fine in the log; no content is quoted.
      log.warn('store.movedAside', problem);
      options.onStoreProblem?.(problem);
    },
  };
  let simulator: RunningSimulator | null = null;
  const demo = options.demo;
  const remote = (): DemoSimulatorInfo | null => {
    if (demo?.kind !== 'remote') return null;
    const base = typeof demo.apiBase === 'function' ? demo.apiBase() : demo.apiBase;
    return base ? simulatorInfoFor(base) : null;
  };
  const demoInfo = (): DemoSimulatorInfo | null =>
    simulator
      ? {
          origin: simulator.origin,
          regionBaseUrls: simulator.regionBaseUrls,
          demoClient: { ...simulator.demoClient },
          ownAppClient: { ...simulator.installerClient },
          platform: simulator.platform,
        }
      : remote();
  // In demo mode token lifetimes and live-data ages run on the simulator's clock.
  const now = () => simulator?.clock.now() ?? (options.now ?? Date.now)();
  const finished = new Map<string, SignInFinishedEvent>();

  const profiles = new ProfileService(dataDir, keychain, stores, options.fetch);
  const accounts = new AccountService({
    dataDir,
    keychain,
    profiles,
    stores,
    demo: demoInfo,
    now,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    onChanged: () => events.emit('accounts:changed', {}),
    onSignInFinished: (e) => {
      finished.set(e.signInId, e);
      events.emit('accounts:signInFinished', e);
    },
    log: (level, event, fields) => log[level](event, fields),
  });
  if (options.sessionOnly) accounts.setSessionOnly(true);
  const runClock = () => (simulator ? simClock(simulator.clock) : realClock);
  const platformLeaseFor = (accountId: string): SiteLockSource[] => {
    const platform = accounts.platformFor(accounts.list().find((a) => a.id === accountId)?.profileId);
    return platform ? [platformLeaseLocks(platform.client, (purpose) => installationLabel(dataDir, purpose))] : [];
  };
  const testCharge = new TestChargeService({
    dataDir,
    events,
    sessionFor: (accountId) => accounts.session(accountId),
    // Runs follow the embedded simulator's clock in demo mode (its speed), real time against Tesla.
    clock: runClock,
    clockSpeed: () => simulator?.clock.speed ?? 1,
    ...(options.onRecovery ? { onRecovery: options.onRecovery } : {}),
    // Configured locks, or else the lease of the platform the customer's profile goes through (the Demo
    // profile's demo platform): every installation working through that platform sees the test.
    sharedLocks: options.sharedSiteLocks ?? ((accountId) => platformLeaseFor(accountId)),
  });
  const visit = new VisitProgressFile(dataDir, (id) => {
    const a = accounts.list().find((x) => x.id === id);
    return !a ? 'gone' : a.sessionOnly ? 'session' : 'kept';
  });
  events.addSink((event, payload) => {
    if (event === 'accounts:changed') visit.prune();
    if (event !== 'testCharge:state') return;
    const view = payload as { accountId?: unknown; phase?: unknown; result?: unknown };
    if (view.phase === 'finished' && view.result !== undefined && typeof view.accountId === 'string')
      visit.record(view.accountId, { step: 'test' });
  });
  const reports = new ReportsService({
    dataDir,
    events,
    ...(options.reportShell ? { shell: options.reportShell } : {}),
    onExported: (accountId) => visit.record(accountId, { step: 'report' }),
  });
  const checklist = checklistServiceFor({
    mode: options.mode,
    accounts,
    profiles,
    simulator: () => simulator,
    events,
    now,
    dataDir,
    onReport: (accountId, report) =>
      visit.record(accountId, { step: 'check', toFix: report.checks.filter(isProblem).length }),
    ...(options.checklist?.labels === false ? { labels: false } : {}),
    ...(options.checklist?.reportProfile ? { reportProfile: options.checklist.reportProfile } : {}),
  });

  // The Board reads the sweep store `doctor sweep` writes: the embedded PGlite in the data folder.
  const embeddedStore = (): BoardStoreSource => ({
    kind: 'pglite',
    label: path.join(dataDir, EMBEDDED_STORE_DIR),
    embeddedDir: path.join(dataDir, EMBEDDED_STORE_DIR),
    open: () => openSweepStore({ dataDir }),
  });
  // Or a PostgreSQL server set in Settings (its password in the keychain, never in the label).
  const storeSetting = new StoreSettingService(
    dataDir,
    keychain,
    (url) => (url ? openSweepStore({ url }) : openSweepStore({ dataDir })),
    stores,
  );
  const boardSource = (): BoardStoreSource => {
    const saved = storeSetting.saved();
    if (saved.kind !== 'postgres' || !saved.url) return embeddedStore();
    const label = saved.url;
    return {
      kind: 'postgres',
      label,
      open: async () => openSweepStore({ url: (await storeSetting.connectionUrl()) ?? label }),
    };
  };
  const board = new BoardService({ source: boardSource, now });

  // A run under way read with the grant a new sign-in replaced: the next one asked for starts afresh. Heard
  // on the bus, so a sign-in finished through the desktop shell's deep link counts too.
  events.addSink((event, payload) => {
    const e = payload as Partial<SignInFinishedEvent>;
    if (event === 'accounts:signInFinished' && e.ok && typeof e.accountId === 'string')
      checklist.signedInAgain(e.accountId);
  });
  // A customer whose sign-in a test or a pending restore still needs is not forgotten.
  accounts.onBeforeForget((accountId) => testCharge.forgetBlocker(accountId));
  // Reports export the selected customer's latest checklist result (with that customer's test runs).
  reports.setSource(async (accountId) => (accountId ? checklist.last(accountId) : null));

  const services: Services = {
    options,
    dataDir,
    events,
    log,
    keychain,
    profiles,
    accounts,
    updates: new UpdateSettingsService(dataDir, stores),
    testCharge,
    reports,
    checklist,
    board,
    storeSetting,
    visit,
    simulator: () => simulator,
    demoInfo,
    runClock,
    async startSimulator() {
      if (demo?.kind !== 'embedded') return null;
      simulator ??= await startDemoSimulator(demo);
      return simulator;
    },
    storeProblems: () => [...problems],
    checkStores() {
      for (const read of [() => profiles.all(), () => accounts.list(), () => services.updates.get()]) {
        try {
          read();
        } catch (error) {
          log.error('store.unusable', { error });
          return error instanceof Error ? error : new Error(String(error));
        }
      }
      return null;
    },
    signInOutcome: (id) => finished.get(id),
    async close() {
      // A running test is stopped and its settings restored before the simulator and accounts go away.
      await testCharge.close();
      await accounts.close();
      await board.close();
      const running = simulator;
      simulator = null;
      await running?.close();
    },
  };
  return services;
}

/** A moved-aside file as the contract names it (the screens word it themselves). */
export function dataProblemOf(problem: StoreProblem): DataProblem {
  const name = path.basename(problem.file, '.json');
  const store = name === 'accounts' ? 'accounts' : name === 'settings' ? 'settings' : 'update-settings';
  return { store, reason: problem.reason, keptAt: problem.keptAt };
}
