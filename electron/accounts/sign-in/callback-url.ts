// Main process (plain Node). Reads a sign-in callback (a deep link or a loopback request) strictly:
// one `state`, and either one `code` or one `error`, in the expected shapes. Anything else is refused
// before any state is looked up. Refusal messages never quote the URL (it may carry a code).
import { appMeta } from '@main/infra/app-meta';
import type { TextParams, TextRef } from '@shared/text/text-ref';
import type { ErrorKey } from '@main/ipc/handler-types';
import { signInText } from './sign-in-text';

export type ParsedCallback =
  | { kind: 'code'; target: string; state: string; params: URLSearchParams }
  | { kind: 'error'; target: string; state: string; error: string };

export class CallbackRefusedError extends Error {
  readonly text: TextRef;
  constructor(
    readonly reason: 'malformed' | 'unknown_state' | 'expired' | 'wrong_target',
    key: ErrorKey,
    params: TextParams = {},
  ) {
    const words = signInText(key, params);
    super(words.message);
    this.name = 'CallbackRefusedError';
    this.text = words.text;
  }
}

const MAX_URL = 4096;
const STATE = /^[A-Za-z0-9_-]{16,128}$/;
const CODE = /^[A-Za-z0-9._~-]{1,2048}$/;
const ERROR = /^[a-z_]{1,64}$/;
const ALLOWED_PARAMS = new Set(['code', 'state', 'error', 'error_description', 'error_uri', 'issuer', 'iss', 'locale']);

/** `what` names one of `errors.sign_in_reply_*`; `name` is the parameter it may quote. */
const malformed = (what: string, name?: string) =>
  new CallbackRefusedError('malformed', 'sign_in_malformed', {
    whatKey: `errors.sign_in_reply_${what}`,
    ...(name !== undefined ? { name } : {}),
  });

/** The "where did it arrive" part of a callback or redirect URI: scheme, host and path. */
export function callbackTarget(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export function parseCallbackUrl(raw: unknown): ParsedCallback {
  if (typeof raw !== 'string' || raw.length === 0) throw malformed('empty');
  if (raw.length > MAX_URL) throw malformed('too_long');
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(raw)) throw malformed('control_characters');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw malformed('not_an_address');
  }
  const isDeepLink = url.protocol === `${appMeta.scheme}:`;
  const isLoopback = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost');
  if (!isDeepLink && !isLoopback) throw malformed('not_for_this_app');
  if (url.username || url.password) throw malformed('credentials');
  if (url.hash) throw malformed('fragment');
  const keys = [...url.searchParams.keys()];
  if (keys.length > 12) throw malformed('too_many_parameters');
  for (const key of keys) {
    if (!ALLOWED_PARAMS.has(key)) throw malformed('unexpected_parameter', key.slice(0, 32).replace(/[^\w-]/g, '?'));
    if (url.searchParams.getAll(key).length > 1) throw malformed('repeated_parameter', key);
  }
  const state = url.searchParams.get('state');
  if (!state || !STATE.test(state)) throw malformed('bad_state');
  const code = url.searchParams.get('code');
  const error = url.searchParams.get('error');
  if (code !== null && error !== null) throw malformed('code_and_error');
  const target = callbackTarget(url);
  if (error !== null) {
    if (!ERROR.test(error)) throw malformed('bad_error');
    return { kind: 'error', target, state, error };
  }
  if (code === null || !CODE.test(code)) throw malformed('bad_code');
  return { kind: 'code', target, state, params: url.searchParams };
}
