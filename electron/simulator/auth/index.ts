// Main process (plain Node). The simulator's Tesla sign-in: consent screen, token endpoint, discovery and
// JWKS, consent management. sim-core's server mounts `routes` at the origin root (see ../sim-types.ts).
import { randomUUID } from 'node:crypto';
import type { AuthDeps, SimAuth } from '../sim-types';
import { AuthState } from './auth-state';
import { authorizeRoutes } from './authorize-route';
import { findClient } from './clients';
import { discoveryRoutes } from './discovery-routes';
import { manageConsentRoutes } from './manage-consent-route';
import { consentScopesOf, grantedForRequest, SILENT_SCOPES } from './scopes';
import { createSigningKeys, type SigningKeys } from './signing-keys';
import { tokenRoute } from './token-endpoint';
import { REFRESH_GRACE_MS, REFRESH_TOKEN_TTL_MS, TokenIssuer } from './token-issuer';

export { DEMO_CLIENT, INSTALLER_CLIENT, APP_SCHEME } from './clients';
export { JWKS_PATH } from './discovery-routes';
export { MANAGE_CONSENT_PATH } from './manage-consent-route';
export { CODE_TTL_MS } from './authorize-route';

/** One simulator's signing key, made on first use; a failure surfaces on the request that needed it and is retried. */
export function sharedSigningKeys(): () => Promise<SigningKeys> {
  let keysPromise: Promise<SigningKeys> | null = null;
  return () => {
    keysPromise ??= createSigningKeys().catch((error: unknown) => {
      keysPromise = null;
      throw error;
    });
    return keysPromise;
  };
}

/**
 * `opts.keys`: the simulator's signing key when several accounts share one Tesla (generated homes); by
 * default each sign-in makes its own, one per simulator instance.
 */
export function createSimAuth(deps: AuthDeps, opts: { keys?: () => Promise<SigningKeys> } = {}): SimAuth {
  const state = new AuthState();
  const keys = opts.keys ?? sharedSigningKeys();
  // Start making it now so the first sign-in does not wait for it.
  keys().catch(() => undefined);
  const issuer = new TokenIssuer(deps, state, keys);

  return {
    routes: [
      ...authorizeRoutes(deps, state),
      tokenRoute(deps, state, issuer),
      ...discoveryRoutes(deps, keys),
      ...manageConsentRoutes(deps, state),
    ],
    verifyAccessToken: (token) => issuer.verify(token),
    grantedScopes: (clientId) => state.grantOf(clientId) ?? consentScopesOf(deps.account().grantedScopes),
    setGrant: (clientId, scopes) => state.setGrant(clientId, scopes === null ? null : consentScopesOf(scopes)),
    async issueTokens(clientId, scopes) {
      if (!findClient(clientId))
        throw new Error(`Unknown client_id "${clientId}": the simulator knows only its registered clients.`);
      // As a sign-in where the customer ticked exactly the requested boxes (plus openid/offline_access).
      const requested = [...new Set([...SILENT_SCOPES, ...scopes])];
      const consented = consentScopesOf(requested);
      const previous = state.grantOf(clientId) ?? consentScopesOf(deps.account().grantedScopes);
      state.setGrant(clientId, [...new Set([...previous, ...consented])]);
      // Scenario "expired-refresh-token": the tokens held come from a sign-in more than three months ago,
      // so both are past expiry; a fresh sign-in through the consent screen still works.
      const now = deps.clock.now();
      const at = deps.account().refreshTokenExpired === true ? now - REFRESH_TOKEN_TTL_MS - 60 * 60 * 1000 : now;
      // Scenario "access-revoked": the customer has since removed the app, so the held tokens are dead.
      const family = {
        id: randomUUID(),
        clientId,
        requested,
        audience: null,
        authTime: at,
        revoked: deps.account().revoked === true,
      };
      state.families.set(family.id, family);
      // The held tokens are the old sign-in: the next sign-in over HTTP (the fix) works.
      if (deps.account().refreshTokenExpired === true || deps.account().revoked === true)
        state.staleSignInIssued.add(clientId);
      const body = await issuer.issue(family, grantedForRequest(requested, consented), null, at);
      if (body.refresh_token === undefined) throw new Error('offline_access was not granted');
      return { ...body, refresh_token: body.refresh_token };
    },
    refreshWouldWork(clientId, refreshToken) {
      // The same conditions as the token endpoint's refresh, read only.
      const record = state.refreshTokens.get(refreshToken);
      const family = record ? state.families.get(record.familyId) : undefined;
      if (!record || !family || family.revoked || family.replaced === true || record.clientId !== clientId)
        return false;
      const now = deps.clock.now();
      if (now >= record.expiresAt) return false;
      return record.rotatedAt === null || now < record.rotatedAt + REFRESH_GRACE_MS;
    },
    reset: () => state.reset(),
  };
}
