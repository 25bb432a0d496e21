// Main process (plain Node). Where a profile signs in and calls: Tesla's real hosts, or the embedded
// simulator's in demo mode. Facts from the Fleet API reference (auth host for the browser, the
// fleet-auth host for token calls, one Fleet API base per region).
import type { Region } from '@shared/tesla/regions';

export const TESLA_ISSUER = 'https://auth.tesla.com/oauth2/v3';
export const TESLA_AUTHORIZE_URL = 'https://auth.tesla.com/oauth2/v3/authorize';
export const TESLA_TOKEN_URL = 'https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token';
export const TESLA_REGION_BASE_URLS: Record<Region, string> = {
  NA: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
  EU: 'https://fleet-api.prd.eu.vn.cloud.tesla.com',
  CN: 'https://fleet-api.prd.cn.vn.cloud.tesla.cn',
};

/** The app's own deep-link callback (the scheme is registered with the OS). */
export const DEEP_LINK_REDIRECT_URI = 'com.teslaconnectdoctor.app://auth/callback';

export interface AuthEndpoints {
  /** The id_token's expected `iss`. */
  issuer: string;
  authorizationEndpoint: string;
  /** Where refresh goes (and the code exchange, unless a broker does it). */
  tokenEndpoint: string;
  /** A token broker that performs the code exchange with the client secret on a server. */
  brokerEndpoint: string | null;
  regionBaseUrls: Record<Region, string>;
  /** Origins besides tesla.com / tesla.cn hosts that a 421 may send us to (the simulator's, in demo). */
  trustedApiOrigins: string[];
  clientId: string;
  /** The client secret for the code exchange (from the keychain, or the demo client's); null for a broker. */
  clientSecret: string | null;
  callback: 'loopback' | 'deep-link';
  /** The registered redirect URI; for a loopback with no port, the port is chosen at run time. */
  redirectUri: string;
  scopes: string[];
  /** Plain http to 127.0.0.1 is allowed only for the embedded simulator. */
  allowInsecureHttp: boolean;
}

/** What demo mode needs from the embedded simulator. */
export interface DemoSimulatorInfo {
  origin: string;
  regionBaseUrls: Record<Region, string>;
  demoClient: { clientId: string; clientSecret: string };
  /** The installer company's own registered app (the doctor's own-app way in). */
  ownAppClient?: { clientId: string; clientSecret: string };
  /** The simulator's demo energy platform (`platform: true`): its API base and the demo agent key. */
  platform?: { baseUrl: string; agentKey: string } | null;
}
