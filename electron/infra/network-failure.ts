// Plain Node. Names why a request got no answer at all (refused, unknown name, timeout, cut, untrusted
// certificate) from the error fetch or node:http threw, so a message can say more than "fetch failed".
import { textIn, type Translate } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

/** Error codes to the catalogue's words for them (`errors.network.*`). */
const CAUSES: Array<[RegExp, NetworkFailureKey]> = [
  [/^ECONNREFUSED$/, 'refused'],
  [/^(ENOTFOUND|EAI_AGAIN|EAI_NONAME)$/, 'no_dns'],
  [
    /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|TimeoutError|AbortError)$/,
    'timeout',
  ],
  [/^(ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED)$/, 'cut'],
  [/^(EHOSTUNREACH|ENETUNREACH|ENETDOWN|EHOSTDOWN)$/, 'no_route'],
  [/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/, 'untrusted_certificate'],
];
type NetworkFailureKey =
  'refused' | 'no_dns' | 'timeout' | 'cut' | 'no_route' | 'untrusted_certificate' | 'no_connection';

function codesOf(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; cause?: unknown; errors?: unknown };
    if (typeof e.code === 'string') codes.push(e.code);
    if (typeof e.name === 'string') codes.push(e.name);
    // Happy-eyeballs connects fail with an AggregateError of one error per address.
    if (Array.isArray(e.errors)) for (const inner of e.errors) codes.push(...codesOf(inner));
    current = e.cause;
  }
  return codes;
}

/**
 * The plain-words cause when `error` means the request got no answer (a network failure), or null when it
 * is something else (an answer that could not be read, a bug) and must be reported as that.
 */
export function networkFailureCause(error: unknown, t: Translate = english): string | null {
  const codes = codesOf(error);
  for (const [pattern, key] of CAUSES) if (codes.some((c) => pattern.test(c))) return t(`errors.network.${key}`);
  // undici's bare "fetch failed" with no code we know: still no answer, cause unknown.
  if (error instanceof TypeError && error.message === 'fetch failed') return t('errors.network.no_connection');
  return null;
}

/** host[:port] of a URL for a message, or the text itself when it is no URL. */
export function hostForMessage(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * For the headless tool: a simulator named by --api-base (or a journal) that gave no answer, with the
 * cause and the next step; null when `error` is not a network failure.
 */
export function simulatorUnreachable(origin: string, error: unknown): Error | null {
  const why = networkFailureCause(error);
  if (!why) return null;
  return new Error(english('errors.simulator_unreachable', { host: hostForMessage(origin), why }), { cause: error });
}
