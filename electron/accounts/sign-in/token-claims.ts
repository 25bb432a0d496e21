// Main process (plain Node). Reads the claims the app needs from Tesla's access token (a JWT). The token
// arrived over TLS from the token endpoint, so it is decoded, not verified; the Fleet API verifies it.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { decodeScopes } from '@shared/tesla/scope-decode';
import { signInText } from './sign-in-text';

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  // A scope the doctor does not know (Tesla adds some) is kept, never a reason to refuse the token.
  scp: z.union([z.array(z.unknown()), z.string()]).transform((v) => decodeScopes(v).granted),
  ou_code: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(['NA', 'EU', 'CN'])),
  exp: z.number(),
  /** When the token was issued (seconds): the scopes are "as of" then. */
  iat: z.number().optional(),
});
export type AccessTokenClaims = z.infer<typeof ClaimsSchema>;

/** When the token was issued, as ISO time (its `iat`; `fallbackMs` when it has none). */
export function issuedAtIso(claims: AccessTokenClaims, fallbackMs: number): string {
  const ms = claims.iat !== undefined && Number.isFinite(claims.iat) ? claims.iat * 1000 : fallbackMs;
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? new Date(fallbackMs).toISOString() : date.toISOString();
}

export class TokenClaimsError extends Error {
  constructor() {
    super(signInText('sign_in_token_unreadable').message);
    this.name = 'TokenClaimsError';
  }
}

export function readAccessTokenClaims(accessToken: string): AccessTokenClaims {
  try {
    const parsed = ClaimsSchema.safeParse(decodeJwt(accessToken));
    if (parsed.success) return parsed.data;
  } catch {
    // not a JWT: fall through to the same clear error
  }
  throw new TokenClaimsError();
}
