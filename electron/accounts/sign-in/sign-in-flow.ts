// Main process (plain Node). One customer sign-in from start to tokens: builds the authorize URL
// (PKCE S256, state, nonce), opens a loopback listener when the profile uses one, accepts the callback
// (deep link or loopback) once, exchanges the code and hands the tokens to the account side.
import { UserFacingError } from '@main/ipc/handler-types';
import { callbackTarget, CallbackRefusedError, parseCallbackUrl } from './callback-url';
import { DEEP_LINK_REDIRECT_URI, type AuthEndpoints } from './endpoints';
import { startLoopbackListener, type LoopbackListener } from './loopback-server';
import {
  buildAuthorizeUrl,
  CodeExchangeError,
  codeChallengeFor,
  exchangeCode,
  randomCodeVerifier,
  randomNonce,
  randomState,
  SignInReplyError,
  TokenServiceUnreachableError,
  type TokenSet,
} from './oauth-client';
import { PendingSignIns, SIGN_IN_TTL_MS, type PendingSignIn } from './pending-sign-ins';
import { TokenClaimsError } from './token-claims';
import type { Language } from '@shared/text/languages';
import type { TextRef } from '@shared/text/text-ref';
import { signInText, type SignInText } from './sign-in-text';

export interface SignInRequest {
  endpoints: AuthEndpoints;
  profileId: string;
  label: string | null;
  reconnectAccountId: string | null;
  sessionOnly: boolean;
  /** The app's language: the loopback page the browser ends on speaks it (English when absent). */
  language?: Language;
}

export interface SignInStarted {
  signInId: string;
  authorizeUrl: string;
  callback: 'loopback' | 'deep-link';
  expiresAt: number;
}

export type CallbackOutcome =
  | { ok: true; signInId: string; accountId: string }
  | {
      ok: false;
      signInId: string | null;
      reason: CallbackRefusedError['reason'] | 'declined' | 'failed';
      message: string;
      text: TextRef;
    };

export interface SignInFinishedEvent {
  signInId: string;
  ok: boolean;
  accountId: string | null;
  error: string | null;
  /** The same as a key under `errors.` and its values: the page shows it in its language. */
  errorText?: TextRef;
}

export interface SignInFlowDeps {
  now?: () => number;
  fetch?: typeof fetch;
  ttlMs?: number;
  /** Stores the tokens and returns the account id; throws UserFacingError with a safe message. */
  complete(pending: PendingSignIn, tokens: TokenSet): Promise<string>;
  onFinished?(event: SignInFinishedEvent): void;
  /** Support log (redacted by the logger); only ids, kinds and reasons are passed, never a URL or token. */
  log?: SignInLog;
}

export type SignInLog = (
  level: 'info' | 'warn',
  event: string,
  fields?: Record<string, string | number | boolean | null>,
) => void;

const declined = (error: string) =>
  error === 'access_denied' ? signInText('sign_in_denied') : signInText('sign_in_ended', { error });

export class SignInFlow {
  readonly pending: PendingSignIns;
  private readonly listeners = new Map<string, LoopbackListener>();
  private readonly now: () => number;
  private readonly sweeper: NodeJS.Timeout;

  constructor(private readonly deps: SignInFlowDeps) {
    this.now = deps.now ?? Date.now;
    this.pending = new PendingSignIns(this.now, deps.ttlMs ?? SIGN_IN_TTL_MS);
    this.sweeper = setInterval(() => this.sweep(), 30_000);
    this.sweeper.unref();
  }

  async start(req: SignInRequest): Promise<SignInStarted> {
    const e = req.endpoints;
    const state = randomState();
    const nonce = randomNonce();
    const codeVerifier = randomCodeVerifier();
    let redirectUri = e.redirectUri;
    let listener: LoopbackListener | null = null;
    if (e.callback === 'loopback') {
      const registered = new URL(e.redirectUri);
      // A registered port is used as-is (Tesla matches redirect URIs exactly); none means "any", chosen now.
      if (registered.port) this.cancelOnPort(Number(registered.port));
      try {
        listener = await startLoopbackListener({
          port: registered.port ? Number(registered.port) : 0,
          path: registered.pathname,
          ...(req.language ? { language: req.language } : {}),
          onCallback: async (url) => {
            const outcome = await this.handleCallback(url);
            return {
              ok: outcome.ok,
              text: outcome.ok ? { key: 'accounts.connected', params: {} } : outcome.text,
            };
          },
        });
      } catch {
        throw new UserFacingError('port_busy', { port: registered.port || 'any' });
      }
      redirectUri = registered.port
        ? e.redirectUri
        : `${registered.protocol}//${registered.hostname}:${listener.port}${registered.pathname}`;
    }
    const arrivesAt = callbackTarget(
      new URL(e.callback === 'deep-link' && redirectUri.startsWith('https:') ? DEEP_LINK_REDIRECT_URI : redirectUri),
    );
    const pending = this.pending.add({
      arrivesAt,
      state,
      nonce,
      codeVerifier,
      redirectUri,
      callback: e.callback,
      profileId: req.profileId,
      endpoints: e,
      label: req.label,
      reconnectAccountId: req.reconnectAccountId,
      sessionOnly: req.sessionOnly,
    });
    if (listener) this.listeners.set(pending.id, listener);
    const authorizeUrl = buildAuthorizeUrl(e, {
      state,
      nonce,
      codeChallenge: await codeChallengeFor(codeVerifier),
      redirectUri,
      promptMissingScopes: req.reconnectAccountId !== null,
    });
    this.deps.log?.('info', 'auth.signInStarted', {
      signInId: pending.id,
      profileId: req.profileId,
      callback: e.callback,
      reconnect: req.reconnectAccountId !== null,
    });
    return { signInId: pending.id, authorizeUrl, callback: e.callback, expiresAt: pending.expiresAt };
  }

