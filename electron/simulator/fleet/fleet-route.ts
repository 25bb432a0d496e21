// Main process (plain Node). What a Fleet API route declares: its billing class (and so its rate
// limit), the scopes that allow it (any one of them), and which device its rate limit counts against.
import type { RateClass } from '../rate-limiter';
import type { SimWorld } from '../sim-state';
import type { AccessClaims, Region, SimAccount, SimRequest, SimResponse } from '../sim-types';

export interface FleetContext {
  world: SimWorld;
  now: number;
  claims: AccessClaims;
  account: SimAccount;
  regionBaseUrls: Record<Region, string>;
}

export interface FleetRoute {
  method: 'GET' | 'POST';
  /** Without the regional prefix, e.g. '/api/1/energy_sites/:id/site_info'. */
  pattern: string;
  billing: RateClass;
  /** The call is allowed when the token's scp holds any of these. */
  anyScope: readonly string[];
  /** The rate-limit device: a vehicle or site id, or 'account' for account-wide reads. */
  device(req: SimRequest): string;
  handler(req: SimRequest, ctx: FleetContext): SimResponse | Promise<SimResponse>;
}

/** A route that answers without a token (no scope, rate limit or region): only GET /status. */
export interface PublicRoute {
  method: 'GET';
  pattern: string;
  handler(req: SimRequest): SimResponse;
}

export const accountDevice = (): string => 'account';
export const paramDevice = (req: SimRequest): string => req.params.id ?? 'account';

/** Parses a JSON request body; null when it is not a JSON object. */
export function jsonBody(req: SimRequest): Record<string, unknown> | null {
  if (!req.rawBody.trim()) return {};
  try {
    const v: unknown = JSON.parse(req.rawBody);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
