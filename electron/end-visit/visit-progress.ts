// Main process (plain Node). How far each customer's visit has come, kept on the main side so the page can
// ask again after a reload (or the app after a restart): the checklist ran (and how many things it left to
// fix), a test ran to its end, a report was saved. Ids, times and counts only: no label, e-mail, site or
// car. Customers kept on the keychain are remembered in <dataDir>/visit-progress.json, session-only ones in
// memory for this run; a forgotten customer's progress goes with them (the end of the visit included).
import { z } from 'zod';
import type { VisitProgress } from '@shared/contract/areas/accounts';
import type { CustomerKept } from '@main/checklist/known-devices';
import { SettingsStore } from '@main/infra/settings-store';

const At = z.string().max(40);
const EntrySchema = z
  .object({
    checkedAt: At.optional(),
    /** Things left to fix at the last checklist run. */
    toFix: z.number().int().min(0).max(10_000).optional(),
    testedAt: At.optional(),
    reportedAt: At.optional(),
  })
  .strict();
type Entry = z.infer<typeof EntrySchema>;
const FileSchema = z
  .object({ version: z.literal(1), accounts: z.record(z.string().min(1).max(200), EntrySchema) })
  .strict();

export type VisitStepDone = { step: 'check'; toFix: number } | { step: 'test' } | { step: 'report' };

export class VisitProgressFile {
  private readonly memory = new Map<string, Entry>();
  private readonly file: SettingsStore<typeof FileSchema>;

  constructor(
    dataDir: string,
    /** Whether a customer is kept across restarts (keychain), for this run only, or gone. */
    private readonly status: (accountId: string) => CustomerKept,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.file = new SettingsStore({
      dataDir,
      name: 'visit-progress',
      schema: FileSchema,
      defaults: () => ({ version: 1 as const, accounts: {} }),
    });
  }

  /** Notes a step done for a customer of this visit. */
  record(accountId: string, done: VisitStepDone): void {
    if (this.status(accountId) === 'gone') return;
    const at = this.now().toISOString();
    const entry: Entry = { ...this.entry(accountId) };
    if (done.step === 'check') Object.assign(entry, { checkedAt: at, toFix: done.toFix });
    if (done.step === 'test') entry.testedAt = at;
    if (done.step === 'report') entry.reportedAt = at;
    this.memory.set(accountId, entry);
    if (this.status(accountId) !== 'kept') return;
    try {
      this.file.update((f) => ({ ...f, accounts: { ...this.keptOnly(f.accounts), [accountId]: entry } }));
    } catch {
      // Memory still holds it: a reload in this run restores it; only a restart would lose it.
    }
  }

  /** Each present customer's progress (the page restores its steps from it). */
  list(): VisitProgress[] {
    this.prune();
    const ids = new Set([...this.memory.keys(), ...Object.keys(this.fromFile())]);
    return [...ids]
      .filter((id) => this.status(id) !== 'gone')
      .map((accountId) => {
        const e = this.entry(accountId);
        return {
          accountId,
          checked: e.checkedAt !== undefined,
          toFix: e.toFix ?? null,
          tested: e.testedAt !== undefined,
          reported: e.reportedAt !== undefined,
        };
      });
  }

  /** Drops forgotten customers (and, from the file, those no longer kept on the keychain). */
  prune(): void {
    for (const id of [...this.memory.keys()]) if (this.status(id) === 'gone') this.memory.delete(id);
    try {
      const accounts = this.file.read().accounts;
      if (Object.keys(accounts).some((id) => this.status(id) !== 'kept'))
        this.file.update((f) => ({ ...f, accounts: this.keptOnly(f.accounts) }));
    } catch {
      // Tried again at the next change.
    }
  }

  private keptOnly(accounts: Record<string, Entry>): Record<string, Entry> {
    return Object.fromEntries(Object.entries(accounts).filter(([id]) => this.status(id) === 'kept'));
  }

  private fromFile(): Record<string, Entry> {
    try {
      return this.file.read().accounts;
    } catch {
      return {};
    }
  }

  private entry(accountId: string): Entry {
    return this.memory.get(accountId) ?? this.fromFile()[accountId] ?? {};
  }
}
