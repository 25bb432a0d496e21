// Main process (plain Node). The demo platform's side of Tesla: for each customer it holds one connection
// (tokens under the platform's client), refreshes it as a platform does (before handing out an access token
// that is near expiry or no longer accepted, one refresh at a time, the new refresh token kept before the
// new access token is used), and exchanges codes the doctor hands over. It talks to the simulator's token
// endpoint over HTTP, like a real backend, so scenario faults on that endpoint reach it.
import { decodeJwt } from 'jose';
import type { Region, SimAuth, SimClock } from '../sim-types';

export interface PlatformCustomerSeed {
  ref: string;
  email: string;
  region: Region;
  /** The scopes the customer granted the platform when they connected it. */
  scopes: string[];
  /** `healthy` or the root check id the simulator expects the doctor to find; null when not known. */
  expectedCause: string | null;
  /** The simulated Tesla account behind this customer. */
  auth: SimAuth;
  /**
   * Generated homes: where the platform's refreshes for this account go (its own sign-in; default the
   * simulator's token endpoint), and the home as it is now (a break or incident changes it between sweeps).
   */
  tokenUrl?: () => string;
  now?: () => { expectedCause: string | null; teslaAuthDown: boolean };
}

export interface HeldConnection {
  accessToken: string;
  refreshToken: string;
  issuedAt: number;
  expiresAt: number;
  scopes: string[];
}

export interface PlatformCustomer extends PlatformCustomerSeed {
  held: HeldConnection | null;
  /** Set when a refresh answered 401 login_required (another sign-in replaced the connection). */
  lost: 'login_required' | null;
  refreshing: Promise<void> | null;
}

export interface PlatformClient {
  clientId: string;
  clientSecret: string;
}

/** Tesla's token endpoint answered 5xx or could not be reached. */
export class TeslaAuthUnavailable extends Error {}

/** Tesla refused a code exchange (400): its `error` and `error_description`. */
export class TeslaAuthRefused extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
  ) {
    super(error);
  }
}

/** Refresh when the access token has less than this left, as platforms do. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

interface TokenBody {
  access_token: string;
  refresh_token?: string;
}

export class PlatformConnections {
  private customers: PlatformCustomer[] = [];

  constructor(
    private readonly deps: {
      clock: SimClock;
      origin: () => string;
      regionBaseUrls: () => Record<Region, string>;
      client: PlatformClient;
    },
  ) {}

  /** Connects every customer as if they had signed in at the platform before today (tokens minted). */
  async start(seeds: PlatformCustomerSeed[]): Promise<void> {
    this.customers = await Promise.all(
      seeds.map(async (seed): Promise<PlatformCustomer> => {
        let held: HeldConnection | null = null;
        try {
          held = heldFrom(await seed.auth.issueTokens(this.deps.client.clientId, seed.scopes));
        } catch {
          // No refresh token could be had (offline_access not granted): the platform holds no connection.
        }
        return { ...seed, held, lost: null, refreshing: null };
      }),
    );
  }

  list(): readonly PlatformCustomer[] {
    return this.customers;
  }

  find(ref: string): PlatformCustomer | undefined {
    return this.customers.find((c) => c.ref === ref);
  }

  /** The platform believes it can act for the customer. */
  connected(c: PlatformCustomer): boolean {
    return c.held !== null && c.lost === null;
  }

  /** The simulator's truth: the stored refresh token would still refresh. */
  alive(c: PlatformCustomer): boolean {
    return c.held !== null && c.auth.refreshWouldWork(this.deps.client.clientId, c.held.refreshToken);
  }

  /** A current access token for the customer, refreshed first when needed; null when not connected. */
  async accessFor(c: PlatformCustomer): Promise<HeldConnection | null> {
    if (!c.held || c.lost) return null;
    const now = this.deps.clock.now();
    const accepted = (await c.auth.verifyAccessToken(c.held.accessToken)).ok;
    if (accepted && c.held.expiresAt - now > REFRESH_MARGIN_MS) return c.held;
    c.refreshing ??= this.refresh(c).finally(() => {
      c.refreshing = null;
    });
    await c.refreshing;
    return c.lost ? null : c.held;
  }

  private async refresh(c: PlatformCustomer): Promise<void> {
    if (!c.held) return;
    const res = await this.post(c, {
      grant_type: 'refresh_token',
      client_id: this.deps.client.clientId,
      client_secret: this.deps.client.clientSecret,
      refresh_token: c.held.refreshToken,
    });
    if (res.status === 200) {
      const body = (await res.json()) as TokenBody;
      // Keep the new refresh token before the new access token is handed out.
      c.held = heldFrom({ ...body, refresh_token: body.refresh_token ?? c.held.refreshToken });
      return;
    }
    if (res.status === 401) {
      c.lost = 'login_required';
      return;
    }
    throw new TeslaAuthUnavailable(`token endpoint answered ${res.status}`);
  }

  /** Connect for the platform: exchange the customer's code with the platform's secret and keep the tokens. */
  async connect(c: PlatformCustomer, code: string, codeVerifier: string, redirectUri: string): Promise<string[]> {
    const res = await this.post(c, {
      grant_type: 'authorization_code',
      client_id: this.deps.client.clientId,
      client_secret: this.deps.client.clientSecret,
      code,
      code_verifier: codeVerifier,
      redirect_uri: redirectUri,
      audience: this.deps.regionBaseUrls()[c.region],
    });
    if (res.status === 200) {
      const body = (await res.json()) as TokenBody;
      if (body.refresh_token === undefined)
        throw new TeslaAuthRefused('invalid_scope', 'offline_access was not granted: no connection to keep.');
      c.held = heldFrom({ ...body, refresh_token: body.refresh_token });
      c.lost = null;
      return c.held.scopes;
    }
    if (res.status >= 500) throw new TeslaAuthUnavailable(`token endpoint answered ${res.status}`);
    const body = (await res.json().catch(() => ({}))) as { error?: unknown; error_description?: unknown };
    throw new TeslaAuthRefused(String(body.error ?? 'invalid_request'), String(body.error_description ?? ''));
  }

  private async post(c: PlatformCustomer, fields: Record<string, string>): Promise<Response> {
    try {
      return await fetch(c.tokenUrl?.() ?? `${this.deps.origin()}/oauth2/v3/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
    } catch {
      throw new TeslaAuthUnavailable('token endpoint unreachable');
    }
  }
}

function heldFrom(body: { access_token: string; refresh_token: string }): HeldConnection {
  const claims = decodeJwt(body.access_token);
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    issuedAt: (claims.iat ?? 0) * 1000,
    expiresAt: (claims.exp ?? 0) * 1000,
    scopes: Array.isArray(claims.scp) ? claims.scp.filter((s): s is string => typeof s === 'string') : [],
  };
}
