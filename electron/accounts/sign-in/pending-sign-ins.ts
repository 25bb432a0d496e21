// Main process (plain Node). Sign-ins waiting for their callback, keyed by `state`. A callback is
// accepted once (taking it removes it), only with a pending state, within the time limit (10 minutes).
import { randomUUID } from 'node:crypto';
import type { AuthEndpoints } from './endpoints';

export const SIGN_IN_TTL_MS = 10 * 60 * 1000;

export interface PendingSignIn {
  id: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
  /** Where the callback must arrive (scheme, host, path): the redirect URI, or the app's deep link behind an https forwarder. */
  arrivesAt: string;
  callback: 'loopback' | 'deep-link';
  createdAt: number;
  expiresAt: number;
  profileId: string;
  endpoints: AuthEndpoints;
  label: string | null;
  reconnectAccountId: string | null;
  sessionOnly: boolean;
}

export type TakeResult = { ok: true; pending: PendingSignIn } | { ok: false; reason: 'unknown_state' | 'expired' };

export class PendingSignIns {
  private readonly byState = new Map<string, PendingSignIn>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly ttlMs = SIGN_IN_TTL_MS,
  ) {}

  add(p: Omit<PendingSignIn, 'id' | 'createdAt' | 'expiresAt'>): PendingSignIn {
    const createdAt = this.now();
    const pending: PendingSignIn = { ...p, id: randomUUID(), createdAt, expiresAt: createdAt + this.ttlMs };
    this.byState.set(p.state, pending);
    return pending;
  }

  /** Takes the sign-in a callback belongs to; a second take of the same state finds nothing. */
  take(state: string): TakeResult {
    const pending = this.byState.get(state);
    if (!pending) return { ok: false, reason: 'unknown_state' };
    this.byState.delete(state);
    if (this.now() > pending.expiresAt) return { ok: false, reason: 'expired' };
    return { ok: true, pending };
  }

  /** Looks without taking (to check a callback's target before consuming the state). */
  peek(state: string): PendingSignIn | undefined {
    return this.byState.get(state);
  }

  cancel(id: string): PendingSignIn | null {
    for (const [state, p] of this.byState) {
      if (p.id === id) {
        this.byState.delete(state);
        return p;
      }
    }
    return null;
  }

  /** Drops sign-ins past their time limit; returns them so their loopback listeners can close. */
  sweep(): PendingSignIn[] {
    const gone: PendingSignIn[] = [];
    for (const [state, p] of this.byState) {
      if (this.now() > p.expiresAt) {
        this.byState.delete(state);
        gone.push(p);
      }
    }
    return gone;
  }

  get size(): number {
    return this.byState.size;
  }

  all(): PendingSignIn[] {
    return [...this.byState.values()];
  }
}