  /** Accepts or refuses a callback URL (deep link or loopback). Never throws; a refusal changes nothing. */
  async handleCallback(url: unknown): Promise<CallbackOutcome> {
    let parsed;
    try {
      parsed = parseCallbackUrl(url);
    } catch (error) {
      return this.refused(null, error);
    }
    const peeked = this.pending.peek(parsed.state);
    if (!peeked) {
      return this.refused(null, new CallbackRefusedError('unknown_state', 'sign_in_unknown_state'));
    }
    if (peeked.arrivesAt !== parsed.target) {
      return this.refused(null, new CallbackRefusedError('wrong_target', 'sign_in_wrong_target'));
    }
    const taken = this.pending.take(parsed.state);
    if (!taken.ok) {
      const outcome = this.refused(peeked.id, new CallbackRefusedError('expired', 'sign_in_late'));
      this.finish(peeked.id, outcome);
      return outcome;
    }
    const pending = taken.pending;
    let outcome: CallbackOutcome;
    if (parsed.kind === 'error') {
      outcome = { ok: false, signInId: pending.id, reason: 'declined', ...declined(parsed.error) };
    } else {
      try {
        const tokens = await exchangeCode(pending.endpoints, parsed.params, pending, {
          fetch: this.deps.fetch,
          now: this.now,
        });
        const accountId = await this.deps.complete(pending, tokens);
        outcome = { ok: true, signInId: pending.id, accountId };
      } catch (error) {
        outcome = { ok: false, signInId: pending.id, reason: 'failed', ...failureText(error) };
      }
    }
    this.finish(pending.id, outcome);
    return outcome;
  }

  cancel(signInId: string): boolean {
    const p = this.pending.cancel(signInId);
    if (!p) return false;
    this.finish(p.id, { ok: false, signInId: p.id, reason: 'failed', ...signInText('sign_in_cancelled') });
    return true;
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    const all = [...this.listeners.values()];
    this.listeners.clear();
    await Promise.all(all.map((l) => l.close()));
  }

  private cancelOnPort(port: number): void {
    for (const [id, l] of this.listeners) if (l.port === port) this.cancel(id);
  }

  private sweep(): void {
    for (const p of this.pending.sweep()) {
      this.finish(p.id, { ok: false, signInId: p.id, reason: 'expired', ...signInText('sign_in_expired') });
    }
  }

  private refused(signInId: string | null, error: unknown): CallbackOutcome {
    const reason = error instanceof CallbackRefusedError ? error.reason : 'failed';
    this.deps.log?.('warn', 'auth.callbackRefused', { signInId, reason });
    return { ok: false, signInId, reason, ...failureText(error) };
  }

  private finish(signInId: string, outcome: CallbackOutcome): void {
    const listener = this.listeners.get(signInId);
    if (listener) {
      this.listeners.delete(signInId);
      void listener.close();
    }
    this.deps.log?.(outcome.ok ? 'info' : 'warn', 'auth.signInFinished', {
      signInId,
      ok: outcome.ok,
      reason: outcome.ok ? null : outcome.reason,
    });
    this.deps.onFinished?.({
      signInId,
      ok: outcome.ok,
      accountId: outcome.ok ? outcome.accountId : null,
      error: outcome.ok ? null : outcome.message,
      ...(outcome.ok ? {} : { errorText: outcome.text }),
    });
  }
}

function failureText(error: unknown): SignInText {
  if (error instanceof UserFacingError || error instanceof CallbackRefusedError || error instanceof SignInReplyError)
    return { message: error.message, text: error.text };
  if (error instanceof TokenClaimsError) return signInText('sign_in_token_unreadable');
  if (error instanceof CodeExchangeError) return signInText('sign_in_code_refused', { error: error.oauthError });
  if (error instanceof TokenServiceUnreachableError)
    return signInText('sign_in_unreachable', { host: error.host, why: error.why });
  // Not the network (that is named above) and not Tesla's answer: do not send anyone to check the internet.
  return signInText('sign_in_unexpected');
}
