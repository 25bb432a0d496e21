// Main process (plain Node). Mints and checks the simulator's tokens: RS256 access and ID tokens shaped as
// Tesla's, opaque region-prefixed refresh tokens. All times come from the simulated clock.
import { randomBytes, randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import type { AccessClaims, AuthDeps, TokenCheck } from '../sim-types';
import type { AuthState, TokenFamily } from './auth-state';
import type { SigningKeys } from './signing-keys';

export const ACCESS_TOKEN_TTL_S = 8 * 60 * 60;
/** Refresh tokens live about three months (reference section 1). */
export const REFRESH_TOKEN_TTL_MS = 90 * 24 * 60 * 60 * 1000;
/** A rotated-out refresh token keeps working this long after it was first used. */
export const REFRESH_GRACE_MS = 24 * 60 * 60 * 1000;

export interface TokenResponseBody {
  access_token: string;
  refresh_token?: string;
  id_token: string;
  expires_in: number;
  token_type: 'Bearer';
}

const accessClaimsSchema = z.object({
  sub: z.string(),
  scp: z.array(z.string()),
  ou_code: z.enum(['NA', 'EU', 'CN']),
  aud: z.array(z.string()),
  azp: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
  jti: z.string(),
});

export function authIssuer(origin: string): string {
  return `${origin}/oauth2/v3`;
}

/** Tesla's access tokens name a separate issuer path from the OpenID issuer; kept for fidelity. */
function accessIssuer(origin: string): string {
  return `${authIssuer(origin)}/nts`;
}

export class TokenIssuer {
  constructor(
    private readonly deps: AuthDeps,
    private readonly state: AuthState,
    private readonly keys: () => Promise<SigningKeys>,
  ) {}

  /** The regional Fleet API base URLs, then the origin: the access token's `aud`. */
  audiences(): string[] {
    const bases = Object.values(this.deps.regionBaseUrls());
    return [...new Set([...bases, this.deps.origin()])];
  }

  /**
   * Mints an access token (and a refresh token when `offline_access` is among `scopes`) for a family.
   * `now` may lie in the past to hand out tokens from an old sign-in (scenario "expired-refresh-token").
   */
  async issue(
    family: TokenFamily,
    scopes: string[],
    nonce: string | null,
    now = this.deps.clock.now(),
    opts: { refreshExpiresAt?: number } = {},
  ): Promise<TokenResponseBody> {
    const keys = await this.keys();
    const iat = Math.floor(now / 1000);
    const exp = iat + ACCESS_TOKEN_TTL_S;
    const account = this.deps.account();
    const origin = this.deps.origin();
    const jti = randomUUID();
    const header = { alg: 'RS256', kid: keys.kid, typ: 'JWT' } as const;

    const access_token = await new SignJWT({
      iss: accessIssuer(origin),
      azp: family.clientId,
      sub: account.sub,
      aud: this.audiences(),
      scp: scopes,
      ou_code: account.region,
      auth_time: Math.floor(family.authTime / 1000),
      iat,
      exp,
      jti,
    })
      .setProtectedHeader(header)
      .sign(keys.privateKey);
    this.state.accessTokens.set(jti, { familyId: family.id, expiresAt: exp * 1000 });
    this.state.prune(this.deps.clock.now(), REFRESH_GRACE_MS);

    const id_token = await new SignJWT({
      iss: authIssuer(origin),
      aud: family.clientId,
      azp: family.clientId,
      sub: account.sub,
      auth_time: Math.floor(family.authTime / 1000),
      iat,
      exp,
      ...(nonce !== null ? { nonce } : {}),
    })
      .setProtectedHeader(header)
      .sign(keys.privateKey);

    const body: TokenResponseBody = { access_token, id_token, expires_in: ACCESS_TOKEN_TTL_S, token_type: 'Bearer' };
    if (scopes.includes('offline_access')) {
      const refreshToken = `${account.region}_${randomBytes(32).toString('hex')}`;
      this.state.refreshTokens.set(refreshToken, {
        familyId: family.id,
        clientId: family.clientId,
        expiresAt: opts.refreshExpiresAt ?? now + REFRESH_TOKEN_TTL_MS,
        rotatedAt: null,
      });
      body.refresh_token = refreshToken;
    }
    return body;
  }

  /**
   * A partner token (`client_credentials`): the application itself, no customer, so no `ou_code` and no
   * refresh token; `sub` is the client id (inferred). The Fleet API's customer endpoints refuse it.
   */
  async issuePartner(
    clientId: string,
    scopes: string[],
  ): Promise<{ access_token: string; expires_in: number; token_type: 'Bearer' }> {
    const keys = await this.keys();
    const iat = Math.floor(this.deps.clock.now() / 1000);
    const access_token = await new SignJWT({
      iss: accessIssuer(this.deps.origin()),
      azp: clientId,
      sub: clientId,
      aud: this.audiences(),
      scp: scopes,
      iat,
      exp: iat + ACCESS_TOKEN_TTL_S,
      jti: randomUUID(),
    })
      .setProtectedHeader({ alg: 'RS256', kid: keys.kid, typ: 'JWT' })
      .sign(keys.privateKey);
    return { access_token, expires_in: ACCESS_TOKEN_TTL_S, token_type: 'Bearer' };
  }

  async verify(token: string | undefined): Promise<TokenCheck> {
    const raw = (token ?? '').replace(/^Bearer\s+/i, '').trim();
    if (raw === '') return { ok: false, reason: 'missing' };
    const keys = await this.keys();
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(raw, keys.publicKey, {
        algorithms: ['RS256'],
        issuer: accessIssuer(this.deps.origin()),
        currentDate: new Date(this.deps.clock.now()),
      }));
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
    const parsed = accessClaimsSchema.safeParse(payload);
    if (!parsed.success) return { ok: false, reason: 'invalid' };
    const record = this.state.accessTokens.get(parsed.data.jti);
    const family = record ? this.state.families.get(record.familyId) : undefined;
    if (!family || family.revoked) return { ok: false, reason: 'revoked' };
    // Whether Tesla stops a replaced family's access tokens at once is not confirmed (vehicle-command #160):
    // inferred here as at once, the harder case for a client, with the same 401 as a removed grant.
    if (family.replaced === true) return { ok: false, reason: 'revoked' };
    const { jti: _jti, ...claims } = parsed.data;
    return { ok: true, claims: claims satisfies AccessClaims };
  }
}
