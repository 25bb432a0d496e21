// Main process (plain Node). A complete customer connection without a window, for the CLI, tests and
// benchmarks: reaches (or starts) the simulator, runs the real sign-in through the loopback callback with
// the consent given automatically, and stores the account as the app would.
import type { DemoSimulatorInfo } from '../accounts/sign-in/endpoints';
import { driveConsent } from '../accounts/sign-in/consent-driver';
import type { SignInFinishedEvent } from '../accounts/sign-in/sign-in-flow';
import { ProfileService } from '../profiles/profile-service';
import { DEFAULT_SCENARIO, DEMO_CLIENT, startSimulator, type RunningSimulator } from '../simulator/index';
import { AccountService } from '../accounts/account-service';
import { KeyringVault, MemoryVault, type Vault } from '../infra/keychain';
import { simulatorUnreachable } from '../infra/network-failure';

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
}

export interface HeadlessConnection {
  accountId: string;
  service: AccountService;
  /** The embedded simulator, when one was started (null with apiBase). */
  simulator: RunningSimulator | null;
  close(): Promise<void>;
}

export function simulatorInfoFor(apiBase: string): DemoSimulatorInfo {
  const origin = new URL(apiBase).origin;
  return { origin, regionBaseUrls: { NA: `${origin}/na`, EU: `${origin}/eu`, CN: `${origin}/cn` }, demoClient: { ...DEMO_CLIENT } };
}

export async function connectHeadless(options: ConnectHeadlessOptions): Promise<HeadlessConnection> {
  const simulator = options.apiBase ? null : await startSimulator({ scenario: options.scenario ?? DEFAULT_SCENARIO, autoConsent: true });
  const demo: DemoSimulatorInfo = simulator
    ? { origin: simulator.origin, regionBaseUrls: simulator.regionBaseUrls, demoClient: { ...simulator.demoClient } }
    : simulatorInfoFor(options.apiBase ?? '');
  const keychain = options.keychain ?? (options.sessionOnly ? new MemoryVault() : new KeyringVault());
  const finished = new Map<string, SignInFinishedEvent>();
  const service = new AccountService({
    dataDir: options.dataDir,
    keychain,
    profiles: new ProfileService(options.dataDir, keychain),
    demo: () => demo,
    ...(simulator ? { now: () => simulator.clock.now() } : {}),
    onSignInFinished: (e) => finished.set(e.signInId, e),
  });
  const close = async () => {
    await service.close();
    await simulator?.close();
  };
  try {
    if (options.sessionOnly) service.setSessionOnly(true);
    const started = await service.connect({ label: options.label ?? null, profileId: 'demo', demoCallback: 'loopback' });
    if (started.callback !== 'loopback') throw new Error('The headless connect needs the Demo profile’s loopback callback.');
    await driveConsent(started.authorizeUrl);
    const outcome = finished.get(started.signInId);
    if (!outcome?.ok || !outcome.accountId) throw new Error(outcome?.error ?? 'The sign-in did not finish.');
    return { accountId: outcome.accountId, service, simulator, close };
  } catch (error) {
    await close();
    // No answer from a running simulator: say which, why, and how to start it, not undici's "fetch failed".
    throw (simulator ? null : simulatorUnreachable(demo.origin, error)) ?? error;
  }
}
