// Main process (plain Node). The sites and cars each customer's last products answer listed, so the next
// diagnosis can send their reads together with products (one round trip instead of two). Ids only: no
// names, addresses, readings or tokens. Customers kept on the keychain are remembered in
// <dataDir>/known-devices.json across restarts; session-only ones in memory for this run.
import { z } from 'zod';
import { SettingsStore } from '../infra/settings-store';
import type { KnownDevices } from './gather';

export interface KnownDevicesStore {
  get(accountId: string): KnownDevices | undefined;
  set(accountId: string, ids: KnownDevices): void;
}

// The ids go into request paths and bodies: only the shapes the Fleet API client accepts, and not too many.
const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const EntrySchema = z.object({ siteIds: z.array(Id).max(1000), vins: z.array(Id).max(1000) }).strict();
const FileSchema = z
  .object({ version: z.literal(1), accounts: z.record(z.string().min(1).max(200), EntrySchema) })
  .strict();

const storable = (ids: readonly string[]) => ids.filter((id) => Id.safeParse(id).success).slice(0, 1000);

const same = (a: KnownDevices, b: KnownDevices | undefined) =>
  b !== undefined && a.siteIds.join('\n') === b.siteIds.join('\n') && a.vins.join('\n') === b.vins.join('\n');

export function memoryKnownDevices(): KnownDevicesStore & { forget(keep: (accountId: string) => boolean): void } {
  const held = new Map<string, KnownDevices>();
  return {
    get: (id) => held.get(id),
    set: (id, ids) => void held.set(id, { siteIds: [...ids.siteIds], vins: [...ids.vins] }),
    forget: (keep) => [...held.keys()].filter((id) => !keep(id)).forEach((id) => held.delete(id)),
  };
}

/** Where a customer is remembered: on the keychain (kept across restarts), for this run only, or not at all. */
export type CustomerKept = 'kept' | 'session' | 'gone';

/**
 * `status(accountId)` says whether that customer is kept across restarts. `prune()` (called when the
 * customer list changes) drops forgotten customers, and from the file those no longer kept.
 * The file is a cache: if it cannot be read or written the diagnosis simply takes its two round trips.
 */
export class KnownDevicesFile implements KnownDevicesStore {
  private readonly memory = memoryKnownDevices();
  private readonly file: SettingsStore<typeof FileSchema>;
  private readonly kept: (accountId: string) => boolean;

  constructor(
    dataDir: string,
    private readonly status: (accountId: string) => CustomerKept,
  ) {
    this.file = new SettingsStore({
      dataDir,
      name: 'known-devices',
      schema: FileSchema,
      defaults: () => ({ version: 1 as const, accounts: {} }),
    });
    this.kept = (id) => this.status(id) === 'kept';
  }

  /** Forgets the devices of customers who are gone (and keeps on disk only those still kept). */
  prune(): void {
    this.memory.forget((id) => this.status(id) !== 'gone');
    try {
      if (Object.keys(this.file.read().accounts).some((id) => !this.kept(id))) {
        this.file.update((f) => ({
          ...f,
          accounts: Object.fromEntries(Object.entries(f.accounts).filter(([id]) => this.kept(id))),
        }));
      }
    } catch {
      // Tried again at the next change or diagnosis.
    }
  }

  get(accountId: string): KnownDevices | undefined {
    const held = this.memory.get(accountId);
    if (held || !this.kept(accountId)) return held;
    try {
      return this.file.read().accounts[accountId];
    } catch {
      return undefined;
    }
  }

  set(accountId: string, ids: KnownDevices): void {
    this.memory.set(accountId, ids);
    try {
      const current = this.file.read().accounts;
      const stale = Object.keys(current).filter((id) => !this.kept(id));
      const wanted = this.kept(accountId);
      if (
        stale.length === 0 &&
        (!wanted || same({ siteIds: storable(ids.siteIds), vins: storable(ids.vins) }, current[accountId]))
      )
        return;
      this.file.update((f) => {
        const accounts = Object.fromEntries(Object.entries(f.accounts).filter(([id]) => this.kept(id)));
        if (wanted) accounts[accountId] = { siteIds: storable(ids.siteIds), vins: storable(ids.vins) };
        return { ...f, accounts };
      });
    } catch {
      // A cache: the next diagnosis of this customer after a restart takes two round trips instead of one.
    }
  }
}
