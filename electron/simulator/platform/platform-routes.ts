// Main process (plain Node). The platform connection API (README "Platform connection API") under
// /platform/v1, as an energy platform's backend serves it to support agents, and the simulator's admin view
// of the platform's connections (`GET /__sim/platform/customers`).
import { z } from 'zod';
import { jsonBody } from '../fleet/fleet-route';
import type { Region, SimRequest, SimResponse, SimRoute } from '../sim-types';
import { agentRights, type AgentRight } from './platform-agents';
import {
  TeslaAuthRefused,
  TeslaAuthUnavailable,
  type PlatformConnections,
  type PlatformCustomer,
} from './platform-connections';
import type { Lease, SiteLeases } from './platform-leases';

export const PLATFORM_PREFIX = '/platform/v1';

/** What the platform asks Tesla for when a customer connects (its app's consent boxes). */
export const PLATFORM_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_charging_cmds',
  'energy_device_data',
  'energy_cmds',
];

export interface PlatformRouteDeps {
  connections: PlatformConnections;
  leases: SiteLeases;
  clientId: string;
  origin: () => string;
  regionBaseUrls: () => Record<Region, string>;
  /** The platform's registered redirect (the app's custom scheme; loopback redirects are registered too). */
  redirectUri: string;
  /** Resolves when the platform's connections are in place (after start or reset). */
  ready: () => Promise<void>;
}

const json = (status: number, body: unknown): SimResponse => ({
  status,
  headers: { 'Cache-Control': 'no-store' },
  body,
});
const problem = (status: number, error: string, description: string, extra: Record<string, unknown> = {}) =>
  json(status, { error, error_description: description, ...extra });

const ConnectBody = z.object({
  code: z.string().min(1).max(2048),
  codeVerifier: z.string().min(43).max(128),
  redirectUri: z.string().min(1).max(2048),
});
const LeaseBody = z.object({
  holder: z.string().min(1).max(200),
  ttlSeconds: z.number().int().min(1).max(86_400),
});
const RenewBody = z.object({ ttlSeconds: z.number().int().min(1).max(86_400).optional() });

function view(connections: PlatformConnections, c: PlatformCustomer) {
  return { ref: c.ref, email: c.email, region: c.region, connected: connections.connected(c) };
}

const leaseView = (lease: Lease) => ({ leaseId: lease.leaseId, expiresAt: new Date(lease.expiresAt).toISOString() });

