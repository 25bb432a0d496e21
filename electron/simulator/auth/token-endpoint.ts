// Main process (plain Node). POST /oauth2/v3/token: code exchange (client secret or PKCE S256) and
// refresh-token rotation, with Tesla's error bodies.
import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AuthDeps, SimRequest, SimResponse, SimRoute } from '../sim-types';
import { authError, loginRequired, unauthorizedClient } from './auth-errors';
import type { AuthState } from './auth-state';
import { findClient, secretMatches, type SimClient } from './clients';
import { readParams } from './request-body';
import { CONSENT_SCOPES, grantedForRequest, parseScopeParam, SILENT_SCOPES } from './scopes';
import { REFRESH_GRACE_MS, type TokenIssuer } from './token-issuer';

const nonEmpty = z.string().min(1);

const codeExchangeSchema = z.object({
  client_id: nonEmpty,
  client_secret: nonEmpty.optional(),
  code: nonEmpty,
  redirect_uri: nonEmpty,
  code_verifier: nonEmpty.optional(),
  audience: nonEmpty.optional(),
});

const partnerSchema = z.object({
  client_id: nonEmpty,
  client_secret: nonEmpty,
  audience: nonEmpty,
  scope: z.string().optional(),
});

const refreshSchema = z.object({
  client_id: nonEmpty,
  client_secret: nonEmpty.optional(),
  refresh_token: nonEmpty,
});

function missing(error: z.ZodError): SimResponse {
  const names = [...new Set(error.issues.map((i) => String(i.path[0] ?? '')))].filter(Boolean);
  return authError(400, 'invalid_request', `Missing or empty parameter: ${names.join(', ')}`);
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function equalStrings(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const trimSlash = (url: string): string => url.replace(/\/+$/, '');

export function tokenRoute(deps: AuthDeps, state: AuthState, issuer: TokenIssuer): SimRoute {
  /** A wrong secret fails whatever else is right; a public (PKCE) exchange may omit it. */
  function clientFor(clientId: string, secret: string | undefined): SimClient | null {
    const client = findClient(clientId);
    if (!client) return null;
    if (secret !== undefined && !secretMatches(client, secret)) return null;
    return client;
  }

  async function exchangeCode(params: Record<string, string>): Promise<SimResponse> {
    const parsed = codeExchangeSchema.safeParse(params);
    if (!parsed.success) return missing(parsed.error);
    const p = parsed.data;
    const client = clientFor(p.client_id, p.client_secret);
    if (!client) return unauthorizedClient();

    const now = deps.clock.now();
    const record = state.codes.get(p.code);
    if (!record || record.clientId !== client.clientId) {
      return authError(400, 'invalid_auth_code', 'The authorization code is invalid, expired or already used.');
    }
    if (now > record.expiresAt) {
      state.codes.delete(p.code);
      return authError(400, 'invalid_auth_code', 'The authorization code is invalid, expired or already used.');
    }
    if (p.redirect_uri !== record.redirectUri) {
      return authError(400, 'invalid_redirect_url', 'The redirect_uri does not match the one used to authorize.');
    }
    if (record.codeChallenge !== null) {
      if (p.code_verifier === undefined || !equalStrings(s256(p.code_verifier), record.codeChallenge)) {
        return authError(400, 'invalid_request', 'The code_verifier does not match the code_challenge.');
      }
    } else if (p.client_secret === undefined) {
      // No PKCE at authorize: this is a confidential-client exchange and needs the secret.
      return unauthorizedClient();
    }
    let audience: string | null = null;
    if (p.audience !== undefined) {
      const known = issuer.audiences().map(trimSlash);
      if (!known.includes(trimSlash(p.audience))) {
        return authError(400, 'invalid_request', 'The audience is not a Fleet API base URL.');
      }
      audience = p.audience;
    }

    state.codes.delete(p.code);
    // One live connection per account and app: this sign-in disconnects whoever held the previous one.
    state.replaceFamiliesOf(client.clientId);
    const family = {
      id: randomUUID(),
      clientId: client.clientId,
      requested: record.requested,
      audience,
      authTime: now,
      revoked: false,
    };
    state.families.set(family.id, family);
    // A scenario's stale account state holds for clients signing in over HTTP too: their first sign-in is
    // the old one (its refresh token already expired, or its grant since removed); the next one works.
    const account = deps.account();
    const stale =
      !state.staleSignInIssued.has(client.clientId) &&
      (account.refreshTokenExpired === true || account.revoked === true);
    if (stale) state.staleSignInIssued.add(client.clientId);
    const body = await issuer.issue(
      family,
      record.scopes,
      record.nonce,
      undefined,
      stale && account.refreshTokenExpired === true ? { refreshExpiresAt: now } : {},
    );
    if (stale && account.revoked === true) family.revoked = true;
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body };
  }

  async function refresh(params: Record<string, string>): Promise<SimResponse> {
    const parsed = refreshSchema.safeParse(params);
    if (!parsed.success) return missing(parsed.error);
    const p = parsed.data;
    const client = clientFor(p.client_id, p.client_secret);
    if (!client) return unauthorizedClient();

    const now = deps.clock.now();
    const record = state.refreshTokens.get(p.refresh_token);
    const family = record ? state.families.get(record.familyId) : undefined;
    if (!record || !family || family.revoked || family.replaced === true || record.clientId !== client.clientId)
      return loginRequired();
    if (now >= record.expiresAt) return loginRequired();
    if (record.rotatedAt !== null && now >= record.rotatedAt + REFRESH_GRACE_MS) return loginRequired();

    record.rotatedAt ??= now;
    // Scope changes made since sign-in apply to the new access token, within what was requested then.
    const grant = state.grantOf(client.clientId) ?? deps.account().grantedScopes;
    const scopes = grantedForRequest(family.requested, grant);
    return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: await issuer.issue(family, scopes, null) };
  }

  async function partner(params: Record<string, string>): Promise<SimResponse> {
    const parsed = partnerSchema.safeParse(params);
    if (!parsed.success) return missing(parsed.error);
    const p = parsed.data;
    const client = clientFor(p.client_id, p.client_secret);
    if (!client) return unauthorizedClient();
    if (!issuer.audiences().map(trimSlash).includes(trimSlash(p.audience))) {
      return authError(400, 'invalid_request', 'The audience is not a Fleet API base URL.');
    }
    const known = new Set([...SILENT_SCOPES, ...CONSENT_SCOPES.map((c) => c.scope)]);
    const scopes = parseScopeParam(p.scope).filter((s) => known.has(s));
    return {
      status: 200,
      headers: { 'Cache-Control': 'no-store' },
      body: await issuer.issuePartner(client.clientId, scopes),
    };
  }

  return {
    method: 'POST',
    pattern: '/oauth2/v3/token',
    billing: 'auth',
    async handler(req: SimRequest): Promise<SimResponse> {
      const params = readParams(req);
      switch (params.grant_type) {
        case 'authorization_code':
          return exchangeCode(params);
        case 'refresh_token':
          return refresh(params);
        case 'client_credentials':
          return partner(params);
        case undefined:
        case '':
          return authError(400, 'invalid_request', 'Missing or empty parameter: grant_type');
        default:
          return authError(400, 'unsupported_grant_type', 'The grant_type is not supported.');
      }
    },
  };
}
