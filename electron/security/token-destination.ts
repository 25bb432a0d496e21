// Main process (plain Node). The one rule for where a customer's Tesla token (access or refresh) may be
// sent, used by every command and by the clients that send it: Tesla's own hosts over HTTPS, or a
// simulator on this computer. Anything else would hand a stranger the customer's account.
import { isTeslaHost } from './url-policy';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A simulator on this computer: http(s) to 127.0.0.1, localhost or [::1], no credentials in the URL. */
export function isLoopbackSimulatorUrl(url: string): boolean {
  const u = parse(url);
  return (
    !!u &&
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    !u.username &&
    !u.password &&
    LOOPBACK_HOSTS.has(u.hostname.toLowerCase())
  );
}

/** Tesla's own host over HTTPS on the standard port, no credentials in the URL. */
export function isTeslaHttpsUrl(url: string): boolean {
  const u = parse(url);
  return (
    !!u &&
    u.protocol === 'https:' &&
    (u.port === '' || u.port === '443') &&
    !u.username &&
    !u.password &&
    isTeslaHost(u.hostname)
  );
}

/** May a bearer or refresh token be sent to this URL? */
export function mayCarryToken(url: string): boolean {
  return isTeslaHttpsUrl(url) || isLoopbackSimulatorUrl(url);
}

/** The same words wherever the rule refuses something, so every surface tells the same story. */
export const TOKEN_RULE_TEXT =
  'a customer’s sign-in token goes only to Tesla over HTTPS or to a simulator on this computer';

/**
 * The check every headless command applies to `--api-base` (it names a simulator: Tesla's hosts need no
 * flag). Null when the value is acceptable, otherwise the message to print.
 */
export function apiBaseOptionProblem(value: string): string | null {
  if (isLoopbackSimulatorUrl(value)) return null;
  return `--api-base must be a simulator on this computer, e.g. http://127.0.0.1:4321 (${TOKEN_RULE_TEXT}). Without --api-base a Tesla account talks to Tesla.`;
}
