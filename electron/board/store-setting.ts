// Main process (plain Node). The Board's store setting: the embedded sweep store in the data folder, or a
// PostgreSQL server for a team desk. The address is kept in `<dataDir>/sweep-store-setting.json` without
// its password; the password goes to the keychain and is never sent back, logged or written to a file.
import { z } from 'zod';
import type { StoreProblem, StoreSetting, StoreSettingInput, StoreTest } from '@shared/contract/areas/board';
import type { Vault } from '../infra/keychain';
import { SettingsStore, type StoreContext } from '../infra/settings-store';
import { isPostgresUrl } from '../sweep-store/sql-client';

const FILE = 'sweep-store-setting';
const PASSWORD_KEY = 'sweep-store:password';

const FileSchema = z.object({ kind: z.enum(['embedded', 'postgres']), url: z.string().nullable() }).strict();

/** The address without its password, or null when it is not a postgres:// URL. */
export function withoutPassword(url: string): { url: string; password: string | null } | null {
  if (!isPostgresUrl(url)) return null;
  try {
    const u = new URL(url);
    if (!u.hostname) return null;
    const password = u.password ? decodeURIComponent(u.password) : null;
    u.password = '';
    return { url: u.toString(), password };
  } catch {
    return null;
  }
}

function withPassword(url: string, password: string | null): string {
  if (!password) return url;
  const u = new URL(url);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/** What went wrong opening a PostgreSQL server, in a few plain kinds (pg's and Node's codes). */
export function storeProblemOf(error: unknown): StoreProblem {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown_host';
  if (code === '28P01' || code === '28000') return 'auth';
  if (code === '3D000') return 'no_database';
  if (code === 'ETIMEDOUT' || code === 'timeout') return 'timeout';
  return 'other';
}

export class StoreSettingService {
  private readonly file: SettingsStore<typeof FileSchema>;

  constructor(
    dataDir: string,
    private readonly vault: Vault,
    /** Opens the sweep store: a server's address, or null for the embedded store in the data folder. */
    private readonly open: (url: string | null) => Promise<{ latestSweep(): Promise<unknown>; close(): Promise<void> }>,
    stores: StoreContext = {},
  ) {
    this.file = new SettingsStore({
      dataDir,
      name: FILE,
      schema: FileSchema,
      defaults: () => ({ kind: 'embedded' as const, url: null }),
      ...stores,
    });
  }

  /** The saved setting as read now (no keychain look-up: for the store's label). */
  saved(): { kind: 'embedded' | 'postgres'; url: string | null } {
    return { ...this.file.read() };
  }

  async get(): Promise<StoreSetting> {
    const { kind, url } = this.saved();
    const hasPassword = kind === 'postgres' && (await this.vault.get(PASSWORD_KEY).catch(() => null)) !== null;
    return { kind, url: kind === 'postgres' ? url : null, hasPassword };
  }

  /** The server's full address (password from the keychain), or null for the embedded store. */
  async connectionUrl(): Promise<string | null> {
    const { kind, url } = this.saved();
    if (kind !== 'postgres' || !url) return null;
    return withPassword(url, await this.vault.get(PASSWORD_KEY).catch(() => null));
  }

  /** Resolves what was typed into an address to open (with the kept password when none was typed). */
  async resolve(input: StoreSettingInput): Promise<{ kind: 'embedded' } | { kind: 'postgres'; url: string } | null> {
    if (input.kind === 'embedded') return { kind: 'embedded' };
    const parsed = input.url ? withoutPassword(input.url) : null;
    if (!parsed) return null;
    const password = input.password || parsed.password || (await this.vault.get(PASSWORD_KEY).catch(() => null));
    return { kind: 'postgres', url: withPassword(parsed.url, password) };
  }

  /** Saves the setting; throws 'bad_url' (as a StoreProblem) when the address is not a postgres:// URL. */
  async set(input: StoreSettingInput): Promise<StoreSetting> {
    if (input.kind === 'embedded') {
      this.file.update(() => ({ kind: 'embedded', url: null }));
      await this.vault.delete(PASSWORD_KEY).catch(() => undefined);
      return this.get();
    }
    const parsed = input.url ? withoutPassword(input.url) : null;
    if (!parsed) throw new StoreSettingError('bad_url');
    const password = input.password || parsed.password;
    if (password) await this.vault.set(PASSWORD_KEY, password);
    this.file.update(() => ({ kind: 'postgres', url: parsed.url }));
    return this.get();
  }

  /** Opens the store as typed (or as saved) and reads from it; says what is wrong in a few plain kinds. */
  async test(input: StoreSettingInput, timeoutMs?: number): Promise<StoreTest> {
    const target = await this.resolve(input);
    if (!target) return { ok: false, problem: 'bad_url' };
    const secret = target.kind === 'postgres' ? new URL(target.url).password || null : null;
    return testStore(() => this.open(target.kind === 'postgres' ? target.url : null), {
      secret: secret ? decodeURIComponent(secret) : null,
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
  }
}

export class StoreSettingError extends Error {
  constructor(readonly problem: StoreProblem) {
    super(problem);
    this.name = 'StoreSettingError';
  }
}

/** Opens the store at `url` and reads from it: ok, or the problem in a few kinds and the server's words. */
export async function testStore(
  open: () => Promise<{ latestSweep(): Promise<unknown>; close(): Promise<void> }>,
  opts: { timeoutMs?: number; secret?: string | null } = {},
): Promise<StoreTest> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'timeout' })), opts.timeoutMs ?? 8000);
  });
  const attempt = (async () => {
    const store = await open();
    try {
      await store.latestSweep();
    } finally {
      await store.close().catch(() => undefined);
    }
  })();
  try {
    await Promise.race([attempt, timeout]);
    return { ok: true };
  } catch (error) {
    attempt.catch(() => undefined);
    const words = error instanceof Error ? error.message : String(error);
    // The server's words never carry the password back (it is removed should it appear).
    const detail = opts.secret ? words.split(opts.secret).join('***') : words;
    return { ok: false, problem: storeProblemOf(error), detail: detail.slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
}
