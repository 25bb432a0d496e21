// Main process (plain Node). The OAuth calls, through oauth4webapi: the authorize URL (code + PKCE S256 +
// state + nonce), the code exchange (with Tesla's `audience`) and the refresh. Nothing here logs or
// quotes a token; errors carry Tesla's error code only.
import * as oauth from 'oauth4webapi';
import { hostForMessage, networkFailureCause } from '@main/infra/network-failure';
import { audienceFor } from './region';
import type { AuthEndpoints } from './endpoints';
import type { TextRef } from '@shared/text/text-ref';
import { signInText } from './sign-in-text';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch ms. */
  accessTokenExpiresAt: number;
  /** The signed-in person's email from the id_token, when it carries one. */
  email: string | null;
}

/** Tesla refused a refresh (401 login_required, invalid_grant): the customer must sign in again. */
export class RefreshRejectedError extends Error {
  constructor(readonly oauthError: string) {
    super(english('errors.sign_in_refresh_refused', { code: oauthError }));
    this.name = 'RefreshRejectedError';
  }
}

/** The token endpoint refused the code exchange; `oauthError` is Tesla's error code (never the code itself). */
export class CodeExchangeError extends Error {
  constructor(readonly oauthError: string) {
    super(english('errors.sign_in_token_step_refused', { code: oauthError }));
    this.name = 'CodeExchangeError';
  }
}

/**
 * The sign-in reply did not check out: the callback names another issuer, or the ID token was issued by
 * another service, for another app, for another sign-in, or outside its validity time. The message says
 * which, and what to do; nothing is connected.
 */
export class SignInReplyError extends Error {
  /** `errors.sign_in_answer_<reason>` in the text catalogue. */
  readonly text: TextRef;
  constructor(
    readonly reason:
      'callback_issuer' | 'id_token_issuer' | 'id_token_audience' | 'id_token_nonce' | 'id_token_time' | 'unreadable',
  ) {
    const words = signInText(`sign_in_answer_${reason}`);
    super(words.message);
    this.name = 'SignInReplyError';
    this.text = words.text;
  }
}

/** The token service gave no answer at all; `why` is in plain words (refused, no DNS answer, timeout, …). */
export class TokenServiceUnreachableError extends Error {
  constructor(
    readonly host: string,
    readonly why: string,
  ) {
    super(english('errors.sign_in_service_unreachable', { host, why }));
    this.name = 'TokenServiceUnreachableError';
  }
}

const replyError = (reason: SignInReplyError['reason']) => new SignInReplyError(reason);

/** What oauth4webapi's refusal of an answer means for the person signing in; null for other errors. */
function replyErrorOf(error: unknown): SignInReplyError | null {
  if (!(error instanceof oauth.OperationProcessingError)) return null;
  const claim = (error.cause as { claim?: unknown } | undefined)?.claim;
  if (error.code === oauth.JWT_CLAIM_COMPARISON) {
    if (claim === 'iss') return replyError('id_token_issuer');
    if (claim === 'aud' || claim === 'azp') return replyError('id_token_audience');
    if (claim === 'nonce') return replyError('id_token_nonce');
  }
  if (error.code === oauth.JWT_TIMESTAMP_CHECK) return replyError('id_token_time');
  return replyError('unreadable');
}

/**
 * Tesla names itself twice in the callback: its own `issuer` parameter and the standard `iss` (RFC 9207).
 * Each one present must be the issuer the sign-in started with, or the reply may come from another service.
 */
function checkCallbackIssuer(e: AuthEndpoints, params: URLSearchParams): void {
  for (const name of ['issuer', 'iss']) {
    const value = params.get(name);
    if (value !== null && value !== e.issuer) throw replyError('callback_issuer');
  }
}

export interface OAuthOptions {
  fetch?: typeof fetch;
  now?: () => number;
}

/** The client, told how far the app's clock (the simulator's, in demo) is from this machine's. */
function clientFor(e: AuthEndpoints, o: OAuthOptions): oauth.Client {
  const skew = o.now ? Math.round((o.now() - Date.now()) / 1000) : 0;
  return { client_id: e.clientId, ...(skew !== 0 ? { [oauth.clockSkew]: skew } : {}) };
}

function server(e: AuthEndpoints, tokenEndpoint: string): oauth.AuthorizationServer {
  return { issuer: e.issuer, authorization_endpoint: e.authorizationEndpoint, token_endpoint: tokenEndpoint };
}

