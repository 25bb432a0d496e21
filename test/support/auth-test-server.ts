// Test helper: serves the simulator's auth routes over node:http without sim-core's server, on a manual
// clock, so the auth tests exercise real HTTP (redirects, form posts, content types).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSimAuth } from '@main/simulator/auth';
import type { AuthDeps, Region, SimAccount, SimAuth, SimClock, SimRoute } from '@main/simulator/sim-types';

/** A clock that moves only when told to. */
export class ManualClock implements SimClock {
  private t: number;
  speed = 1;
  private sleepers: { until: number; resolve: () => void }[] = [];

  constructor(start = Date.UTC(2026, 0, 15, 9, 0, 0)) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setSpeed(speed: number): void {
    this.speed = speed;
  }

  advance(ms: number): void {
    this.t += ms;
    const due = this.sleepers.filter((s) => s.until <= this.t);
    this.sleepers = this.sleepers.filter((s) => s.until > this.t);
    for (const s of due) s.resolve();
  }

  sleep(simMs: number): Promise<void> {
    return new Promise((resolve) => this.sleepers.push({ until: this.t + simMs, resolve }));
  }
}

export interface AuthTestServer {
  origin: string;
  auth: SimAuth;
  clock: ManualClock;
  account: SimAccount;
  /** Flip auto-consent on or off. */
  setAutoConsent(on: boolean): void;
  close(): Promise<void>;
}

export const ALL_SCOPES = [
  'openid',
  'offline_access',
  'user_data',
  'vehicle_device_data',
  'vehicle_location',
  'vehicle_cmds',
  'vehicle_charging_cmds',
  'energy_device_data',
  'energy_cmds',
];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function match(routes: SimRoute[], method: string, path: string): SimRoute | undefined {
  return routes.find((r) => r.method === method && r.pattern === path);
}

export async function startAuthTestServer(
  options: {
    region?: Region;
    grantedScopes?: string[];
    autoConsent?: boolean;
    clockStart?: number;
    refreshTokenExpired?: boolean;
  } = {},
): Promise<AuthTestServer> {
  const clock = new ManualClock(options.clockStart);
  const account: SimAccount = {
    sub: 'b7c3e2a0-0000-4000-8000-000000000001',
    region: options.region ?? 'NA',
    grantedScopes: options.grantedScopes ?? ALL_SCOPES,
    email: 'customer@example.com',
    fullName: 'Sam Customer',
    ...(options.refreshTokenExpired ? { refreshTokenExpired: true } : {}),
  };
  let autoConsent = options.autoConsent ?? false;
  let origin = '';
  const deps: AuthDeps = {
    clock,
    account: () => account,
    origin: () => origin,
    regionBaseUrls: () => ({ NA: `${origin}/na`, EU: `${origin}/eu`, CN: `${origin}/cn` }),
    autoConsent: () => autoConsent,
  };
  const auth = createSimAuth(deps);
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      const route = match(auth.routes, req.method ?? 'GET', url.pathname);
      if (!route) {
        res.writeHead(404).end();
        return;
      }
      const out = await route.handler({
        method: req.method ?? 'GET',
        path: url.pathname,
        regionPrefix: '',
        query: url.searchParams,
        headers: req.headers,
        rawBody: await readBody(req),
        params: {},
      });
      const isText = typeof out.body === 'string';
      const headers = {
        ...(isText || out.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...out.headers,
      };
      res
        .writeHead(out.status, headers)
        .end(out.body === undefined ? undefined : isText ? out.body : JSON.stringify(out.body));
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    auth,
    clock,
    account,
    setAutoConsent: (on) => {
      autoConsent = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** POSTs a form to the test server. */
export function postForm(origin: string, path: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

export const LOOPBACK_REDIRECT = 'http://127.0.0.1:53123/callback';

/** An /authorize URL for the demo client with sensible defaults; `undefined` values are left out. */
export function authorizeUrl(origin: string, params: Record<string, string | undefined> = {}): string {
  const all: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: 'demo-client',
    redirect_uri: LOOPBACK_REDIRECT,
    scope: ALL_SCOPES.join(' '),
    state: 'st-123',
    ...params,
  };
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(all)) if (value !== undefined) q.set(key, value);
  return `${origin}/oauth2/v3/authorize?${q.toString()}`;
}

/** The redirect's query parameters, or throws if the response is not a redirect. */
export function redirectParams(res: Response): URLSearchParams {
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`expected a redirect, got ${res.status}`);
  return new URL(location).searchParams;
}
