// Main process (plain Node). How the sweep reaches many homes without ever holding their Tesla tokens: the
// energy platform lists its customers and lends a short-lived access token for one (never a refresh token;
// the doctor never mints or refreshes). A small port of the platform connection API (shared spec in the
// brief), so the sweep runs against the platform's client or any fake.
import { PlatformError, type PlatformClient } from '../platform/platform-client';

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

/** The platform refused the agent key itself (401/403 on a borrow): no home can be swept with it. */
export function isAgentKeyRefused(e: unknown): boolean {
  return e instanceof PlatformError && (e.status === 401 || e.status === 403);
}

/** The sweep's directory over the platform's client (`electron/platform/platform-client.ts`). */
export function platformDirectoryFrom(client: PlatformClient, pageSize = 500): PlatformDirectory {
  return {
    async listCustomers(cursor) {
      const page = await client.listCustomers(cursor ?? null, pageSize);
      return {
        customers: page.customers.map((c) => ({ ref: c.ref, region: c.region, connected: c.connected })),
        nextCursor: page.nextCursor,
      };
    },
    async borrow(ref) {
      try {
        const t = await client
          .borrowAccessToken(ref)
          // No answer at all (a kept-alive connection the platform closed just then, a dropped packet): asked
          // once more, as borrowing lends the same token again; a second silence is the home's result.
          .catch((e: unknown) => {
            if (e instanceof PlatformError && e.status === 0) return client.borrowAccessToken(ref);
            throw e;
          });
        return {
          ok: true,
          token: {
            accessToken: t.accessToken,
            expiresAt: Date.parse(t.expiresAt),
            apiBase: t.apiBase,
            scopes: t.scopes,
          },
        };
      } catch (e) {
        if (!(e instanceof PlatformError)) return { ok: false, cause: 'connection.platform_error' };
        // The agent key itself refused: no home can be swept, so the sweep stops and says so.
        if (isAgentKeyRefused(e)) throw e;
        if (e.code === 'not_connected') return { ok: false, cause: 'connection.not_connected' };
        if (e.code === 'connection_lost') return { ok: false, cause: 'connection.login_required' };
        if (e.code === 'tesla_auth_unavailable') return { ok: false, cause: 'connection.tesla_auth_unavailable' };
        return { ok: false, cause: 'connection.platform_error' };
      }
    },
  };
}
