// Test helper: many homes behind a fake platform directory and a fake Fleet API (no network), each home's
// answers chosen by its kind, to test the sweep engine's flow: borrowing, pacing, incidents, changes, stop.
import { readFileSync } from 'node:fs';
import type { BorrowResult, PlatformDirectory } from '@main/sweep/platform-directory';
import { FAKE_API } from './fake-fleet-fetch';

export type FakeHomeKind = 'healthy' | 'not_connected' | 'revoked' | 'suspended' | 'no_energy_scope' | 'no_site';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../fixtures/tesla-public/${name}.json`, import.meta.url), 'utf8')) as {
    response: unknown;
  };

export interface FakeHomes {
  directory: PlatformDirectory;
  fetch: typeof fetch;
  kinds: Map<string, FakeHomeKind>;
  /** Every Fleet API request: `${ref} ${method} ${path}`. */
  requests: string[];
  borrows: number;
  /** Answer the next request of these devices with a 429 (Retry-After seconds). */
  throttle: Map<string, number>;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export interface FakeHomesOptions {
  prefix?: string;
  pageSize?: number;
  /** Milliseconds every answer (the platform's and Tesla's) takes: the bench's round trip. */
  latencyMs?: number;
  /** Each home lists its first energy site only, no car (3 reads: products, site_info, live_status). */
  energyOnly?: boolean;
}

export function fakeHomes(kinds: FakeHomeKind[], opts: FakeHomesOptions = {}): FakeHomes {
  const delay = () => (opts.latencyMs ? new Promise<void>((r) => setTimeout(r, opts.latencyMs)) : Promise.resolve());
  const products = fixture('products');
  const energyOnly = {
    response: (products.response as Array<Record<string, unknown>>).filter((e) => 'resource_type' in e),
  };
  const pageSize = opts.pageSize ?? 7;
  const refs = kinds.map((_, i) => `${opts.prefix ?? 'c'}-${String(i + 1).padStart(4, '0')}`);
  const homes: FakeHomes = {
    kinds: new Map(refs.map((r, i) => [r, kinds[i]!])),
    requests: [],
    borrows: 0,
    throttle: new Map(),
    directory: {
      async listCustomers(cursor) {
        const start = cursor ? Number(cursor) : 0;
        const page = refs.slice(start, start + pageSize);
        const next = start + pageSize < refs.length ? String(start + pageSize) : null;
        return { customers: page.map((ref) => ({ ref, region: 'NA', connected: true })), nextCursor: next };
      },
      async borrow(ref): Promise<BorrowResult> {
        homes.borrows += 1;
        await delay();
        const kind = homes.kinds.get(ref);
        if (kind === 'not_connected') return { ok: false, cause: 'connection.not_connected' };
        const scopes = [
          'openid',
          'offline_access',
          'user_data',
          'energy_device_data',
          'energy_cmds',
          'vehicle_device_data',
        ];
        return {
          ok: true,
          token: {
            accessToken: `tok-${ref}`,
            expiresAt: Date.now() + 3_600_000,
            apiBase: FAKE_API,
            scopes: kind === 'no_energy_scope' ? scopes.filter((s) => s !== 'energy_device_data') : scopes,
          },
        };
      },
    },
    fetch: async (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      const ref = auth.replace(/^Bearer tok-/, '');
      if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      homes.requests.push(`${ref} ${init?.method ?? 'GET'} ${url.pathname}`);
      await delay();
      const throttled = homes.throttle.get(ref);
      if (throttled !== undefined) {
        homes.throttle.delete(ref);
        return json(429, { error: 'Too Many Requests' }, { 'retry-after': String(throttled) });
      }
      const kind = homes.kinds.get(ref);
      if (kind === 'revoked') return new Response('', { status: 401 });
      if (kind === 'suspended')
        return json(403, { response: null, error: 'account disabled: EXCEEDED_LIMIT', error_description: '' });
      if (url.pathname.endsWith('/products'))
        return json(200, kind === 'no_site' ? { response: [] } : opts.energyOnly ? energyOnly : products);
      if (url.pathname.endsWith('/users/me'))
        return json(200, { response: { email: `${ref}@customer.example`, full_name: 'A Customer' } });
      if (url.pathname.endsWith('/site_info')) return json(200, fixture('site_info'));
      if (url.pathname.endsWith('/live_status')) return json(200, fixture('live_status'));
      if (url.pathname.endsWith('/fleet_status'))
        return json(200, { response: { key_paired_vins: [], unpaired_vins: [] } });
      return json(404, { error: 'not_found' });
    },
  };
  return homes;
}
