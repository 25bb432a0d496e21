// Main process (plain Node). The simulator's HTTP front on 127.0.0.1: one port, every region under its
// path prefix, auth and admin routes at the root. Each request passes: latency (real time), scenario
// fault, then for the Fleet API token (401, before the path is matched), route, region (421), rate limit
// (429), scope (403).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FleetRoute, PublicRoute } from './fleet/fleet-route';
import type { FaultInjector } from './fault-injector';
import type { RateLimiter } from './rate-limiter';
import type { RequestLog } from './request-log';
import { matchPattern } from './route-match';
import type { SimWorld } from './sim-state';
import {
  fail,
  faultResponse,
  MISSING_SCOPES,
  outOfRegion,
  rateLimitHeaders,
  regionOfPrefix,
  TOKEN_EXPIRED,
  TOKEN_REVOKED,
} from './tesla-errors';
import type {
  BillingClass,
  Region,
  SimAccount,
  SimAuth,
  SimClock,
  SimRequest,
  SimResponse,
  SimRoute,
} from './sim-types';

const MAX_BODY = 1_000_000;

export interface FrontDeps {
  clock: SimClock;
  auth: () => SimAuth;
  rootRoutes: () => SimRoute[];
  fleetRoutes: FleetRoute[];
  /** Fleet API routes that need no token (GET /status). */
  publicRoutes?: PublicRoute[];
  world: () => SimWorld;
  account: () => SimAccount;
  regionBaseUrls: () => Record<Region, string>;
  faults: () => FaultInjector;
  limiter: RateLimiter;
  log: RequestLog;
  latencyMs: () => number;
  /**
   * Generated homes (`--homes N`): the account a Fleet API token names (its `sub`), with its own sign-in,
   * world and faults; undefined sends the request to the scenario's one account.
   */
  homeOf?: (sub: string) => AccountContext | undefined;
}

/** One Tesla account as the Fleet API sees it: its sign-in, its products and the faults it meets. */
export interface AccountContext {
  auth: SimAuth;
  account: SimAccount;
  world: () => SimWorld;
  faults: FaultInjector;
}

/** The account a request's token names (unverified: only to pick whose sign-in then verifies it). */
function contextOf(deps: FrontDeps, req: SimRequest): AccountContext {
  const sub = deps.homeOf && req.regionPrefix ? claimOf(req, 'sub') : undefined;
  const home = sub === undefined ? undefined : deps.homeOf?.(sub);
  return home ?? { auth: deps.auth(), account: deps.account(), world: deps.world, faults: deps.faults() };
}

interface Answer {
  res: SimResponse;
  billing: BillingClass;
  fault?: boolean;
}

export function splitRegion(pathname: string): { regionPrefix: SimRequest['regionPrefix']; path: string } {
  const m = /^\/(na|eu|cn)(\/.*)$/.exec(pathname);
  return m
    ? { regionPrefix: `/${m[1]}` as SimRequest['regionPrefix'], path: m[2]! }
    : { regionPrefix: '', path: pathname };
}

/** Answers one parsed request (everything but the socket), so tests may call it directly. */
export async function answer(deps: FrontDeps, req: SimRequest, loopbackAdmin: boolean): Promise<Answer> {
  // Faults are the scenario's view of Tesla; the admin API stays reachable whatever they match.
  const isAdmin = !req.regionPrefix && req.path.startsWith('/__sim/');
  const ctx = contextOf(deps, req);
  const fault = isAdmin ? undefined : ctx.faults.take(req.method, req.path);
  if (fault) {
    if (fault.delayMs > 0) await deps.clock.sleep(fault.delayMs);
    // A fault below 400 without a body of its own is only a slow answer: after its delay the request is
    // served as usual.
    if (fault.status >= 400 || fault.body !== undefined || fault.emptyBody) {
      const vars = {
        baseUrl: req.regionPrefix ? (deps.regionBaseUrls()[regionOfPrefix(req.regionPrefix)!] ?? '') : '',
        clientId: clientIdOf(req),
      };
      return {
        res: faultResponse(ctx.faults.answerAt(fault, deps.clock.now()), vars),
        billing: billingOf(deps, req),
        fault: true,
      };
    }
    return { ...(await route(deps, ctx, req, loopbackAdmin)), fault: true };
  }
  return route(deps, ctx, req, loopbackAdmin);
}

async function route(deps: FrontDeps, ctx: AccountContext, req: SimRequest, loopbackAdmin: boolean): Promise<Answer> {
  if (req.regionPrefix) return fleet(deps, ctx, req);
  if (req.path.startsWith('/__sim/') && !loopbackAdmin)
    return { res: fail(403, 'forbidden', 'the admin API answers loopback callers only'), billing: 'admin' };
  const found = findRoute(deps.rootRoutes(), req);
  if (!found) return { res: fail(404, 'not_found', `no route for ${req.method} ${req.path}`), billing: 'page' };
  if ('status' in found) return { res: found, billing: 'page' };
  return { res: await found.route.handler({ ...req, params: found.params }), billing: found.route.billing };
}

function billingOf(deps: FrontDeps, req: SimRequest): BillingClass {
  const routes = req.regionPrefix ? deps.fleetRoutes : deps.rootRoutes();
  return (
    routes.find((r) => r.method === req.method && matchPattern(r.pattern, req.path))?.billing ??
    (req.regionPrefix ? 'data' : 'page')
  );
}

