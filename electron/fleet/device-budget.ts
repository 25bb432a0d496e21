// Main process (plain Node). Tesla's rate limits are per device, per account (reference section 6): each
// energy site and each car has its own budget; account-wide reads (products) count against the account.
// The checklist sizes its parallelism from these budgets instead of a fixed pool.
import { MAX_SOCKETS_PER_HOST } from './node-fetch';

export const TESLA_LIMITS_PER_DEVICE_PER_MINUTE = { data: 60, command: 30, wake: 3 } as const;

/**
 * How many of these data reads may be in flight at once: on each device no more than its budget for a
 * minute (a burst past it would come back 429), and in all no more than the connection pool's sockets for
 * one host (more would only queue in the pool). A diagnosis makes at most two reads per device, so every
 * read goes at once unless the account has more than ~30 sites.
 */
export function dataConcurrency(devices: readonly string[]): number {
  const perDevice = new Map<string, number>();
  for (const d of devices) perDevice.set(d, (perDevice.get(d) ?? 0) + 1);
  let allowed = 0;
  for (const n of perDevice.values()) allowed += Math.min(n, TESLA_LIMITS_PER_DEVICE_PER_MINUTE.data);
  return Math.max(1, Math.min(allowed, MAX_SOCKETS_PER_HOST));
}
