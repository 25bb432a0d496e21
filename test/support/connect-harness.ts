// Test harness: an embedded simulator (auto-consent unless asked otherwise) and an AccountService wired to
// it with a fake keychain, in a fresh data dir. Every test gets its own.
import { AccountService } from '../../electron/accounts/account-service';
import { MemoryVault, type Vault } from '../../electron/infra/keychain';
import type { SignInFinishedEvent } from '../../electron/accounts/sign-in/sign-in-flow';
import { ProfileService } from '../../electron/profiles/profile-service';
import { startSimulator, type RunningSimulator } from '../../electron/simulator/index';
import { tempDir } from './temp-dir';

export interface Harness {
  sim: RunningSimulator;
  service: AccountService;
  profiles: ProfileService;
  keychain: Vault;
  dataDir: string;
  finished: SignInFinishedEvent[];
  changes: number;
  close(): Promise<void>;
}

export async function createHarness(opts: { scenario?: string; autoConsent?: boolean; keychain?: Vault; fetch?: typeof fetch } = {}): Promise<Harness> {
  const sim = await startSimulator({ scenario: opts.scenario ?? 'healthy', autoConsent: opts.autoConsent ?? true, speed: 0 });
  const { dir, remove } = tempDir('tcd-connect-');
  const keychain = opts.keychain ?? new MemoryVault();
  const profiles = new ProfileService(dir, keychain);
  const h: Harness = {
    sim,
    profiles,
    keychain,
    dataDir: dir,
    finished: [],
    changes: 0,
    service: undefined as unknown as AccountService,
    async close() {
      await h.service.close();
      await sim.close();
      remove();
    },
  };
  h.service = new AccountService({
    dataDir: dir,
    keychain,
    profiles,
    demo: () => ({ origin: sim.origin, regionBaseUrls: sim.regionBaseUrls, demoClient: { ...sim.demoClient } }),
    now: () => sim.clock.now(),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    onChanged: () => {
      h.changes += 1;
    },
    onSignInFinished: (e) => h.finished.push(e),
  });
  return h;
}

/** Plays the browser up to the redirect and returns where the simulator sends it (with code and state). */
export async function authorizeRedirect(authorizeUrl: string): Promise<string> {
  const res = await fetch(authorizeUrl, { redirect: 'manual' });
  await res.text();
  const location = res.headers.get('location');
  if (res.status !== 302 && res.status !== 303) throw new Error(`expected a redirect, got ${res.status}`);
  if (!location) throw new Error('no Location');
  return location;
}
