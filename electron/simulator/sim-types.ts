// Main process (plain Node). The seams between the simulator's parts: the HTTP core and Fleet API
// (server.ts, fleet/), and Tesla's sign-in (auth/). Both follow ../shared/reference/tesla-fleet-api.md.

import type { Region } from '@shared/tesla/regions';
export type { Region };
export const REGION_PREFIX: Record<Region, '/na' | '/eu' | '/cn'> = { NA: '/na', EU: '/eu', CN: '/cn' };

/** One simulated clock drives everything time-based; `speed` N runs it N times faster than real time. */
export interface SimClock {
  /** Simulated epoch milliseconds. */
  now(): number;
  readonly speed: number;
  setSpeed(speed: number): void;
  /** Jumps simulated time forward (tests, the admin API). */
  advance(ms: number): void;
  /** Resolves after `simMs` of simulated time (real time simMs / speed, or sooner when advanced). */
  sleep(simMs: number): Promise<void>;
}

export type BillingClass = 'data' | 'command' | 'wake' | 'auth' | 'admin' | 'page' | 'platform';

export interface SimRequest {
  method: string;
  /** Path without the regional prefix, e.g. '/api/1/products'. */
  path: string;
  /** The regional prefix the request came in on ('/na', '/eu', '/cn'), or '' for auth and admin routes. */
  regionPrefix: '' | '/na' | '/eu' | '/cn';
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  rawBody: string;
  /** Path parameters captured by the route pattern (':id'). */
  params: Record<string, string>;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as-is (HTML pages set their content type). */
  body?: unknown;
}

export interface SimRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** '/oauth2/v3/token', '/api/1/energy_sites/:id/site_info', ... */
  pattern: string;
  billing: BillingClass;
  handler(req: SimRequest): Promise<SimResponse> | SimResponse;
}

/** What an access token says, as the Fleet API reads it. */
export interface AccessClaims {
  sub: string;
  scp: string[];
  ou_code: Region;
  aud: string[];
  azp: string;
  iat: number;
  exp: number;
}

export type TokenCheck =
  { ok: true; claims: AccessClaims } | { ok: false; reason: 'missing' | 'invalid' | 'expired' | 'revoked' };

/** The simulated customer, from the scenario's `account`. */
export interface SimAccount {
  sub: string;
  region: Region;
  /** Scopes the customer grants when consent is automatic (`--auto-consent`), and the default grant. */
  grantedScopes: string[];
  email: string;
  fullName: string;
  /**
   * Scenario "expired-refresh-token": every refresh token this customer holds is past its 3 months, so
   * a refresh answers 401 login_required (sim-auth honours it; added by sim-core).
   */
  refreshTokenExpired?: boolean;
  /** Scenario "access-revoked": the customer removed the app; held tokens answer 401 "token revoked". */
  revoked?: boolean;
  /** An expired access token's 401: no body (default) or `{"error":"token expired (401)"}`. */
  expiredTokenBody?: 'empty' | 'json';
  /** users/orders entries (raw). */
  orders?: Record<string, unknown>[];
}

export interface AuthDeps {
  clock: SimClock;
  account: () => SimAccount;
  /** The simulator's origin, e.g. http://127.0.0.1:4321 (auth routes live at its root). */
  origin: () => string;
  /** Regional Fleet API base URLs (origin + '/na' ...), listed in the token's `aud`. */
  regionBaseUrls: () => Record<Region, string>;
  autoConsent: () => boolean;
}

/** The auth part of the simulator (auth/index.ts builds it). */
export interface SimAuth {
  routes: SimRoute[];
  /** Checks a Bearer token for the Fleet API: signature, expiry, and the grant not revoked. */
  verifyAccessToken(token: string | undefined): Promise<TokenCheck>;
  /** The scopes the customer currently grants this client (consent page or /user/revoke/consent changes it). */
  grantedScopes(clientId: string): string[];
  /** Test and admin hook: replace the customer's grant (e.g. untick a box) as the consent page would. */
  setGrant(clientId: string, scopes: string[] | null): void;
  /**
   * Issues a token pair for the scenario's customer as a completed sign-in would (for benchmarks and tests
   * that start with tokens held). Returns Tesla's token response body. It stands for tokens already held,
   * so unlike a code exchange it does not replace other holders' families (tests mint several at once).
   */
  issueTokens(
    clientId: string,
    scopes: string[],
  ): Promise<{
    access_token: string;
    refresh_token: string;
    id_token: string;
    expires_in: number;
    token_type: 'Bearer';
  }>;
  /**
   * The simulator's truth for a holder's refresh token: a refresh with it would succeed now. Checked
   * without using it up (the demo platform's `connectionAlive`).
   */
  refreshWouldWork(clientId: string, refreshToken: string): boolean;
  /** Forget all codes, tokens and grants (admin reset). */
  reset(): void;
}