export function platformRoutes(deps: PlatformRouteDeps): SimRoute[] {
  const { connections, leases } = deps;

  /** Checks the agent key and its right, waits for the platform to be ready, then answers. */
  const guarded =
    (right: AgentRight, answer: (req: SimRequest) => Promise<SimResponse> | SimResponse) =>
    async (req: SimRequest): Promise<SimResponse> => {
      const rights = agentRights(req.headers.authorization);
      if (rights === null)
        return problem(401, 'invalid_agent_key', 'No agent key, or one this platform does not know.');
      if (!rights.includes(right))
        return problem(403, 'forbidden', `This agent key does not have the right "${right}".`);
      await deps.ready();
      return answer(req);
    };

  const customerOr404 = (ref: string | undefined) => (ref === undefined ? undefined : connections.find(ref));
  const unknown = () => problem(404, 'unknown_customer', 'The platform has no customer with this reference.');

  const route = (
    method: SimRoute['method'],
    path: string,
    right: AgentRight,
    answer: (req: SimRequest) => Promise<SimResponse> | SimResponse,
  ): SimRoute => ({ method, pattern: PLATFORM_PREFIX + path, billing: 'platform', handler: guarded(right, answer) });

  return [
    route('GET', '/customers', 'customers:read', (req) => {
      const query = (req.query.get('query') ?? '').trim().toLowerCase();
      const limit = Math.min(500, Math.max(1, Number.parseInt(req.query.get('limit') ?? '100', 10) || 100));
      const start = Math.max(0, Number.parseInt(req.query.get('cursor') ?? '0', 10) || 0);
      const all = connections
        .list()
        .filter((c) => query === '' || c.ref.toLowerCase() === query || c.email.toLowerCase() === query);
      const page = all.slice(start, start + limit);
      const next = start + limit < all.length ? String(start + limit) : null;
      return json(200, { customers: page.map((c) => view(connections, c)), nextCursor: next });
    }),
    route('GET', '/customers/:ref', 'customers:read', (req) => {
      const c = customerOr404(req.params.ref);
      return c ? json(200, view(connections, c)) : unknown();
    }),
    route('POST', '/customers/:ref/access-token', 'tokens:borrow', async (req) => {
      const c = customerOr404(req.params.ref);
      if (!c) return unknown();
      if (c.lost) return problem(409, 'connection_lost', 'The platform lost its connection.', { reason: c.lost });
      if (!c.held) return problem(409, 'not_connected', 'The platform holds no connection for this customer.');
      // A Tesla sign-in outage (`/__sim/platform/incident`): the platform cannot get a token for anyone.
      if (c.now?.().teslaAuthDown === true)
        return problem(503, 'tesla_auth_unavailable', "Tesla's token endpoint is failing.");
      let held;
      try {
        held = await connections.accessFor(c);
      } catch (error) {
        if (error instanceof TeslaAuthUnavailable)
          return problem(503, 'tesla_auth_unavailable', "Tesla's token endpoint is failing.");
        throw error;
      }
      if (!held)
        return problem(409, 'connection_lost', 'The platform lost its connection.', { reason: c.lost ?? 'unknown' });
      // Never the refresh token: the borrower may call the Fleet API, not keep the connection.
      return json(200, {
        accessToken: held.accessToken,
        expiresAt: new Date(held.expiresAt).toISOString(),
        apiBase: deps.regionBaseUrls()[c.region],
        scopes: held.scopes,
        issuedAt: new Date(held.issuedAt).toISOString(),
      });
    }),
    route('GET', '/authorize', 'customers:read', () =>
      json(200, {
        clientId: deps.clientId,
        authorizeUrl: `${deps.origin()}/oauth2/v3/authorize`,
        scopes: PLATFORM_SCOPES,
        redirectUri: deps.redirectUri,
      }),
    ),
    route('POST', '/customers/:ref/connection', 'connections:write', async (req) => {
      const c = customerOr404(req.params.ref);
      if (!c) return unknown();
      const body = ConnectBody.safeParse(jsonBody(req));
      if (!body.success) return problem(400, 'invalid_request', 'Send {"code", "codeVerifier", "redirectUri"}.');
      try {
        const scopes = await connections.connect(c, body.data.code, body.data.codeVerifier, body.data.redirectUri);
        return json(200, { connected: true, scopes });
      } catch (error) {
        if (error instanceof TeslaAuthUnavailable)
          return problem(503, 'tesla_auth_unavailable', "Tesla's token endpoint is failing.");
        if (error instanceof TeslaAuthRefused) return problem(400, error.error, error.description);
        throw error;
      }
    }),
    route('POST', '/sites/:site/lease', 'sites:lease', (req) => {
      const body = LeaseBody.safeParse(jsonBody(req));
      if (!body.success) return problem(400, 'invalid_request', 'Send {"holder", "ttlSeconds"} (1 to 86400).');
      const out = leases.take(req.params.site!, body.data.holder, body.data.ttlSeconds);
      if (out.ok) return json(201, leaseView(out.lease));
      return leaseRefusal(out);
    }),
    route('PUT', '/sites/:site/lease/:leaseId', 'sites:lease', (req) => {
      const body = RenewBody.safeParse(jsonBody(req) ?? {});
      if (!body.success) return problem(400, 'invalid_request', 'Send {"ttlSeconds"} (1 to 86400) or nothing.');
      const out = leases.renew(req.params.site!, req.params.leaseId!, body.data.ttlSeconds);
      if (out.ok) return json(201, leaseView(out.lease));
      return leaseRefusal(out);
    }),
    route('DELETE', '/sites/:site/lease/:leaseId', 'sites:lease', (req) => {
      leases.release(req.params.site!, req.params.leaseId!);
      return { status: 204 };
    }),
  ];
}

function leaseRefusal(out: { ok: false; held: Lease } | { ok: false; unknown: true }): SimResponse {
  if ('held' in out)
    return problem(409, 'lease_held', 'Another doctor holds this site.', {
      holder: out.held.holder,
      expiresAt: new Date(out.held.expiresAt).toISOString(),
    });
  return problem(404, 'unknown_lease', 'This lease ended or never existed: take a new one.');
}

/** The simulator's truth about the platform's connections (loopback only, like every /__sim/ route). */
export function platformAdminRoutes(deps: Pick<PlatformRouteDeps, 'connections' | 'ready'>): SimRoute[] {
  return [
    {
      method: 'GET',
      pattern: '/__sim/platform/customers',
      billing: 'admin',
      async handler() {
        await deps.ready();
        return json(200, {
          customers: deps.connections.list().map((c) => ({
            ref: c.ref,
            email: c.email,
            connectionAlive: deps.connections.alive(c),
            expectedCause: c.now?.().expectedCause ?? c.expectedCause,
          })),
        });
      },
    },
  ];
}
