// Main process (plain Node). The doctor's client of the platform connection API (README "Platform
// connection API"): find a customer, borrow a short-lived access token, hand over a sign-in for the
// platform to keep, and take site leases. Every failure is a UserFacingError that says what the answer
// means and who acts; the agent key and tokens never appear in one.
import { z } from 'zod';
import { UserFacingError, type ErrorKey } from '@main/ipc/handler-types';
import type { TextParams } from '@shared/text/text-ref';

export interface PlatformClientOptions {
  /** The platform API's base, e.g. `http://127.0.0.1:4321/platform` (the simulator's demo platform). */
  baseUrl: string;
  /** The support agent's key (from the keychain, or TCD_PLATFORM_KEY in headless runs). */
  agentKey: string;
  fetch?: typeof fetch;
  /** Milliseconds before a call is given up (default 15 s). */
  timeoutMs?: number;
}

const Region = z.enum(['NA', 'EU', 'CN']);
const CustomerSchema = z.object({
  ref: z.string().min(1).max(200),
  email: z.string().max(320),
  region: Region,
  connected: z.boolean(),
});
export type PlatformCustomer = z.infer<typeof CustomerSchema>;

const PageSchema = z.object({ customers: z.array(CustomerSchema), nextCursor: z.string().nullable() });
export type CustomerPage = z.infer<typeof PageSchema>;

const BorrowSchema = z.object({
  accessToken: z.string().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
  apiBase: z.url(),
  scopes: z.array(z.string()),
  issuedAt: z.iso.datetime({ offset: true }),
});
/** A borrowed access token: memory only, never refreshed by the doctor, dropped at the end of the visit. */
export type BorrowedToken = z.infer<typeof BorrowSchema>;

const AuthorizeSchema = z.object({
  clientId: z.string().min(1),
  authorizeUrl: z.url(),
  scopes: z.array(z.string()),
  redirectUri: z.string().min(1),
});
export type AuthorizeParams = z.infer<typeof AuthorizeSchema>;

const ConnectedSchema = z.object({ connected: z.literal(true), scopes: z.array(z.string()) });
const LeaseSchema = z.object({ leaseId: z.string().min(1), expiresAt: z.iso.datetime({ offset: true }) });
export type SiteLease = z.infer<typeof LeaseSchema>;

const ProblemSchema = z.looseObject({
  error: z.string().max(200).optional(),
  reason: z.string().max(200).optional(),
  holder: z.string().max(200).optional(),
  expiresAt: z.string().max(64).optional(),
});
type Problem = z.infer<typeof ProblemSchema>;

/** A refusal or failure of the platform, said plainly; `code` is the platform's `error` for callers. */
export class PlatformError extends UserFacingError {
  constructor(
    key: ErrorKey,
    params: TextParams,
    readonly status: number,
    readonly code: string,
    /** `connection_lost`: why (e.g. `login_required`); `lease_held`: who holds the site and until when. */
    readonly detail: { reason?: string; holder?: string; expiresAt?: string } = {},
  ) {
    super(key, params);
    this.name = 'PlatformError';
  }
}

export interface PlatformClient {
  readonly baseUrl: string;
  /** Customers whose e-mail or reference is `query` (every page of the answer). */
  findCustomers(query: string): Promise<PlatformCustomer[]>;
  /** One page of every customer (the sweep); pass the previous page's `nextCursor`. */
  listCustomers(cursor?: string | null, limit?: number): Promise<CustomerPage>;
  getCustomer(ref: string): Promise<PlatformCustomer>;
  borrowAccessToken(ref: string): Promise<BorrowedToken>;
  authorizeParams(): Promise<AuthorizeParams>;
  connectForPlatform(
    ref: string,
    handover: { code: string; codeVerifier: string; redirectUri: string },
  ): Promise<{ connected: true; scopes: string[] }>;
  takeSiteLease(energySiteId: number | string, holder: string, ttlSeconds: number): Promise<SiteLease>;
  renewSiteLease(energySiteId: number | string, leaseId: string, ttlSeconds?: number): Promise<SiteLease>;
  releaseSiteLease(energySiteId: number | string, leaseId: string): Promise<void>;
}

/** At most this many pages are followed for one search (a search names one customer; this is a guard). */
const MAX_SEARCH_PAGES = 20;

