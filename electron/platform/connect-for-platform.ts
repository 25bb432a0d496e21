// Main process (plain Node). "Connect for the platform": the customer signs in in the system browser under
// the platform's client id (PKCE S256, state and verifier made here), the code arrives at a loopback
// redirect, and the doctor hands code and verifier to the platform, which exchanges them with its own
// secret and keeps the connection. The doctor never sees a token of it.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { startLoopbackListener, type LoopbackReply } from '@main/accounts/sign-in/loopback-server';
import type { PlatformClient } from './platform-client';
import { UserFacingError } from '@main/ipc/handler-types';
import type { Language } from '@shared/text/languages';

export interface ConnectForPlatformOptions {
  platform: PlatformClient;
  ref: string;
  /** Opens the sign-in page (the system browser; the headless tool drives the simulator's consent). */
  openUrl: (authorizeUrl: string) => Promise<unknown>;
  /** Ask Tesla only for the boxes not yet ticked (adding a missing consent box). */
  promptMissingScopes?: boolean;
  /** Give up waiting for the customer after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Stops waiting (the installer cancelled, the app closes): the listener closes, nothing is handed over. */
  signal?: AbortSignal;
  /** The app's language: the loopback page the browser ends on speaks it (English when absent). */
  language?: Language;
}

/** An OAuth error code as Tesla sends it (RFC 6749 `error`): anything else is not quoted. */
const OAUTH_ERROR = /^[a-z_]{1,64}$/;

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Runs the whole hand-over; resolves with the scopes the platform now holds. */
export async function connectForPlatform(options: ConnectForPlatformOptions): Promise<string[]> {
  const params = await options.platform.authorizeParams();
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const state = randomBytes(16).toString('base64url');
  let settle!: { resolve: (code: string) => void; reject: (e: Error) => void };
  const arrived = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  const listener = await startLoopbackListener({
    ...(options.language ? { language: options.language } : {}),
    onCallback: (url): Promise<LoopbackReply> => {
      const q = new URL(url).searchParams;
      const code = q.get('code');
      const error = q.get('error');
      if (!same(q.get('state') ?? '', state) || !code) {
        if (!error) return Promise.resolve({ ok: false, text: { key: 'errors.sign_in_unknown_state', params: {} } });
        // Said in the page's and the app's language; Tesla's error code is quoted only in its own shape.
        const refused =
          error === 'access_denied'
            ? new UserFacingError('sign_in_denied')
            : new UserFacingError('sign_in_ended', { error: OAUTH_ERROR.test(error) ? error : '?' });
        settle.reject(refused);
        return Promise.resolve({ ok: false, text: refused.text });
      }
      settle.resolve(code);
      return Promise.resolve({ ok: true, text: { key: 'accounts.signInPage.platformConnected', params: {} } });
    },
  });
  const cancelled = () => settle.reject(new UserFacingError('sign_in_cancelled'));
  if (options.signal?.aborted) cancelled();
  options.signal?.addEventListener('abort', cancelled, { once: true });
  const timer = setTimeout(
    () => settle.reject(new UserFacingError('sign_in_not_finished')),
    options.timeoutMs ?? 10 * 60_000,
  );
  try {
    const url = new URL(params.authorizeUrl);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: params.clientId,
      redirect_uri: listener.redirectUri,
      scope: params.scopes.join(' '),
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...(options.promptMissingScopes ? { prompt_missing_scopes: 'true' } : {}),
    }).toString();
    const opened = options.openUrl(url.href).catch((error: unknown) => settle.reject(error as Error));
    const code = await arrived;
    await opened;
    const done = await options.platform.connectForPlatform(options.ref, {
      code,
      codeVerifier: verifier,
      redirectUri: listener.redirectUri,
    });
    return done.scopes;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancelled);
    await listener.close();
  }
}