function requestOptions(e: AuthEndpoints, o: OAuthOptions, extra?: URLSearchParams) {
  return {
    ...(extra ? { additionalParameters: extra } : {}),
    ...(e.allowInsecureHttp ? { [oauth.allowInsecureRequests]: true } : {}),
    ...(o.fetch ? { [oauth.customFetch]: o.fetch } : {}),
  };
}

export interface AuthorizeRequest {
  state: string;
  nonce: string;
  codeChallenge: string;
  redirectUri: string;
  /** On a reconnect: Tesla then asks only for the scopes not yet granted. */
  promptMissingScopes: boolean;
}

export function buildAuthorizeUrl(e: AuthEndpoints, r: AuthorizeRequest): string {
  const url = new URL(e.authorizationEndpoint);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', e.clientId);
  url.searchParams.set('redirect_uri', r.redirectUri);
  url.searchParams.set('scope', e.scopes.join(' '));
  url.searchParams.set('state', r.state);
  url.searchParams.set('nonce', r.nonce);
  url.searchParams.set('code_challenge', r.codeChallenge);
  url.searchParams.set('code_challenge_method', 'S256');
  if (r.promptMissingScopes) url.searchParams.set('prompt_missing_scopes', 'true');
  return url.href;
}

function toTokenSet(result: oauth.TokenEndpointResponse, now: number): TokenSet {
  const claims = oauth.getValidatedIdTokenClaims(result);
  const email = typeof claims?.email === 'string' ? claims.email : null;
  return {
    accessToken: result.access_token,
    refreshToken: result.refresh_token ?? null,
    accessTokenExpiresAt: now + (typeof result.expires_in === 'number' ? result.expires_in : 8 * 3600) * 1000,
    email,
  };
}

function oauthErrorCode(error: unknown): string | null {
  if (error instanceof oauth.ResponseBodyError) return error.error;
  if (error instanceof oauth.WWWAuthenticateChallengeError) return error.cause[0]?.parameters.error ?? 'unauthorized';
  return null;
}

export async function exchangeCode(
  e: AuthEndpoints,
  params: URLSearchParams,
  pending: { state: string; nonce: string; codeVerifier: string; redirectUri: string },
  o: OAuthOptions = {},
): Promise<TokenSet> {
  const tokenEndpoint = e.brokerEndpoint ?? e.tokenEndpoint;
  const as = server(e, tokenEndpoint);
  const client = clientFor(e, o);
  checkCallbackIssuer(e, params);
  const validated = oauth.validateAuthResponse(as, client, params, pending.state);
  const code = validated.get('code') ?? '';
  const auth = e.clientSecret && !e.brokerEndpoint ? oauth.ClientSecretPost(e.clientSecret) : oauth.None();
  const extra = new URLSearchParams({ audience: audienceFor(code, e.regionBaseUrls) });
  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      validated,
      pending.redirectUri,
      pending.codeVerifier,
      requestOptions(e, o, extra),
    );
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, {
      expectedNonce: pending.nonce,
      requireIdToken: e.scopes.includes('openid'),
    });
    return toTokenSet(result, (o.now ?? Date.now)());
  } catch (error) {
    const code = oauthErrorCode(error);
    if (code) throw new CodeExchangeError(code);
    const cause = networkFailureCause(error);
    if (cause) throw new TokenServiceUnreachableError(hostForMessage(tokenEndpoint), cause);
    throw replyErrorOf(error) ?? error;
  }
}

export async function refreshTokens(e: AuthEndpoints, refreshToken: string, o: OAuthOptions = {}): Promise<TokenSet> {
  const as = server(e, e.tokenEndpoint);
  const client = clientFor(e, o);
  try {
    const response = await oauth.refreshTokenGrantRequest(as, client, oauth.None(), refreshToken, requestOptions(e, o));
    const result = await oauth.processRefreshTokenResponse(as, client, response);
    return toTokenSet(result, (o.now ?? Date.now)());
  } catch (error) {
    const code = oauthErrorCode(error);
    if (code) throw new RefreshRejectedError(code);
    const cause = networkFailureCause(error);
    if (cause) throw new TokenServiceUnreachableError(hostForMessage(e.tokenEndpoint), cause);
    throw replyErrorOf(error) ?? error;
  }
}

export const randomState = oauth.generateRandomState;
export const randomNonce = oauth.generateRandomNonce;
export const randomCodeVerifier = oauth.generateRandomCodeVerifier;
export const codeChallengeFor = oauth.calculatePKCECodeChallenge;
