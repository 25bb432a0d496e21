// Main process (plain Node). What a sweep will cost, said before it starts: at most three data requests per
// energy-only home (products, site_info, live_status) plus one fleet_status per account with cars, at
// Tesla's published price ($1 per 500 data requests; energy calls may turn out free).
import { PRICE_USD } from '../fleet/usage-meter';

/** Requests a home costs at most when it has energy sites only. */
export const MAX_REQUESTS_PER_ENERGY_HOME = 3;

export interface SweepPlan {
  homes: number;
  /** Homes listed but not due (swept recently, or held by another sweep). */
  skipped: number;
  requests: number;
  costUsd: number;
}

export function sweepPlan(homes: number, skipped: number): SweepPlan {
  const requests = homes * MAX_REQUESTS_PER_ENERGY_HOME;
  return { homes, skipped, requests, costUsd: Math.round(requests * PRICE_USD.data * 100) / 100 };
}
