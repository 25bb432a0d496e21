// Main process (plain Node). The simulator's registered developer applications and their redirect URIs.
import { timingSafeEqual } from 'node:crypto';

export interface SimClient {
  clientId: string;
  /** Null for a public client (PKCE only). */
  clientSecret: string | null;
  /** The application name the consent screen shows. */
  name: string;
  isRegisteredRedirect(uri: string): boolean;
}

export const APP_SCHEME = 'com.teslaconnectdoctor.app';

/**
 * The demo client's registered redirects: RFC 8252 loopback (`http://127.0.0.1:<port>/...` or
 * `http://localhost:<port>/...`) and the app's custom scheme (`com.teslaconnectdoctor.app:/...` or `...://...`).
 */
export function isDemoRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.username !== '' || url.password !== '' || url.hash !== '') return false;
  if (url.protocol === 'http:') {
    return (
      (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.port !== '' && url.pathname.startsWith('/')
    );
  }
  if (url.protocol === `${APP_SCHEME}:`) {
    return uri.startsWith(`${APP_SCHEME}:/`);
  }
  return false;
}

export const DEMO_CLIENT: SimClient = {
  clientId: 'demo-client',
  clientSecret: 'demo-secret',
  name: 'Tesla Connect Doctor (demo)',
  isRegisteredRedirect: isDemoRedirect,
};

/**
 * A second registered application: the installer company's own app (its own client id, e.g. "Sunrise
 * Solar"). Signing in under it leaves the platform's connection (under `demo-client`) alone.
 */
export const INSTALLER_CLIENT: SimClient = {
  clientId: 'installer-client',
  clientSecret: 'installer-secret',
  name: 'Sunrise Solar Installers (demo)',
  isRegisteredRedirect: isDemoRedirect,
};

const clients = new Map<string, SimClient>([
  [DEMO_CLIENT.clientId, DEMO_CLIENT],
  [INSTALLER_CLIENT.clientId, INSTALLER_CLIENT],
]);

export function findClient(clientId: string | null | undefined): SimClient | undefined {
  return clientId ? clients.get(clientId) : undefined;
}

/** Constant-time comparison so the simulator does not teach a timing oracle by example. */
export function secretMatches(client: SimClient, given: string): boolean {
  if (client.clientSecret === null) return false;
  const a = Buffer.from(client.clientSecret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
