// Main process (plain Node). Counts Fleet API requests by billing class and estimates their cost with
// Tesla's prices (reference section 6): the doctor must be frugal, and the report says what it spent.
import type { ApiUsage } from '@shared/report/report-schema';

export type UsageClass = 'data' | 'command' | 'wake' | 'auth';

/** Dollars per request (auth calls are not billed). */
export const PRICE_USD: Record<UsageClass, number> = { data: 1 / 500, command: 1 / 1000, wake: 1 / 50, auth: 0 };

export interface UsageMeter {
  /** One request sent; `status` null when no answer came (network error, timeout). */
  record(cls: UsageClass, status: number | null): void;
  snapshot(): ApiUsage;
  /** Called after each record (live counters on a screen). Returns the removal. */
  onChange(listener: (usage: ApiUsage) => void): () => void;
}

export function createUsageMeter(): UsageMeter {
  const byClass: Record<UsageClass, number> = { data: 0, command: 0, wake: 0, auth: 0 };
  // Tesla bills every answered request with a status below 500.
  let costUsd = 0;
  const listeners = new Set<(usage: ApiUsage) => void>();
  const snapshot = (): ApiUsage => ({
    requests: byClass.data + byClass.command + byClass.wake + byClass.auth,
    byClass: { ...byClass },
    estimatedCostUsd: Math.round(costUsd * 1e6) / 1e6,
  });
  return {
    record(cls, status) {
      byClass[cls] += 1;
      if (status !== null && status < 500) costUsd += PRICE_USD[cls];
      const now = snapshot();
      for (const l of listeners) l(now);
    },
    snapshot,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