export function createPlatformClient(opts: PlatformClientOptions): PlatformClient {
  const baseUrl = opts.baseUrl.replace(/\/+$/, '');
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const host = hostOf(baseUrl);

  async function call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    schema: z.ZodType<T> | null,
    body?: unknown,
    ctx: { customer?: string } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${opts.agentKey}`, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await doFetch(`${baseUrl}/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new PlatformError('platform_unreachable', { host, why: whyUnreachable(error) }, 0, 'unreachable');
    }
    const text = await res.text().catch(() => '');
    if (res.ok) {
      if (schema === null) return undefined as T;
      const parsed = schema.safeParse(parseJson(text));
      if (!parsed.success) throw new PlatformError('platform_unreadable', {}, res.status, 'unreadable');
      return parsed.data;
    }
    const problem = ProblemSchema.safeParse(parseJson(text));
    throw refusal(res.status, problem.success ? problem.data : {}, ctx);
  }

  const enc = encodeURIComponent;
  const site = (id: number | string) => enc(String(id));

  return {
    baseUrl,
    async findCustomers(query) {
      const found: PlatformCustomer[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < MAX_SEARCH_PAGES; page++) {
        const q = new URLSearchParams({ query, limit: '500' });
        if (cursor !== null) q.set('cursor', cursor);
        const answer: CustomerPage = await call('GET', `/customers?${q.toString()}`, PageSchema);
        found.push(...answer.customers);
        cursor = answer.nextCursor;
        if (cursor === null) break;
      }
      return found;
    },
    listCustomers(cursor, limit = 500) {
      const q = new URLSearchParams({ limit: String(limit) });
      if (cursor) q.set('cursor', cursor);
      return call('GET', `/customers?${q.toString()}`, PageSchema);
    },
    getCustomer: (ref) => call('GET', `/customers/${enc(ref)}`, CustomerSchema, undefined, { customer: ref }),
    borrowAccessToken: (ref) =>
      call('POST', `/customers/${enc(ref)}/access-token`, BorrowSchema, undefined, { customer: ref }),
    authorizeParams: () => call('GET', '/authorize', AuthorizeSchema),
    connectForPlatform: (ref, handover) =>
      call('POST', `/customers/${enc(ref)}/connection`, ConnectedSchema, handover, { customer: ref }),
    takeSiteLease: (id, holder, ttlSeconds) =>
      call('POST', `/sites/${site(id)}/lease`, LeaseSchema, { holder, ttlSeconds }),
    renewSiteLease: (id, leaseId, ttlSeconds) =>
      call(
        'PUT',
        `/sites/${site(id)}/lease/${enc(leaseId)}`,
        LeaseSchema,
        ttlSeconds === undefined ? {} : { ttlSeconds },
      ),
    releaseSiteLease: (id, leaseId) => call('DELETE', `/sites/${site(id)}/lease/${enc(leaseId)}`, null),
  };
}

/** What a refusal means and who acts, by status and the platform's `error`. */
function refusal(status: number, p: Problem, ctx: { customer?: string }): PlatformError {
  const code = p.error ?? `http_${status}`;
  if (status === 401) return new PlatformError('platform_key_invalid', {}, status, code);
  if (status === 403) return new PlatformError('platform_forbidden', {}, status, code);
  if (status === 404 && code === 'unknown_customer')
    return new PlatformError('platform_unknown_customer', { customer: ctx.customer ?? '' }, status, code);
  if (status === 404 && code === 'unknown_lease') return new PlatformError('platform_lease_gone', {}, status, code);
  if (status === 409 && code === 'not_connected') return new PlatformError('platform_not_connected', {}, status, code);
  if (status === 409 && code === 'connection_lost')
    return new PlatformError('platform_connection_lost', { reason: p.reason ?? 'login_required' }, status, code, {
      reason: p.reason,
    });
  if (status === 409 && code === 'lease_held')
    return new PlatformError(
      'platform_lease_held',
      { holder: p.holder ?? '?', until: p.expiresAt ?? '?' },
      status,
      code,
      { holder: p.holder, expiresAt: p.expiresAt },
    );
  if (status === 503 && code === 'tesla_auth_unavailable')
    return new PlatformError('platform_tesla_auth_unavailable', {}, status, code);
  return new PlatformError('platform_refused', { status, error: code }, status, code);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}

/** The network failure in a few words, never the request (it carries the agent key in a header only). */
function whyUnreachable(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string } } | null;
  if (e?.name === 'TimeoutError') return 'no answer in time';
  const code = e?.cause?.code;
  return typeof code === 'string' && /^[A-Z_]{2,30}$/.test(code) ? code : 'connection failed';
}
