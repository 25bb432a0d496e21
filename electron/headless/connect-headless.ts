// Main process (plain Node). A complete customer connection without a window, for the CLI, tests and
// benchmarks: composes the services (compose-services.ts) with an embedded simulator or a running one,
// runs the real sign-in through the loopback callback with the consent given automatically, and stores
// the account as the app would.
import { driveConsent } from '../accounts/sign-in/consent-driver';
import type { AccountService } from '../accounts/account-service';
import { composeServices, type ServiceOptions, type Services } from '../app/compose-services';
import type { Vault } from '../infra/keychain';
import type { Logger } from '../infra/logger';
import type { RunningSimulator } from '../simulator/index';
import { simulatorUnreachable } from '../infra/network-failure';
import { textIn } from '@shared/text/languages';

/** Thrown to the command, which prints it (English: these helpers are not given the command's --lang). */
const english = textIn('en');

export { simulatorInfoFor } from '../app/compose-services';

export interface ConnectHeadlessOptions {
  dataDir: string;
  /** A catalogue name or scenario file for an embedded simulator (default: the simulator's default scenario). */
  scenario?: string;
  /** A running simulator's origin (or a regional base under it) instead of an embedded one. */
  apiBase?: string;
  /** Keep the tokens in memory only (no keychain). */
  sessionOnly?: boolean;
  label?: string;
  /** The keychain to use (tests pass a fake); the OS keychain by default. */
  keychain?: Vault;
  /** The log to write to (the headless tool's); one in `<dataDir>/logs` otherwise. */
  log?: Logger;
  /** Further composition options (benchmarks: latency and a paused clock). */
  compose?: Partial<Pick<ServiceOptions, 'storeEngine' | 'now'>> & { latencyMs?: number; speed?: number };
}

export interface HeadlessConnection {
  accountId: string;
  service: AccountService;
  /** Everything else the composition built (checklist, test charge, reports, log). */
  services: Services;
  /** The embedded simulator, when one was started (null with apiBase). */
  simulator: RunningSimulator | null;
  close(): Promise<void>;
}

/** Where a headless connection's demo account reaches a simulator: a running one, or one this process starts. */
export function headlessDemo(options: {
  scenario?: string;
  apiBase?: string;
  latencyMs?: number;
  speed?: number;
}): ServiceOptions['demo'] {
  return options.apiBase
    ? { kind: 'remote', apiBase: options.apiBase }
    : {
        kind: 'embedded',
        autoConsent: true,
        ...(options.scenario ? { scenario: options.scenario } : {}),
        ...(options.latencyMs ? { latencyMs: options.latencyMs } : {}),
        ...(options.speed !== undefined ? { speed: options.speed } : {}),
      };
}

/** Signs the demo customer in on composed services (starting their embedded simulator); returns the account id. */
export async function connectWith(
  services: Services,
  options: { label?: string; way?: 'own_app' | 'replace'; confirmedReplace?: boolean } = {},
): Promise<string> {
  await services.startSimulator();
  const started = await services.accounts.connect({
    label: options.label ?? null,
    profileId: 'demo',
    demoCallback: 'loopback',
    ...(options.way ? { way: options.way } : {}),
    ...(options.confirmedReplace ? { confirmedReplace: true } : {}),
  });
  if (started.callback !== 'loopback') throw new Error(english('cli.run.needsLoopback'));
  await driveConsent(started.authorizeUrl);
  const outcome = services.signInOutcome(started.signInId);
  if (!outcome?.ok || !outcome.accountId) throw new Error(outcome?.error ?? english('cli.run.signInUnfinished'));
  return outcome.accountId;
}

export async function connectHeadless(options: ConnectHeadlessOptions): Promise<HeadlessConnection> {
  const { latencyMs, speed, ...compose } = options.compose ?? {};
  const services = composeServices({
    dataDir: options.dataDir,
    mode: 'demo',
    demo: headlessDemo({ ...options, ...(latencyMs ? { latencyMs } : {}), ...(speed !== undefined ? { speed } : {}) }),
    sessionOnly: options.sessionOnly === true,
    ...(options.keychain ? { keychain: options.keychain } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...compose,
  });
  try {
    const accountId = await connectWith(services, options.label ? { label: options.label } : {});
    return {
      accountId,
      service: services.accounts,
      services,
      simulator: services.simulator(),
      close: () => services.close(),
    };
  } catch (error) {
    await services.close();
    // No answer from a running simulator: say which, why, and how to start it, not undici's "fetch failed".
    throw (options.apiBase ? simulatorUnreachable(new URL(options.apiBase).origin, error) : null) ?? error;
  }
}
