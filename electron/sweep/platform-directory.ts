// Main process (plain Node). How the sweep reaches many homes without ever holding their Tesla tokens: the
// energy platform lists its customers and lends a short-lived access token for one (never a refresh token;
// the doctor never mints or refreshes). A small port of the platform connection API (shared spec in the
// brief), so the sweep runs against the platform's client or any fake.
import { z } from 'zod';

export interface PlatformCustomer {
  ref: string;
  region: string | null;
  connected: boolean;
}

export interface BorrowedToken {
  accessToken: string;
  expiresAt: number;
  apiBase: string;
  scopes: string[];
}

/** Why the platform could not lend a token, as a sweep cause. */
export type BorrowFailure =
  | 'connection.not_connected'
  | 'connection.login_required'
  | 'connection.tesla_auth_unavailable'
  | 'connection.platform_error';

export type BorrowResult = { ok: true; token: BorrowedToken } | { ok: false; cause: BorrowFailure };

export interface PlatformDirectory {
  /** One page of the platform's customers; `nextCursor` null after the last page. */
  listCustomers(cursor?: string | null): Promise<{ customers: PlatformCustomer[]; nextCursor: string | null }>;
  borrow(ref: string): Promise<BorrowResult>;
}

const CustomersPage = z.object({
  customers: z.array(
    z.object({ ref: z.string().min(1).max(200), region: z.string().nullable().optional(), connected: z.boolean() }),
  ),
  nextCursor: z.string().nullable().optional(),
});
const Borrowed = z.object({
  accessToken: z.string().min(1),
  expiresAt: z.string(),
  apiBase: z.string().url(),
  scopes: z.array(z.string()),
});
const ErrorBody = z.object({ error: z.string(), reason: z.string().optional() }).passthrough();

export class PlatformDirectoryError extends Error {
  override name = 'PlatformDirectoryError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The platform connection API over HTTP (`<base>/v1/...`, Bearer agent key). */
export function httpPlatformDirectory(opts: {
  baseUrl: string;
  agentKey: string;
  fetch?: typeof fetch;
  pageSize?: number;
}): PlatformDirectory {
  const doFetch = opts.fetch ?? fetch;
  const base = opts.baseUrl.replace(/\/+$/, '');
  const call = async (method: 'GET' | 'POST', path: string) => {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${opts.agentKey}`, accept: 'application/json' },
      signal: AbortSignal.timeout(20_000),
    });
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      body = null;
    }
    return { status: res.status, body };
  };
  return {
    async listCustomers(cursor) {
      const q = new URLSearchParams({ limit: String(opts.pageSize ?? 500) });
      if (cursor) q.set('cursor', cursor);
      const { status, body } = await call('GET', `/v1/customers?${q}`);
      if (status === 401 || status === 403)
        throw new PlatformDirectoryError(
          'the platform refused the agent key: ask the platform for a key with the right to list customers',
          status,
        );
      const page = CustomersPage.safeParse(body);
      if (status !== 200 || !page.success)
        throw new PlatformDirectoryError(`the platform's customer list answered ${status}: try again later`, status);
      return {
        customers: page.data.customers.map((c) => ({ ref: c.ref, region: c.region ?? null, connected: c.connected })),
        nextCursor: page.data.nextCursor ?? null,
      };
    },
    async borrow(ref) {
      const { status, body } = await call('POST', `/v1/customers/${encodeURIComponent(ref)}/access-token`);
      if (status === 200) {
        const t = Borrowed.safeParse(body);
        const expiresAt = t.success ? Date.parse(t.data.expiresAt) : NaN;
        if (t.success && Number.isFinite(expiresAt)) return { ok: true, token: { ...t.data, expiresAt } };
        return { ok: false, cause: 'connection.platform_error' };
      }
      const err = ErrorBody.safeParse(body);
      const code = err.success ? err.data.error : '';
      if (status === 409 && code === 'not_connected') return { ok: false, cause: 'connection.not_connected' };
      if (status === 409 && code === 'connection_lost') return { ok: false, cause: 'connection.login_required' };
      if (status === 503 && code === 'tesla_auth_unavailable')
        return { ok: false, cause: 'connection.tesla_auth_unavailable' };
      if (status === 401 || status === 403)
        throw new PlatformDirectoryError(
          'the platform refused the agent key: ask the platform for a key with the right to borrow tokens',
          status,
        );
      return { ok: false, cause: 'connection.platform_error' };
    },
  };
}
