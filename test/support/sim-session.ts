// Test helper: a FleetSession for a running simulator, with tokens from `auth.issueTokens` (no browser).
// A 401 re-issues tokens, standing in for a refresh. Reused by the Fleet API, checklist and test-charge tests.
import { decodeJwt } from 'jose';
import type { FleetSession } from '@main/fleet/fleet-session';
import type { Region, RunningSimulator } from '@main/simulator';

export interface SimSessionOptions {
  /** Scopes to ask for; default: the scenario's grant. */
  scopes?: string[];
  /** Call this region's base first (a 421 then points at the right one); default: the token's ou_code. */
  region?: Region;
}

export interface SimSession extends FleetSession {
  /** How many times onUnauthorized was called. */
  refreshes(): number;
}

export async function simSession(sim: RunningSimulator, opts: SimSessionOptions = {}): Promise<SimSession> {
  const scopes = opts.scopes ?? sim.scenario.account.grantedScopes;
  const issue = async () => {
    const t = await sim.auth.issueTokens(sim.demoClient.clientId, [...scopes]);
    const claims = decodeJwt(t.access_token) as { scp?: string[]; ou_code?: Region; exp?: number; sub?: string };
    return { token: t.access_token, claims, refresh: t.refresh_token };
  };
  let current = await issue();
  let refreshes = 0;
  const region = opts.region ?? current.claims.ou_code ?? sim.scenario.account.region;
  return {
    accountId: current.claims.sub ?? 'sim-account',
    region,
    apiBase: sim.regionBaseUrls[region],
    trustedApiOrigins: Object.values(sim.regionBaseUrls),
    grantedScopes: current.claims.scp ?? [],
    hasRefreshToken: Boolean(current.refresh),
    accessTokenExpiresAt: (current.claims.exp ?? 0) * 1000,
    tokenProvider: {
      getAccessToken: async () => current.token,
      onUnauthorized: async () => {
        refreshes += 1;
        current = await issue();
      },
    },
    refreshes: () => refreshes,
  };
}
