// Test helper: a Fleet API client for a simulator running in this process, with a token from its
// sign-in (no browser), and a run clock that moves the simulator's paused clock instead of sleeping.
import { createFleetClient, type FleetClient } from '@main/fleet/fleet-client';
import type { FleetSession } from '@main/fleet/fleet-session';
import type { RunningSimulator } from '@main/simulator';
import type { RunClock } from '@main/test-charge/run-clock';

export const ALL_ENERGY_SCOPES = ['openid', 'offline_access', 'user_data', 'energy_device_data', 'energy_cmds'];

export async function simSession(sim: RunningSimulator, scopes: string[] = ALL_ENERGY_SCOPES): Promise<FleetSession> {
  const tokens = await sim.auth.issueTokens(sim.demoClient.clientId, scopes);
  return {
    accountId: 'sim-account',
    region: 'NA',
    apiBase: sim.regionBaseUrls.NA,
    trustedApiOrigins: [sim.origin],
    grantedScopes: scopes,
    hasRefreshToken: true,
    accessTokenExpiresAt: sim.clock.now() + tokens.expires_in * 1000,
    tokenProvider: { getAccessToken: async () => tokens.access_token, onUnauthorized: async () => {} },
  };
}

export async function simClient(
  sim: RunningSimulator,
  opts: { timeoutMs?: number; scopes?: string[] } = {},
): Promise<{ client: FleetClient; session: FleetSession }> {
  const session = await simSession(sim, opts.scopes);
  const client = createFleetClient(session, {
    timeoutMs: opts.timeoutMs ?? 5_000,
    // 429s are left to the test's own backoff, which waits on the simulated clock.
    retry: { maxRetries: 0 },
  });
  return { client, session };
}

/** Sleeping moves the (paused) simulated clock forward at once: a 5-minute test takes milliseconds. */
export function advancingClock(sim: RunningSimulator): RunClock {
  return {
    now: () => sim.clock.now(),
    async sleep(ms, signal) {
      if (signal?.aborted) return;
      sim.clock.advance(Math.max(0, ms));
      await new Promise<void>((r) => setImmediate(r));
    },
  };
}

/** The customer's four settings as the simulator holds them (admin view, not the Fleet API). */
export function simSettings(sim: RunningSimulator, siteId = 0) {
  const site = siteId ? sim.admin.state().sites.find((s) => s.energySiteId === siteId) : sim.admin.state().sites[0];
  if (!site) throw new Error('no such site in the simulator');
  const { storm_mode_enabled: _storm, ...settings } = site.settings;
  return settings;
}
