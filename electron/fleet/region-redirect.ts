// Main process (plain Node). A 421 names the region's base URL; follow it only to Tesla's own hosts
// (https, under tesla.com / tesla.cn) or to a base the session trusts (the simulator's, in demo mode).
import { isTeslaHttpsUrl, mayCarryToken } from '../security/token-destination';

/** The base URL in `"user out of region, use base URL: https://..., see ..."`, or null. */
export function baseUrlFrom421(error: string | null | undefined): string | null {
  const match = /use base URL:\s*(\S+?)[,;\s]/.exec(`${error ?? ''} `);
  if (!match?.[1]) return null;
  try {
    const url = new URL(match[1]);
    return url.href.replace(/\/+$/, '');
  } catch {
    return null;
  }
}

export function isTrustedApiBase(candidate: string, trustedApiOrigins: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (isTeslaHttpsUrl(candidate)) return true;
  // Otherwise only the session's own simulator, and only while it passes the token rule (on this computer).
  if (!mayCarryToken(candidate)) return false;
  return trustedApiOrigins.some((trusted) => {
    try {
      return new URL(trusted).origin === url.origin;
    } catch {
      return false;
    }
  });
}
