// Main process (plain Node). The generated homes (`--homes N --seed S`): each its own Tesla account (its own
// sign-in under the simulator's one signing key, its own energy site, some with a car), held small: the
// scenario is shared, a home's world is built when its products are first read and kept while recently used
// (a home pushed out starts again from its scenario: inferred to be harmless for reads, writes are forgotten).
// Incidents and breaks (`/__sim/platform/incident`, `/__sim/platform/break`) change homes between sweeps.
import { createHash } from 'node:crypto';
import { createSimAuth } from '../auth/index';
import type { SigningKeys } from '../auth/signing-keys';
import { FaultInjector } from '../fault-injector';
import type { AccountContext } from '../http-front';
import type { PlatformCustomerSeed } from '../platform/index';
import { loadScenario } from '../scenario-loader';
import type { Fault, Scenario } from '../scenario-schema';
import { buildWorld, type SimWorld } from '../sim-state';
import type { Region, SimAccount, SimAuth, SimClock, SimRequest, SimResponse, SimRoute } from '../sim-types';
import { fail } from '../tesla-errors';
import { generateHomes, HOME_MIX, homeRef, seededRandom, type HomeSpec } from './home-mix';

export type IncidentKind = 'auth-outage' | 'data-outage' | 'app-suspended';
export type BreakCause = 'revoked';

/** What each incident does to a home, and the root cause the doctor names for it (measured, as the mix). */
const INCIDENT: Record<IncidentKind, { cause: string; faults: Fault[] }> = {
  // Tesla's sign-in fails: the platform cannot lend a token (503 at the borrow).
  'auth-outage': { cause: 'connection.tesla_auth_unavailable', faults: [] },
  // Tesla's energy data pipeline fails (as scenario "upstream-error-energy").
  'data-outage': { cause: 'energy.reachable', faults: loadScenario('upstream-error-energy').faults },
  // The platform's app suspended (as scenario "billing-limit-exceeded").
  'app-suspended': { cause: 'account.app_status', faults: loadScenario('billing-limit-exceeded').faults },
};
/** A revoked consent: the platform finds its refresh refused (login_required) and cannot lend a token. */
const BREAK_CAUSE: Record<BreakCause, string> = { revoked: 'connection.login_required' };

/** Worlds kept at once; the rest are rebuilt from their scenario when called again. */
const WORLDS_KEPT = 1_000;

interface Home {
  spec: HomeSpec;
  ref: string;
  sub: string;
  broken: BreakCause | null;
  incident: IncidentKind | null;
  auth?: SimAuth;
  faults?: FaultInjector;
}

export interface SimHomes {
  /** The platform's customers, one per home. */
  customers(): PlatformCustomerSeed[];
  /** The account a Fleet API token's `sub` names. */
  homeOf(sub: string): AccountContext | undefined;
  /** Routes: each home's token endpoint (the platform refreshes there), incident and break. */
  routes: SimRoute[];
  incident(kind: IncidentKind, share: number): string[];
  breakHomes(count: number, cause: BreakCause): string[];
}

