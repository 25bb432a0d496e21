// Main process (plain Node). Reads the claims the app needs from Tesla's access token (a JWT). The token
// arrived over TLS from the token endpoint, so it is decoded, not verified; the Fleet API verifies it.
import { decodeJwt } from 'jose';
import { z } from 'zod';
import { signInText } from './sign-in-text';

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  scp: z.union([z.array(z.string()), z.string().transform((s) => s.split(' ').filter(Boolean))]),
  ou_code: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(['NA', 'EU', 'CN'])),
  exp: z.number(),
});
export type AccessTokenClaims = z.infer<typeof ClaimsSchema>;

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
