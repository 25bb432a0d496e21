// Main process (plain Node). Site leases: one doctor at a time changes a site's settings. Expiry follows
// the simulated clock; a lease is renewed or released only by its own id.
import { randomUUID } from 'node:crypto';
import type { SimClock } from '../sim-types';

export interface Lease {
  leaseId: string;
  holder: string;
  expiresAt: number;
  ttlSeconds: number;
}

export type LeaseAnswer = { ok: true; lease: Lease } | { ok: false; held: Lease } | { ok: false; unknown: true };

export class SiteLeases {
  private readonly bySite = new Map<string, Lease>();

  constructor(private readonly clock: SimClock) {}

  private live(siteId: string): Lease | undefined {
    const lease = this.bySite.get(siteId);
    if (lease && lease.expiresAt <= this.clock.now()) {
      this.bySite.delete(siteId);
      return undefined;
    }
    return lease;
  }

  take(siteId: string, holder: string, ttlSeconds: number): LeaseAnswer {
    const held = this.live(siteId);
    if (held) return { ok: false, held };
    const lease = { leaseId: randomUUID(), holder, expiresAt: this.clock.now() + ttlSeconds * 1000, ttlSeconds };
    this.bySite.set(siteId, lease);
    return { ok: true, lease };
  }

  /** `ttlSeconds` absent: the lease's own. */
  renew(siteId: string, leaseId: string, ttlSeconds?: number): LeaseAnswer {
    const held = this.live(siteId);
    if (!held) return { ok: false, unknown: true };
    if (held.leaseId !== leaseId) return { ok: false, held };
    held.ttlSeconds = ttlSeconds ?? held.ttlSeconds;
    held.expiresAt = this.clock.now() + held.ttlSeconds * 1000;
    return { ok: true, lease: held };
  }

  /** Releasing a lease that already ended is fine; someone else's lease is never touched. */
  release(siteId: string, leaseId: string): void {
    if (this.live(siteId)?.leaseId === leaseId) this.bySite.delete(siteId);
  }

  reset(): void {
    this.bySite.clear();
  }
}
