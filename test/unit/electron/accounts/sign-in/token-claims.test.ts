// The access token's claims: a scope the doctor does not know (Tesla's `email` of 2025) is read, not refused,
// and the scopes carry when the token was issued.
import { UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { issuedAtIso, readAccessTokenClaims, TokenClaimsError } from '@main/accounts/sign-in/token-claims';

const token = (claims: Record<string, unknown>) => new UnsecuredJWT(claims).encode();
const base = { sub: 'user-1', ou_code: 'na', exp: 2_000_000_000 };

describe('readAccessTokenClaims', () => {
  it('reads a token carrying a scope unknown to the doctor, keeping it', () => {
    const claims = readAccessTokenClaims(
      token({ ...base, scp: ['openid', 'offline_access', 'email', 'energy_device_data'], iat: 1_764_000_000 }),
    );
    expect(claims.scp).toEqual(['openid', 'offline_access', 'email', 'energy_device_data']);
    expect(claims.ou_code).toBe('NA');
    expect(issuedAtIso(claims, 0)).toBe(new Date(1_764_000_000_000).toISOString());
  });

  it('a scp with odd members keeps the scope names and drops the rest', () => {
    expect(readAccessTokenClaims(token({ ...base, scp: ['openid', 42, null, 'email'] })).scp).toEqual([
      'openid',
      'email',
    ]);
  });

  it('no iat: the scopes are as of the time given', () => {
    const claims = readAccessTokenClaims(token({ ...base, scp: 'openid email' }));
    expect(issuedAtIso(claims, Date.UTC(2026, 11, 5))).toBe('2026-12-05T00:00:00.000Z');
  });

  it('still refuses what is not a Tesla token', () => {
    expect(() => readAccessTokenClaims('not a jwt')).toThrow(TokenClaimsError);
    expect(() => readAccessTokenClaims(token({ sub: 'x', scp: [], ou_code: 'XX', exp: 1 }))).toThrow(TokenClaimsError);
  });
});
