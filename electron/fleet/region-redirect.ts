// Main process (plain Node). A 421 names the region's base URL; follow it only to Tesla's own hosts
// (https, under tesla.com / tesla.cn) or to a base the session trusts (the simulator's, in demo mode).

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
  const host = url.hostname.toLowerCase();
  const teslaHost = ['tesla.com', 'tesla.cn'].some((d) => host === d || host.endsWith(`.${d}`));
  if (url.protocol === 'https:' && teslaHost && (url.port === '' || url.port === '443')) return true;
  return trustedApiOrigins.some((trusted) => {
    try {
      return new URL(trusted).origin === url.origin;
    } catch {
      return false;
    }
  });
}
