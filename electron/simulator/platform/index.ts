// Main process (plain Node). The demo energy platform inside the simulator (`--platform`): it holds a
// connection for each customer under the platform's client and serves the platform connection API at
// <origin>/platform to the doctor, plus `GET /__sim/platform/customers` (the simulator's truth).
import type { Region, SimClock, SimRoute } from '../sim-types';
import { PlatformConnections, type PlatformClient, type PlatformCustomerSeed } from './platform-connections';
import { SiteLeases } from './platform-leases';
import { platformAdminRoutes, platformRoutes } from './platform-routes';

export { DEMO_AGENT_KEY, DEMO_VIEWER_KEY } from './platform-agents';
export { PLATFORM_PREFIX, PLATFORM_SCOPES } from './platform-routes';
export type { PlatformCustomerSeed } from './platform-connections';

/** The platform's registered redirect: the app's custom scheme (loopback redirects are registered too). */
export const PLATFORM_REDIRECT_URI = 'com.teslaconnectdoctor.app:/oauth/callback';

export interface DemoPlatform {
  routes: SimRoute[];
  adminRoutes: SimRoute[];
  /** Connects every customer again (after the simulator's reset forgot every token). */
  restart(): void;
  ready(): Promise<void>;
}

export function createDemoPlatform(deps: {
  clock: SimClock;
  origin: () => string;
  regionBaseUrls: () => Record<Region, string>;
  client: PlatformClient;
  customers: () => PlatformCustomerSeed[];
}): DemoPlatform {
  const connections = new PlatformConnections(deps);
  const leases = new SiteLeases(deps.clock);
  let started: Promise<void> | null = null;
  const ready = (): Promise<void> => (started ??= connections.start(deps.customers()));
  return {
    routes: platformRoutes({
      connections,
      leases,
      clientId: deps.client.clientId,
      origin: deps.origin,
      regionBaseUrls: deps.regionBaseUrls,
      redirectUri: PLATFORM_REDIRECT_URI,
      ready,
    }),
    adminRoutes: platformAdminRoutes({ connections, ready }),
    restart() {
      leases.reset();
      started = null;
      void ready();
    },
    ready,
  };
}