function subOf(ref: string, seed: number): string {
  const h = createHash('sha256').update(`home:${seed}:${ref}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function createSimHomes(deps: {
  count: number;
  seed: number;
  clock: SimClock;
  origin: () => string;
  regionBaseUrls: () => Record<Region, string>;
  keys: () => Promise<SigningKeys>;
}): SimHomes {
  const scenarios = HOME_MIX.map((k) => loadScenario(k.scenario));
  const homes: Home[] = generateHomes(deps.count, deps.seed).map((spec) => {
    const ref = homeRef(spec.index);
    return { spec, ref, sub: subOf(ref, deps.seed), broken: null, incident: null };
  });
  const bySub = new Map(homes.map((h) => [h.sub, h]));
  const byRef = new Map(homes.map((h) => [h.ref, h]));
  const worlds = new Map<number, SimWorld>();
  // Incidents and breaks pick their homes from their own seeded sequence: the same calls give the same homes.
  const pick = seededRandom(deps.seed ^ 0x5eed);

  const scenarioOf = (h: Home): Scenario => scenarios[h.spec.kind]!;
  const accountOf = (h: Home): SimAccount => {
    const s = scenarioOf(h).account;
    return {
      sub: h.sub,
      region: s.region,
      grantedScopes: s.grantedScopes,
      // Made-up addresses on the reserved example domain: no one's personal data.
      email: `home-${h.ref}@example.com`,
      fullName: `Home ${h.ref}`,
      refreshTokenExpired: s.refreshTokenExpired,
      revoked: s.revoked,
      expiredTokenBody: s.expiredTokenBody,
      orders: s.orders,
    };
  };
  const authOf = (h: Home): SimAuth =>
    (h.auth ??= createSimAuth(
      {
        clock: deps.clock,
        account: () => accountOf(h),
        origin: deps.origin,
        regionBaseUrls: deps.regionBaseUrls,
        autoConsent: () => true,
      },
      { keys: deps.keys },
    ));
  const faultsOf = (h: Home): FaultInjector => {
    const own = scenarioOf(h).faults;
    const extra = h.incident ? INCIDENT[h.incident].faults : [];
    // Only a home with faults keeps an injector (it counts its faults' uses).
    if (own.length === 0 && extra.length === 0) return NO_FAULTS;
    return (h.faults ??= new FaultInjector([...extra, ...own]));
  };
  const worldOf = (h: Home): SimWorld => {
    let world = worlds.get(h.spec.index);
    if (world) {
      // Most recently used last: the oldest is the first to go.
      worlds.delete(h.spec.index);
    } else {
      const s = scenarioOf(h);
      world = buildWorld(h.spec.withCar ? s : { ...s, vehicles: [] }, deps.clock.now());
      if (worlds.size >= WORLDS_KEPT) worlds.delete(worlds.keys().next().value!);
    }
    worlds.set(h.spec.index, world);
    return world;
  };
  const expectedCause = (h: Home): string => {
    if (h.incident) return INCIDENT[h.incident].cause;
    if (h.broken) return BREAK_CAUSE[h.broken];
    return HOME_MIX[h.spec.kind]!.expectedCause;
  };
  /**
   * A home's sign-in as everyone meets it, read when called: once revoked (the customer removed the app),
   * its tokens answer as Tesla's do then (401 "token revoked") and its refresh token would not refresh.
   */
  const revocable = (h: Home): SimAuth => ({
    get routes() {
      return authOf(h).routes;
    },
    verifyAccessToken: (token) =>
      h.broken === 'revoked' ? Promise.resolve({ ok: false, reason: 'revoked' }) : authOf(h).verifyAccessToken(token),
    grantedScopes: (clientId) => authOf(h).grantedScopes(clientId),
    setGrant: (clientId, scopes) => authOf(h).setGrant(clientId, scopes),
    issueTokens: (clientId, scopes) => authOf(h).issueTokens(clientId, scopes),
    refreshWouldWork: (clientId, token) => h.broken !== 'revoked' && authOf(h).refreshWouldWork(clientId, token),
    reset: () => authOf(h).reset(),
  });

  const untouched = (h: Home) => h.broken === null && h.incident === null && expectedCause(h) === 'healthy';
  const choose = (n: number): Home[] => {
    // Seeded partial shuffle of the homes nothing has happened to yet.
    const pool = homes.filter(untouched);
    const chosen: Home[] = [];
    for (let i = 0; i < Math.min(n, pool.length); i++) {
      const j = i + Math.floor(pick() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      chosen.push(pool[i]!);
    }
    return chosen;
  };

  const tokenRoute = (h: Home, req: SimRequest): Promise<SimResponse> | SimResponse => {
    if (h.broken === 'revoked')
      return fail(401, 'login_required', 'The refresh token was revoked: the customer must sign in again.');
    const route = authOf(h).routes.find((r) => r.method === 'POST' && r.pattern === '/oauth2/v3/token')!;
    return route.handler({ ...req, params: {} });
  };

  return {
    customers: () =>
      homes.map((h) => {
        const account = accountOf(h);
        return {
          ref: h.ref,
          email: account.email,
          region: account.region,
          scopes: [...account.grantedScopes],
          expectedCause: HOME_MIX[h.spec.kind]!.expectedCause,
          auth: revocable(h),
          tokenUrl: () => `${deps.origin()}/__sim/homes/${h.ref}/token`,
          now: () => ({ expectedCause: expectedCause(h), teslaAuthDown: h.incident === 'auth-outage' }),
        };
      }),
    homeOf(sub) {
      const h = bySub.get(sub);
      if (!h) return undefined;
      return { auth: revocable(h), account: accountOf(h), world: () => worldOf(h), faults: faultsOf(h) };
    },
    routes: [
      {
        method: 'POST',
        pattern: '/__sim/homes/:ref/token',
        billing: 'admin',
        handler(req) {
          const h = byRef.get(req.params.ref ?? '');
          return h ? tokenRoute(h, req) : fail(404, 'not_found', 'no such home');
        },
      },
    ],
    incident(kind, share) {
      const chosen = choose(Math.round(homes.length * share));
      for (const h of chosen) {
        h.incident = kind;
        h.faults = undefined;
      }
      return chosen.map((h) => h.ref);
    },
    breakHomes(count, cause) {
      const chosen = choose(count);
      for (const h of chosen) h.broken = cause;
      return chosen.map((h) => h.ref);
    },
  };
}

const NO_FAULTS = new FaultInjector([]);
