// Main process (plain Node). What the app remembers about each connected customer (never a token):
// label, email, region, when connected, granted scopes, and whether a reconnect is needed. Accounts kept
// on the keychain are listed in accounts.json (electron/infra/settings-store.ts, a read-modify-write under a lock across processes);
// session-only accounts live in memory for this run.
import { z } from 'zod';
import { AccountViewSchema, type AccountView } from '@shared/contract/areas/accounts';
import { SettingsStore, type StoreContext } from '../infra/settings-store';

const StoredAccountSchema = AccountViewSchema.omit({ sessionOnly: true, consent: true }).strict();
const AccountsFileSchema = z.object({ version: z.literal(1), accounts: z.array(StoredAccountSchema) }).strict();

export class AccountRegistry {
  readonly file: SettingsStore<typeof AccountsFileSchema>;
  private readonly sessionOnly = new Map<string, AccountView>();

  constructor(dataDir: string, stores: StoreContext = {}) {
    this.file = new SettingsStore({
      dataDir,
      name: 'accounts',
      schema: AccountsFileSchema,
      defaults: () => ({ version: 1 as const, accounts: [] }),
      ...stores,
    });
  }

  all(): AccountView[] {
    const persisted = this.file.read().accounts.map((a) => ({ ...a, sessionOnly: false }));
    return [...persisted.filter((a) => !this.sessionOnly.has(a.id)), ...this.sessionOnly.values()].sort((a, b) =>
      a.connectedAt.localeCompare(b.connectedAt),
    );
  }

  get(id: string): AccountView | undefined {
    return this.all().find((a) => a.id === id);
  }

  upsert(account: AccountView): void {
    if (account.sessionOnly) {
      this.sessionOnly.set(account.id, account);
      this.removePersisted(account.id);
    } else {
      this.sessionOnly.delete(account.id);
      const { sessionOnly: _omit, ...stored } = account;
      this.file.update((f) => ({ ...f, accounts: [...f.accounts.filter((a) => a.id !== account.id), stored] }));
    }
  }

  update(
    id: string,
    change: Partial<
      Pick<AccountView, 'label' | 'state' | 'reconnectReason' | 'email' | 'grantedScopes' | 'scopesAsOf'>
    >,
  ): AccountView | undefined {
    const current = this.get(id);
    if (!current) return undefined;
    const next = { ...current, ...change };
    this.upsert(next);
    return next;
  }

  remove(id: string): void {
    this.sessionOnly.delete(id);
    this.removePersisted(id);
  }

  private removePersisted(id: string): void {
    if (this.file.read().accounts.some((a) => a.id === id)) {
      this.file.update((f) => ({ ...f, accounts: f.accounts.filter((a) => a.id !== id) }));
    }
  }
}
