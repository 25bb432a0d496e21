// Main process (plain Node). Hands out a customer's access token, refreshing shortly before expiry with
// exactly one refresh in flight per account however many callers wait. Tesla's refresh tokens are single
// use, so the new refresh token is saved to the store before the new access token is handed out.
import { UserFacingError } from '../ipc/handler-types';
import { RefreshRejectedError, TokenServiceUnreachableError, type TokenSet } from './sign-in/oauth-client';
import type { StoredTokens, TokenStore } from './token-store';
import { KeychainUnavailableError } from '../infra/keychain';

/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 5 * 60 * 1000;
/** A 401 within this long after a refresh does not trigger another one. */
const RECENT_REFRESH_MS = 10_000;

export interface TokenManagerDeps {
  accountId: string;
  store: TokenStore;
  refresh(refreshToken: string): Promise<TokenSet>;
  now: () => number;
  /** The account needs the customer to sign in again; `reason` is safe to show. */
  onReconnectNeeded(reason: string): void;
  /** A refresh brought a new access token (its scopes may differ: grant changes apply to new tokens). */
  onRefreshed?(accessToken: string): void;
}

export class ReconnectNeededError extends UserFacingError {
  constructor(readonly reason: string) {
    super('needs_reconnect', { reason });
  }
}

export class TokenManager {
  private cached: StoredTokens | null = null;
  private inflight: Promise<StoredTokens> | null = null;
  private lastRefreshAt = 0;
  private disposed = false;
  /** How many refreshes this manager has sent (tests and benchmarks read it). */
  refreshCount = 0;

  constructor(private readonly deps: TokenManagerDeps) {}

  /**
   * The customer is being forgotten: no refresh may write tokens back to the keychain after this, including
   * one already under way (it is awaited, then finds the manager disposed and writes nothing).
   */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.cached = null;
    await this.inflight?.catch(() => undefined);
  }

  async getAccessToken(): Promise<string> {
    if (this.disposed) throw new UserFacingError('customer_forgotten');
    const tokens = this.cached ?? (this.cached = await this.load());
    if (tokens.accessTokenExpiresAt - REFRESH_MARGIN_MS > this.deps.now()) return tokens.accessToken;
    return (await this.refreshOnce()).accessToken;
  }

  async onUnauthorized(): Promise<void> {
    if (this.inflight) {
      await this.inflight;
      return;
    }
    if (this.deps.now() - this.lastRefreshAt < RECENT_REFRESH_MS) return;
    await this.refreshOnce();
  }

  /** The tokens as last loaded (for the session's summary; never leaves the main process). */
  async current(): Promise<StoredTokens> {
    return this.cached ?? (this.cached = await this.load());
  }

  private async load(): Promise<StoredTokens> {
    let stored: StoredTokens | null;
    try {
      stored = await this.deps.store.read(this.deps.accountId);
    } catch (error) {
      if (error instanceof KeychainUnavailableError)
        throw new UserFacingError('sign_in_unreadable', { reason: error.reason });
      throw error;
    }
    if (!stored) throw this.reconnect('the saved sign-in was not found in the keychain.');
    return stored;
  }

  private refreshOnce(): Promise<StoredTokens> {
    this.inflight ??= this.doRefresh().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async doRefresh(): Promise<StoredTokens> {
    // The store is the truth for the refresh token: another run may have rotated it.
    const current = await this.load();
    if (!current.refreshToken)
      throw this.reconnect('Tesla gave no refresh token (the “offline_access” permission is missing).');
    this.refreshCount += 1;
    let fresh: TokenSet;
    try {
      fresh = await this.deps.refresh(current.refreshToken);
    } catch (error) {
      if (error instanceof RefreshRejectedError && ['login_required', 'invalid_grant'].includes(error.oauthError)) {
        throw this.reconnect(
          `Tesla no longer accepts the saved sign-in (${error.oauthError}: expired, replaced, or the password was changed).`,
        );
      }
      if (error instanceof RefreshRejectedError)
        throw new UserFacingError('refresh_refused', { error: error.oauthError });
      if (error instanceof TokenServiceUnreachableError) {
        throw new UserFacingError('refresh_service_unreachable', { host: error.host, why: error.why });
      }
      // An answer that came but could not be read (a Wi-Fi login page, a proxy): not the connection's fault.
      throw new UserFacingError('refresh_unreadable');
    }
    if (this.disposed) throw new UserFacingError('customer_forgotten');
    const next: StoredTokens = {
      v: 1,
      refreshToken: fresh.refreshToken ?? current.refreshToken,
      accessToken: fresh.accessToken,
      accessTokenExpiresAt: fresh.accessTokenExpiresAt,
    };
    try {
      await this.deps.store.write(this.deps.accountId, next);
    } catch (error) {
      // The new refresh token could not be kept: do not use the new access token (the rule is save first).
      this.cached = null;
      if (error instanceof KeychainUnavailableError)
        throw new UserFacingError('renewed_not_saved', { reason: error.reason });
      throw error;
    }
    this.cached = next;
    this.lastRefreshAt = this.deps.now();
    this.deps.onRefreshed?.(next.accessToken);
    return next;
  }

  private reconnect(reason: string): ReconnectNeededError {
    this.cached = null;
    this.deps.onReconnectNeeded(reason);
    return new ReconnectNeededError(reason);
  }
}
