// Main process (plain Node). Regions: the token's `ou_code` decides where the account's data lives (not
// `aud`, which can list several); the authorization code's prefix picks the token exchange's `audience`;
// a 421 "use base URL: ..." is followed only to a Tesla host or an explicitly trusted origin.
import { isTeslaHost } from '@main/security/url-policy';
import type { Region } from '@shared/tesla/regions';

const CODE_PREFIX = /^(NA|EU|CN)_/i;

/** The region an authorization code was issued for (`NA_...`, `EU_...`), or NA when it carries none. */
export function regionFromCode(code: string): Region {
  const m = CODE_PREFIX.exec(code);
  return (m?.[1]?.toUpperCase() as Region | undefined) ?? 'NA';
}

/** The Fleet API base to name as `audience` at the code exchange. */
export function audienceFor(code: string, baseUrls: Record<Region, string>): string {
  return baseUrls[regionFromCode(code)];
}

/**
 * The base URL a 421 "user out of region" answer points to, when it may be followed: https on a
 * tesla.com / tesla.cn host, or one of the trusted origins (the simulator's in demo mode). Null otherwise.
 */
export function redirectBaseFrom421(errorText: string, trustedOrigins: readonly string[]): string | null {
  const m = /use base URL:\s*(\S+?)[,;\s]/i.exec(`${errorText} `);
  if (!m?.[1]) return null;
  let url: URL;
  try {
    url = new URL(m[1]);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  if (trustedOrigins.includes(url.origin)) return base;
  if (url.protocol === 'https:' && (url.port === '' || url.port === '443') && isTeslaHost(url.hostname)) return base;
  return null;
}
