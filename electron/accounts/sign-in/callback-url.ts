// Main process (plain Node). Reads a sign-in callback (a deep link or a loopback request) strictly:
// one `state`, and either one `code` or one `error`, in the expected shapes. Anything else is refused
// before any state is looked up. Refusal messages never quote the URL (it may carry a code).
import { appMeta } from '../../app/app-meta';

export type ParsedCallback =
  | { kind: 'code'; target: string; state: string; params: URLSearchParams }
  | { kind: 'error'; target: string; state: string; error: string };

export class CallbackRefusedError extends Error {
  constructor(
    readonly reason: 'malformed' | 'unknown_state' | 'expired' | 'wrong_target',
    message: string,
  ) {
    super(message);
    this.name = 'CallbackRefusedError';
  }
}

const MAX_URL = 4096;
const STATE = /^[A-Za-z0-9_-]{16,128}$/;
const CODE = /^[A-Za-z0-9._~-]{1,2048}$/;
const ERROR = /^[a-z_]{1,64}$/;
const ALLOWED_PARAMS = new Set(['code', 'state', 'error', 'error_description', 'error_uri', 'issuer', 'iss', 'locale']);

const malformed = (what: string) =>
  new CallbackRefusedError('malformed', `The sign-in reply was refused: ${what}. Nothing was changed. Start the connection again from the Customers screen.`);

/** The "where did it arrive" part of a callback or redirect URI: scheme, host and path. */
export function callbackTarget(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function parseCallbackUrl(raw: unknown): ParsedCallback {
  if (typeof raw !== 'string' || raw.length === 0) throw malformed('it is empty');
  if (raw.length > MAX_URL) throw malformed('it is too long');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) throw malformed('it contains spaces or control characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw malformed('it is not a valid address');
  }
  const isDeepLink = url.protocol === `${appMeta.scheme}:`;
  const isLoopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (!isDeepLink && !isLoopback) throw malformed('it is not addressed to this app');
  if (url.username || url.password) throw malformed('it carries a user name or password');
  if (url.hash) throw malformed('it has a fragment');
  const keys = [...url.searchParams.keys()];
  if (keys.length > 12) throw malformed('it has too many parameters');
  for (const key of keys) {
    if (!ALLOWED_PARAMS.has(key)) throw malformed(`it has an unexpected parameter "${key.slice(0, 32).replace(/[^\w-]/g, '?')}"`);
    if (url.searchParams.getAll(key).length > 1) throw malformed(`it repeats the parameter "${key}"`);
  }
  const state = url.searchParams.get('state');
  if (!state || !STATE.test(state)) throw malformed('its state is missing or not in the expected form');
  const code = url.searchParams.get('code');
  const error = url.searchParams.get('error');
  if (code !== null && error !== null) throw malformed('it has both a code and an error');
  const target = callbackTarget(url);
  if (error !== null) {
    if (!ERROR.test(error)) throw malformed('its error is not in the expected form');
    return { kind: 'error', target, state, error };
  }
  if (code === null || !CODE.test(code)) throw malformed('its code is missing or not in the expected form');
  return { kind: 'code', target, state, params: url.searchParams };
}
