// Main process (plain Node). What every area's handlers share: options, the event bus, the status and
// the services (built by compose-services.ts). Handlers receive this one object.
import type { BackendStatus } from '@shared/contract';
import type { AccountService } from '../accounts/account-service';
import type { ChecklistService } from '../checklist/checklist-service';
import type { Vault } from '../infra/keychain';
import type { EventBus } from '../ipc/event-bus';
import type { Logger } from '../infra/logger';
import type { UpdateSettingsService } from '../support/update-settings';
import type { SupportShell } from '../support/support-bundle';
import type { ReportShell, ReportsService } from '../reports/reports-service';
import type { ExternalUrlPolicy } from '../security/url-policy';
import type { ProfileService } from '../profiles/profile-service';
import type { RunningSimulator } from '../simulator';
import type { TestChargeService } from '../test-charge/test-charge-service';
import type { DemoSimulatorOptions } from '../simulator/demo-simulator';
import type { StoreEngine } from '../infra/settings-store';
import type { StoreProblem } from './compose-services';

export interface BackendOptions {
  mode: 'demo' | 'tesla';
  /** The app's data folder (settings, journals, report history). Never holds a secret. */
  dataDir: string;
  /** Opens a URL in the system browser; absent in browser mode, where the page opens it itself. */
  openExternal?: (url: string) => Promise<void>;
  /** The desktop shell's save dialog and printToPDF for reports; absent in browser mode (the page downloads). */
  reportShell?: ReportShell;
  /** Where tokens and client secrets are kept: the OS keychain by default; tests pass a fake. */
  keychain?: Vault;
  /** The OS's log folder (Electron: app.getPath('logs')); `<dataDir>/logs` when absent. */
  logsDir?: string;
  /** The desktop shell's save dialog for support bundles; absent in browser mode. */
  supportShell?: SupportShell;
  /** Demo mode's embedded simulator: scenario, auto-consent, latency (the process edge reads them from the environment). */
  demo?: DemoSimulatorOptions;
  /** How settings/accounts files are read and written: the file system by default; tests inject a fault. */
  storeEngine?: StoreEngine;
}

export interface BackendContext {
  options: BackendOptions;
  events: EventBus;
  status(): BackendStatus;
  setStatus(status: BackendStatus): void;
  /** Which origins besides Tesla's may be opened in the system browser (the simulator's, in demo mode). */
  urlPolicy(): ExternalUrlPolicy;
  /**
   * The embedded Fleet API simulator in demo mode once start() has run (its origin, regional base URLs,
   * demo client); null in Tesla mode, before start() and after stop().
   */
  simulator(): RunningSimulator | null;
  /** Report export, opening, re-run and history (electron/reports). */
  reports: ReportsService;
  /** The connected customers: sign-in, list, FleetSession per account, forget (electron/accounts). */
  accounts: AccountService;
  /** Connection profiles (Demo, Tesla developer applications) (electron/profiles). */
  profiles: ProfileService;
  /** Test charge/discharge runs, their journals and the start-up recovery (electron/test-charge). */
  testCharge: TestChargeService;
  /** Structured, redacted JSON-lines logs (electron/infra/logger.ts). */
  log: Logger;
  /** The auto-update setting, off by default (electron/support). */
  updates: UpdateSettingsService;
  /** The diagnostic checklist: runs, per-item re-checks, last result per account (electron/checklist). */
  checklist: ChecklistService;
  /** Settings/accounts files that were unreadable and were moved aside this run (shown on screen). */
  storeProblems(): StoreProblem[];
}
