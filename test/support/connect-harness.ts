// Test harness: the app's composed services (compose-services.ts) with an embedded simulator on a paused
// clock (auto-consent unless asked otherwise) and a fake keychain, in a fresh data dir. Every test gets its own.
import type { AccountService } from '@main/accounts/account-service';
import { composeServices, type Services } from '@main/app/compose-services';
import { MemoryVault, type Vault } from '@main/infra/keychain';
import type { SignInFinishedEvent } from '@main/accounts/sign-in/sign-in-flow';
import type { ProfileService } from '@main/profiles/profile-service';
import type { RunningSimulator } from '@main/simulator/index';
import { tempDir } from './temp-dir';

export interface Harness {
  sim: RunningSimulator;
  services: Services;
  service: AccountService;
  profiles: ProfileService;
  keychain: Vault;
  dataDir: string;
  finished: SignInFinishedEvent[];
  changes: number;
  close(): Promise<void>;
}

export async function createHarness(
  opts: { scenario?: string; autoConsent?: boolean; keychain?: Vault; fetch?: typeof fetch } = {},
): Promise<Harness> {
  const { dir, remove } = tempDir('tcd-connect-');
  const keychain = opts.keychain ?? new MemoryVault();
  const services = composeServices({
    dataDir: dir,
    mode: 'demo',
    demo: { kind: 'embedded', scenario: opts.scenario ?? 'healthy', autoConsent: opts.autoConsent ?? true, speed: 0 },
    keychain,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  const sim = await services.startSimulator().catch(async (error: unknown) => {
    remove();
    throw error;
  });
  if (!sim) throw new Error('the embedded simulator did not start');
  const h: Harness = {
    sim,
    services,
    service: services.accounts,
    profiles: services.profiles,
    keychain,
    dataDir: dir,
    finished: [],
    changes: 0,
    async close() {
      await services.close();
      remove();
    },
  };
  services.events.addSink((event, payload) => {
    if (event === 'accounts:changed') h.changes += 1;
    if (event === 'accounts:signInFinished') h.finished.push(payload as SignInFinishedEvent);
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
