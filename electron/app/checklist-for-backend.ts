// Main process (plain Node). The app's ChecklistService: sessions from connect's AccountService, the
// pairing domain and consent page from the account's connection profile, progress to the page.
import type { ChecklistInput } from '@shared/checklist/checklist-input';
import type { Report } from '@shared/report/report-schema';
import type { AccountService } from '../accounts/account-service';
import { appMeta } from '@main/infra/app-meta';
import type { EventBus } from '../ipc/event-bus';
import type { ProfileService } from '../profiles/profile-service';
import type { RunningSimulator } from '../simulator';
import { DEMO_PARTNER_DOMAIN, ChecklistService } from '../checklist/checklist-service';
import { KnownDevicesFile } from '../checklist/known-devices';

export interface ChecklistBackendDeps {
  mode: 'demo' | 'tesla';
  accounts: AccountService;
  profiles: ProfileService;
  simulator: () => RunningSimulator | null;
  events: EventBus;
  /** The clock the data was made on (the simulator's in demo mode); Date.now when absent. */
  now?: () => number;
  /** Put the customer's label in the report (default); the headless tool's scenario runs leave it out. */
  labels?: boolean;
  /**
   * Which profile a report names: the composition's `mode` (default, the app's active profile) or the one
   * the customer was connected with ('account': the headless diagnose of a stored customer).
   */
  reportProfile?: 'mode' | 'account';
  /**
   * Where the ids seen at each kept customer's last diagnosis are remembered (known-devices.json); without
   * it they are remembered for this run only.
   */
  dataDir?: string;
  /** Told of each checklist made (the visit's progress). */
  onReport?(accountId: string, report: Report): void;
}

export function checklistServiceFor(deps: ChecklistBackendDeps): ChecklistService {
  const account = (id: string) => deps.accounts.list().find((a) => a.id === id);
  const profileFor = (accountId: string): ChecklistInput['profile'] => {
    const a = account(accountId);
    const profile = a ? deps.profiles.get(a.profileId) : null;
    if (profile?.kind === 'tesla') {
      return {
        partnerDomain: profile.partnerDomain,
        clientId: profile.clientId,
        authBase: a?.region === 'CN' ? 'https://auth.tesla.cn' : 'https://auth.tesla.com',
      };
    }
    // Demo: a placeholder domain (never a guess at a real platform's) and the simulator's consent page.
    const sim = deps.simulator();
    return {
      partnerDomain: DEMO_PARTNER_DOMAIN,
      ...(sim ? { clientId: sim.demoClient.clientId, authBase: sim.origin } : {}),
    };
  };
  const knownDevices = deps.dataDir
    ? new KnownDevicesFile(deps.dataDir, (id) => {
        const a = account(id);
        return !a ? 'gone' : a.sessionOnly ? 'session' : 'kept';
      })
    : undefined;
  // A forgotten customer's sites and cars are forgotten with them (the end of a visit included).
  deps.events.addSink((event) => {
    if (event === 'accounts:changed') knownDevices?.prune();
  });
  return new ChecklistService({
    sessionFor: (id) => deps.accounts.session(id),
    profileFor,
    ...(deps.labels === false ? {} : { labelFor: (id: string) => account(id)?.label || undefined }),
    meta: { appVersion: appMeta.version, profile: deps.mode },
    ...(deps.reportProfile === 'account'
      ? {
          reportProfileFor: (id: string) => {
            const a = account(id);
            try {
              return a ? deps.profiles.get(a.profileId).kind : undefined;
            } catch {
              return undefined;
            }
          },
        }
      : {}),
    // Live-data ages are judged on the clock the data was made on (the simulator's, in demo mode).
    now: deps.now ?? (() => deps.simulator()?.clock.now() ?? Date.now()),
    onProgress: (accountId, p) => deps.events.emit('checklist:progress', { accountId, ...p }),
    ...(knownDevices ? { knownDevices } : {}),
    ...(deps.onReport ? { onReport: deps.onReport } : {}),
  });
}
