// Main process (plain Node). What the headless tool's test-charge and recover commands share: the stored
// account service pointed at the right simulator, the run clock for an API base, and the text lines.
import type { AccountService } from '../accounts/account-service';
import type { PowerSample } from '@shared/report/test-run-schema';
import { createFleetClient } from '../fleet/fleet-client';
import { energyApiFromFleetClient } from './energy-api';
import { recoverPending, type RecoveryOutcome } from './recovery';
import { realClock, remoteSimClock, type RunClock } from './run-clock';
import { textIn, type Translate } from '@shared/text/languages';
import { isLoopbackSimulatorUrl } from '../security/token-destination';
import { simulatorUnreachable } from '../infra/network-failure';

/** The terminal's words: English unless the command was given --lang (its `t` is passed in). */
const english = textIn('en');

/**
 * The stored accounts, with demo accounts reaching the simulator at `apiBase()` (it may change per journal),
 * and how to close whatever was built for them. The headless tool composes them (headless/stored-accounts.ts):
 * a feature does not build the service graph itself.
 */
export interface StoredAccounts {
  accounts: AccountService;
  close(): Promise<void>;
}
export type OpenStoredAccounts = (apiBase: () => string | null) => StoredAccounts;

/** The simulator's clock (read from its admin API) against a simulator; real time against Tesla. */
export async function clockFor(apiBase: string): Promise<RunClock> {
  // A simulator runs on this computer; Tesla never does. Only then is there an admin API to ask.
  if (!isLoopbackSimulatorUrl(apiBase)) return realClock;
  const origin = new URL(apiBase).origin;
  return remoteSimClock(origin).catch((error: unknown) => {
    throw simulatorUnreachable(origin, error) ?? error;
  });
}

/** Sets a running simulator's speed through its loopback admin API. */
export async function setRemoteSpeed(apiBase: string, speed: number): Promise<void> {
  const origin = new URL(apiBase).origin;
  const res = await fetch(`${origin}/__sim/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ speed }),
    signal: AbortSignal.timeout(5000),
  }).catch((error: unknown) => {
    throw simulatorUnreachable(origin, error) ?? error;
  });
  if (!res.ok) throw new Error(english('cli.run.speedRefused', { status: res.status }));
}

export function sampleLine(s: PowerSample, t: Translate = english): string {
  const w = (v: number | null) => (v === null ? t('cli.sample.none') : t('cli.sample.watts', { value: Math.round(v) }));
  return t('cli.sample.line', {
    t: String(Math.round(s.t)).padStart(4),
    battery: w(s.batteryW).padStart(8),
    grid: w(s.gridW).padStart(8),
    solar: w(s.solarW).padStart(8),
    home: w(s.loadW).padStart(8),
    charge: s.socPercent === null ? t('cli.sample.none') : t('cli.sample.percent', { value: s.socPercent.toFixed(1) }),
  });
}

/**
 * Finishes every pending restore in the data folder with the stored accounts: each journal names its
 * account and API base (a demo account reaches the simulator there, on that simulator's clock).
 */
export async function recoverWithStoredAccounts(
  dataDir: string,
  openAccounts: OpenStoredAccounts,
  onOutcome?: (o: RecoveryOutcome) => void,
): Promise<RecoveryOutcome[]> {
  let base: string | null = null;
  const stored = openAccounts(() => base);
  const { accounts } = stored;
  try {
    return await recoverPending({
      dataDir,
      clock: {
        now: () => Date.now(),
        sleep: async (ms, signal) => (await clockFor(base ?? '')).sleep(ms, signal),
      },
      apiFor: async (journal) => {
        base = journal.apiBase;
        return energyApiFromFleetClient(createFleetClient(await accounts.session(journal.accountId)));
      },
      onOutcome,
    });
  } finally {
    await stored.close();
  }
}

export function outcomeLine(o: RecoveryOutcome, t: Translate = english): string {
  switch (o.status) {
    case 'restored':
      return t('cli.recover.restored', { site: o.siteId, settings: JSON.stringify(o.settings) });
    case 'in_progress':
      return t('cli.recover.inProgress', { site: o.siteId });
    case 'failed':
      return t('cli.recover.failed', {
        site: o.siteId,
        error: o.error,
        settings: JSON.stringify(o.original),
        file: o.file,
      });
    case 'unreadable':
      return t('cli.recover.unreadable', { file: o.file, error: o.error });
  }
}
