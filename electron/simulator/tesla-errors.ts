// Main process (plain Node). The simulator's answers in Tesla's `{response, error, error_description}`
// body (shared/tesla/error-body.ts), with Tesla's exact texts.
import { TESLA_ERRORS } from '@shared/tesla/error-body';
import type { Region, SimResponse } from './sim-types';

export const MISSING_SCOPES = TESLA_ERRORS.missingScopes;
export const PROTOCOL_REQUIRED = TESLA_ERRORS.protocolRequired;
export const KEY_NOT_PAIRED = TESLA_ERRORS.keyNotPaired;
export const VEHICLE_UNAVAILABLE = TESLA_ERRORS.vehicleUnavailable;
export const TOKEN_EXPIRED = TESLA_ERRORS.tokenExpired;
export const TOKEN_REVOKED = TESLA_ERRORS.tokenRevoked;
/** The 410 for Time-Based Control on a site without a rate plan; Tesla's exact text is not known (inferred). */
export const NO_TARIFF_FOR_AUTONOMOUS = 'autonomous mode requires a utility rate plan (tariff) for this site';

export function ok(response: unknown, extra: Record<string, unknown> = {}): SimResponse {
  return { status: 200, body: { response, ...extra } };
}

export function fail(status: number, error: string, description = '', headers?: Record<string, string>): SimResponse {
  return { status, headers, body: { response: null, error, error_description: description } };
}

export function outOfRegion(base: string): SimResponse {
  return fail(421, `${TESLA_ERRORS.outOfRegionPrefix}${base}, ${TESLA_ERRORS.outOfRegionTail}`);
}

/** A short standard text per status, for injected faults. */
const STATUS_TEXT: Record<number, string> = {
  400: 'invalid_request',
  401: 'invalid bearer token',
  402: 'payment required',
  403: 'forbidden',
  404: 'not_found',
  408: VEHICLE_UNAVAILABLE,
  412: 'partner account not registered in this region',
  423: 'account locked',
  429: 'Too Many Requests',
  500: 'internal server error',
  502: 'bad gateway',
  503: 'service unavailable',
  504: 'gateway timeout',
  540: 'device unexpected error',
};

/** Tesla's 429 headers: `Retry-After` and the IETF `RateLimit-*` trio (seconds until the window frees). */
export function rateLimitHeaders(limit: number, retryAfterS: number): Record<string, string> {
  return {
    'Retry-After': String(retryAfterS),
    'RateLimit-Limit': String(limit),
    'RateLimit-Remaining': '0',
    'RateLimit-Reset': String(retryAfterS),
  };
}

export interface FaultAnswer {
  status: number;
  error?: string;
  errorDescription?: string;
  headers?: Record<string, string>;
  body?: unknown;
  emptyBody?: boolean;
}

/**
 * A scenario fault's answer: Tesla's body with the fault's texts (placeholders filled from `vars`), or the
 * fault's raw body, or none; a 429 carries Retry-After and RateLimit-* unless the fault overrides them.
 */
export function faultResponse(
  f: FaultAnswer,
  vars: { baseUrl: string; clientId: string } = { baseUrl: '', clientId: '' },
): SimResponse {
  const fill = (t: string) => t.replaceAll('{baseUrl}', vars.baseUrl).replaceAll('{clientId}', vars.clientId);
  const headers: Record<string, string> = { ...(f.status === 429 ? rateLimitHeaders(60, 30) : {}), ...f.headers };
  if (f.emptyBody) return { status: f.status, headers };
  if (f.body !== undefined)
    return {
      status: f.status,
      headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(f.body),
    };
  return fail(
    f.status,
    fill(f.error ?? STATUS_TEXT[f.status] ?? `error ${f.status}`),
    fill(f.errorDescription ?? ''),
    headers,
  );
}

export function regionOfPrefix(prefix: string): Region | null {
  return prefix === '/na' ? 'NA' : prefix === '/eu' ? 'EU' : prefix === '/cn' ? 'CN' : null;
}