function findRoute<R extends { method: string; pattern: string }>(
  routes: R[],
  req: SimRequest,
): { route: R; params: Record<string, string> } | SimResponse | undefined {
  let pathKnown = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, req.path);
    if (!params) continue;
    pathKnown = true;
    if (route.method === req.method) return { route, params };
  }
  return pathKnown ? fail(405, 'method_not_allowed', `${req.method} is not allowed here`) : undefined;
}

async function fleet(deps: FrontDeps, ctx: AccountContext, req: SimRequest): Promise<Answer> {
  const open = (deps.publicRoutes ?? []).find((r) => r.method === req.method && matchPattern(r.pattern, req.path));
  if (open) return { res: open.handler(req), billing: 'data' };
  // Tesla checks the token before it looks at the path: a bad token on an unknown path is a 401, not a 404.
  const bearer = bearerOf(req);
  const check = await ctx.auth.verifyAccessToken(bearer);
  const account = ctx.account;
  if (!check.ok) return { res: unauthorized(check.reason, account), billing: billingOf(deps, req) };

  const found = findRoute(deps.fleetRoutes, req);
  if (!found) return { res: fail(404, 'not_found', `no route for ${req.method} ${req.path}`), billing: 'data' };
  if ('status' in found) return { res: found, billing: 'data' };
  const { route, params } = found;
  const billing = route.billing;

  if (regionOfPrefix(req.regionPrefix) !== account.region)
    return { res: outOfRegion(deps.regionBaseUrls()[account.region]), billing };

  const now = deps.clock.now();
  const withParams = { ...req, params };
  const limit = deps.limiter.take(check.claims.sub, route.device(withParams), billing, now);
  if (!limit.ok)
    return {
      res: fail(429, 'Too Many Requests', 'rate limit exceeded', rateLimitHeaders(limit.limit, limit.retryAfterS)),
      billing,
    };

  if (!route.anyScope.some((s) => check.claims.scp.includes(s))) return { res: fail(403, MISSING_SCOPES, ''), billing };
  const res = await route.handler(withParams, {
    world: ctx.world(),
    now,
    claims: check.claims,
    account,
    regionBaseUrls: deps.regionBaseUrls(),
  });
  return { res, billing };
}

function bearerOf(req: SimRequest): string | undefined {
  return /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
}

/** A string claim of the request's access token, unverified (fault texts, picking the account). */
function claimOf(req: SimRequest, name: 'azp' | 'sub'): string | undefined {
  const payload = bearerOf(req)?.split('.')[1];
  if (!payload) return undefined;
  try {
    const value: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>)[
      name
    ];
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The client id (`azp`) a request's access token names, unverified (only for fault texts). */
function clientIdOf(req: SimRequest): string {
  return claimOf(req, 'azp') ?? 'unknown';
}

/** Tesla's 401s (reference section 6): an expired token gets an empty body or, per scenario, a short JSON one. */
function unauthorized(reason: 'missing' | 'invalid' | 'expired' | 'revoked', account: SimAccount): SimResponse {
  const headers = { 'WWW-Authenticate': 'Bearer' };
  if (reason === 'expired')
    return account.expiredTokenBody === 'json'
      ? { status: 401, headers, body: { error: TOKEN_EXPIRED } }
      : { status: 401, headers };
  if (reason === 'revoked') return fail(401, TOKEN_REVOKED, '', headers);
  return fail(401, 'invalid bearer token', '', headers);
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function createFront(deps: FrontDeps): Server {
  return createServer((req, res) => {
    void serve(deps, req, res).catch(() => {
      if (!res.headersSent) send(res, fail(500, 'internal server error', 'the simulator failed on this request'));
      else res.destroy();
    });
  });
}

async function serve(deps: FrontDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const arrived = deps.clock.now();
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const { regionPrefix, path } = splitRegion(url.pathname);
  const body = await readBody(req);
  const latency = deps.latencyMs();
  if (latency > 0) await new Promise((r) => setTimeout(r, latency));

  let out: Answer;
  if (body === null)
    out = { res: fail(413, 'invalid_request', 'request body too large'), billing: regionPrefix ? 'data' : 'page' };
  else {
    const simReq: SimRequest = {
      method: req.method ?? 'GET',
      path,
      regionPrefix,
      query: url.searchParams,
      headers: req.headers,
      rawBody: body,
      params: {},
    };
    out = await answer(deps, simReq, isLoopbackAdmin(req));
  }
  send(res, out.res);
  // The log is the app's traffic (billing, benchmarks); the admin API's own calls stay out of it.
  if (out.billing === 'admin') return;
  deps.log.add({
    at: arrived,
    method: req.method ?? 'GET',
    path: url.pathname,
    regionPrefix,
    billing: out.billing,
    status: out.res.status,
    durationMs: Math.round(performance.now() - started),
    ...(out.fault ? { fault: true } : {}),
  });
}

/**
 * Admin calls must come from this machine, name it as the host (no DNS rebinding) and, when a browser
 * sends them, come from the simulator's own origin (no other page may reset or steer it).
 */
function isLoopbackAdmin(req: IncomingMessage): boolean {
  const hostHeader = req.headers.host ?? '';
  const host = hostHeader.replace(/:\d+$/, '');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${hostHeader}`) return false;
  return (
    LOOPBACK.has(req.socket.remoteAddress ?? '') && (host === '127.0.0.1' || host === 'localhost' || host === '[::1]')
  );
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, out: SimResponse): void {
  const headers: Record<string, string> = { 'Cache-Control': 'no-store', ...out.headers };
  let payload = '';
  if (typeof out.body === 'string') {
    payload = out.body;
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'text/html; charset=utf-8';
  } else if (out.body !== undefined) {
    payload = JSON.stringify(out.body);
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  res.writeHead(out.status, headers);
  res.end(payload);
}
