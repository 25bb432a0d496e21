// Main process (plain Node). Access tokens borrowed from the energy platform ("through the platform"):
// held in memory only, never refreshed by the doctor (it has no refresh token), borrowed once more when
// near expiry or after a 401, and dropped when the customer is forgotten or the visit ends. Nothing here
// is ever written to a file, the keychain or a log.
import type { PlatformClient, BorrowedToken } from '@main/platform/platform-client';
import type { TokenProvider } from '../fleet/fleet-session';
import { UserFacingError } from '@main/ipc/handler-types';

/** Borrow again when less than this is left (the platform refreshes its own connection as needed). */
const BORROW_MARGIN_MS = 60 * 1000;

interface Held {
  platform: PlatformClient;
  ref: string;
  token: BorrowedToken;
}

export class BorrowedTokens {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly now: () => number,
    /** A fresher token was borrowed: its scopes and when it was issued are the ones to show. */
    private readonly onBorrowed?: (accountId: string, token: BorrowedToken) => void,
  ) {}

  has(accountId: string): boolean {
    return this.held.has(accountId);
  }

  get(accountId: string): Held | undefined {
    return this.held.get(accountId);
  }

  keep(accountId: string, platform: PlatformClient, ref: string, token: BorrowedToken): void {
    this.held.set(accountId, { platform, ref, token });
  }

  drop(accountId: string): void {
    this.held.delete(accountId);
  }

  dropAll(): void {
    this.held.clear();
  }

  /** Hands out the borrowed token; borrows again near expiry, and once more after a 401. */
  provider(accountId: string): TokenProvider {
    const borrow = async (): Promise<BorrowedToken> => {
      const h = this.held.get(accountId);
      if (!h) throw new UserFacingError('borrowed_dropped');
      const token = await h.platform.borrowAccessToken(h.ref);
      // Dropped while borrowing (end of visit): do not keep what came back.
      if (this.held.get(accountId) === h) {
        h.token = token;
        this.onBorrowed?.(accountId, token);
      }
      return token;
    };
    let lastBorrowAt = 0;
    return {
      getAccessToken: async () => {
        const h = this.held.get(accountId);
        if (!h) throw new UserFacingError('borrowed_dropped');
        if (Date.parse(h.token.expiresAt) - BORROW_MARGIN_MS > this.now()) return h.token.accessToken;
        lastBorrowAt = this.now();
        return (await borrow()).accessToken;
      },
      onUnauthorized: async () => {
        // Once: a second 401 right after a fresh borrow is the platform's problem, said by the caller.
        if (this.now() - lastBorrowAt < 10_000) return;
        lastBorrowAt = this.now();
        await borrow();
      },
    };
  }
}
