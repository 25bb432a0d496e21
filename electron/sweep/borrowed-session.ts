// Main process (plain Node). A Fleet API session on a token the platform lent for one home. The doctor
// holds no refresh token and never refreshes: a 401 stays a 401 (the diagnosis says so), so the platform's
// one live token family is never disturbed.
import type { FleetSession } from '../fleet/fleet-session';
import type { Region } from '@shared/tesla/regions';
import type { BorrowedToken } from './platform-directory';
import { UserFacingError } from '@main/ipc/handler-types';

const REGIONS = new Set<string>(['NA', 'EU', 'CN']);

export function borrowedSession(
  ref: string,
  region: string | null,
  token: BorrowedToken,
  trustedApiOrigins: string[],
): FleetSession {
  return {
    accountId: ref,
    region: (region && REGIONS.has(region) ? region : 'NA') as Region,
    apiBase: token.apiBase,
    trustedApiOrigins,
    grantedScopes: [...token.scopes],
    // The platform holds one (it lent this token): the connection check judges the token, not a refresh.
    hasRefreshToken: true,
    accessTokenExpiresAt: token.expiresAt,
    tokenProvider: {
      getAccessToken: async () => token.accessToken,
      onUnauthorized: async () => {
        throw new UserFacingError('borrowed_not_refreshed');
      },
    },
  };
}
