// Main process (plain Node). Tesla's rate limits are per device per account and shared with the platform's
// own polling (reference section 6): the sweep spends only a share of each device's minute, and when Tesla
// answers 429 it leaves that device alone for the Retry-After it asked for. Wraps the fetch the Fleet client
// uses, so every request of the diagnosis passes through it.
import { TESLA_LIMITS_PER_DEVICE_PER_MINUTE } from '../fleet/device-budget';
import { retryAfterSeconds } from '../fleet/retry-after';

const WINDOW_MS = 60_000;

interface Window {
  start: number;
  count: number;
  blockedUntil: number;
}

export interface DevicePacer {
  /** A fetch that paces by device (`home` names the account's device for account-wide reads). */
  fetchFor(home: string, inner: typeof fetch): typeof fetch;
  /** 429 answers seen. */
  rateLimited(): number;
}

/** The device a Fleet API request counts against (Tesla counts per device per account, so the home is in it). */
export function deviceOf(home: string, url: string): string {
  const path = new URL(url).pathname;
  const site = /\/energy_sites\/([^/]+)\//.exec(path);
  if (site) return `site:${home}:${site[1]}`;
  if (path.endsWith('/fleet_status')) return `cars:${home}`;
  return `account:${home}`;
}

export function createDevicePacer(opts: {
  /** The share of Tesla's per-device data budget this sweep may use (0..1], default 0.25. */
  share?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}): DevicePacer {
  const share = Math.min(1, Math.max(0.01, opts.share ?? 0.25));
  const cap = Math.max(1, Math.floor(TESLA_LIMITS_PER_DEVICE_PER_MINUTE.data * share));
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const windows = new Map<string, Window>();
  let limited = 0;

  const prune = (t: number) => {
    // Each home is read once a sweep: old windows are dropped so 10,000 homes do not pile up.
    if (windows.size < 20_000) return;
    for (const [k, w] of windows) if (t - w.start > WINDOW_MS && w.blockedUntil < t) windows.delete(k);
  };

  const take = async (device: string) => {
    for (;;) {
      const t = now();
      let w = windows.get(device);
      if (!w || t - w.start >= WINDOW_MS) {
        prune(t);
        w = { start: t, count: 0, blockedUntil: w?.blockedUntil ?? 0 };
        windows.set(device, w);
      }
      if (w.blockedUntil > t) {
        await sleep(w.blockedUntil - t);
        continue;
      }
      if (w.count >= cap) {
        await sleep(w.start + WINDOW_MS - t);
        continue;
      }
      w.count += 1;
      return;
    }
  };

  return {
    fetchFor(home, inner) {
      return async (input, init) => {
        const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        const device = deviceOf(home, url);
        await take(device);
        const res = await inner(input, init);
        if (res.status === 429) {
          limited += 1;
          const wait = retryAfterSeconds(res.headers, now()) ?? 60;
          const w = windows.get(device);
          if (w) w.blockedUntil = Math.max(w.blockedUntil, now() + wait * 1000);
        }
        return res;
      };
    },
    rateLimited: () => limited,
  };
}
