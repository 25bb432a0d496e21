// Main process (plain Node). What the account side hands the Fleet API side: where to call, as whom,
// with which grant. The token itself never leaves the provider except into an Authorization header.
import type { Region } from '@shared/tesla/regions';

export interface TokenProvider {
  /** A valid access token, refreshed first when near expiry (one refresh in flight per account). */
  getAccessToken(): Promise<string>;
  /** Called after a 401 from the Fleet API: refresh once, or mark the account "reconnect needed". */
  onUnauthorized(): Promise<void>;
}

export interface FleetSession {
  accountId: string;
  region: Region;
  /** The regional Fleet API base URL (Tesla's, or the simulator's /na, /eu, /cn in demo mode). */
  apiBase: string;
  /** Extra base URLs a 421 may redirect to besides tesla.com / tesla.cn hosts (the simulator's, in demo). */
  trustedApiOrigins: string[];
  grantedScopes: string[];
  hasRefreshToken: boolean;
  accessTokenExpiresAt: number;
  tokenProvider: TokenProvider;
  /** How the doctor reached the account (the report says it); absent for older sign-ins. */
  way?: 'platform' | 'own_app' | 'replace';
}
