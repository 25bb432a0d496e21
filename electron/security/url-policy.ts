// Main process (plain Node). Which URLs the app's window may show and which it may hand to the system
// browser. Kept as plain functions so they are unit-tested without Electron.

/** The custom protocol origin the renderer is served from in the desktop app. */
export const APP_ORIGIN = 'app://doctor';

export interface ExternalUrlPolicy {
  /** Extra exact origins allowed, e.g. the embedded simulator's `http://127.0.0.1:<port>` in demo mode. */
  extraOrigins?: readonly string[];
}

/** Tesla's own sites: sign-in, consent management, the key-pairing link, developer docs. */
const TESLA_SUFFIXES = ['tesla.com', 'tesla.cn'];

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isTeslaHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return TESLA_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}

/** May this URL be opened in the system browser? https to Tesla's hosts, or an explicitly allowed origin. */
export function isAllowedExternalUrl(url: string, policy: ExternalUrlPolicy = {}): boolean {
  const u = parse(url);
  if (!u) return false;
  if (u.username || u.password) return false;
  if (policy.extraOrigins?.includes(u.origin)) return true;
  return u.protocol === 'https:' && (u.port === '' || u.port === '443') && isTeslaHost(u.hostname);
}

/** May the app's own window navigate to this URL? Only within the app's origin. */
export function isAppUrl(url: string): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'app:' && u.host === 'doctor';
}

/** Is an IPC call's sender frame the app's own page? */
export function isTrustedSenderUrl(url: string | undefined): boolean {
  return typeof url === 'string' && isAppUrl(url);
}
