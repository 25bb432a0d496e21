// Plain Node. What `doctor sweep` and `doctor board` share: the store option (a postgres:// URL, or the
// embedded store in the data folder) and `--stale-after` durations (0s, 30m, 6h, 2d).
import { openSweepStore, type SweepStore } from '@main/sweep-store/sweep-store';
import { defaultDataDir } from '@main/infra/data-dir';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds, or null when `value` is not a duration like 0s, 90s, 30m, 6h, 2d. */
export function parseDuration(value: string): number | null {
  const m = /^(\d{1,9})(ms|s|m|h|d)$/.exec(value.trim());
  return m ? Number(m[1]) * UNIT_MS[m[2]!]! : null;
}

export function openStoreFor(values: { store?: string; 'data-dir'?: string }): Promise<SweepStore> {
  return values.store
    ? openSweepStore({ url: values.store, dataDir: values.store })
    : openSweepStore({ dataDir: values['data-dir'] ?? defaultDataDir() });
}

/** The store's address without a password, for messages. */
export function storeLabel(spec: string): string {
  try {
    const u = new URL(spec);
    u.password = '';
    return u.toString();
  } catch {
    return spec;
  }
}
