// Main process (plain Node). The app's small JSON documents (settings.json, accounts.json,
// update-settings.json): the zod schema and the migrations (by the document's own `version` field) checked
// on every read; a damaged file (not JSON, wrong layout) moved aside to `<file>.corrupt-<time>`, never
// deleted, and reported (`recovery`) so every surface can say where it went (a UTF-8 BOM is not damage); a
// data folder that cannot be used (read-only, a file in its place) is a DataFolderError naming the path.
//
// Why the project's own store and not conf / electron-store: every change is a read-modify-write of the
// file on disk under a lock across processes (file-lock.ts), since the app, a second instance and the
// headless tool may share a data folder and must not drop each other's customers. conf keeps no lock, its
// reader creates the data folder on a missing file (a mistyped --data-dir would appear), and its atomic
// write does not fsync the folder; the schema, migrations and damage handling were ours already. What was
// left of conf here was a file read and a write, reached through its private `_write` and
// `_ensureDirectory`: a plain read and the one durable write (durable-file.ts) say the same openly.
import { readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { dataFolderError } from './data-folder-error';
import { syncDirSync, writeFileDurablySync } from './durable-file';
import { withFileLock } from './file-lock';

/** How a document's text is read and written: the file system by default; a test injects a fault here. */
export interface StoreEngine {
  /** The file's text, or null when there is none. */
  read(file: string): string | null;
  /** Replaces the file's text durably (creating the data folder when missing). */
  write(file: string, text: string): void;
}

export const fileEngine: StoreEngine = {
  read(file) {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  },
  write(file, text) {
    writeFileDurablySync(file, text);
  },
};

/** Two-space JSON with a final newline, as the files always were. */
export const serializeDocument = (value: Record<string, unknown>) => `${JSON.stringify(value, null, 2)}\n`;

export interface StoreRecovery {
  /** Where the unreadable file was kept. */
  keptAt: string;
  /** What was wrong with it, in words (no file content is quoted). */
  problem: string;
  /** The same as a code, for the screens' own words. */
  reason: 'not_json' | 'wrong_layout';
}

/** Steps from one `version` of the document to the next, keyed by the version they upgrade from. */
export type Migrations = Record<number, (document: Record<string, unknown>) => Record<string, unknown>>;

/** How the composition opens every store: the engine (the file system; tests inject faults) and who hears of a damaged file. */
export interface StoreContext {
  engine?: StoreEngine;
  onRecovered?: (recovery: StoreRecovery & { file: string }) => void;
}

export interface SettingsStoreOptions<S extends z.ZodType> {
  dataDir: string;
  /** The file name without `.json`. */
  name: string;
  schema: S;
  defaults: () => z.output<S>;
  migrations?: Migrations;
  engine?: StoreEngine;
  now?: () => number;
  /** Told once when a damaged file was moved aside (the composition logs it and lists it for the screens). */
  onRecovered?: (recovery: StoreRecovery & { file: string }) => void;
}

class DamagedFile extends Error {
  constructor(
    message: string,
    readonly reason: StoreRecovery['reason'],
  ) {
    super(message);
  }
}

const BOM = '\uFEFF';

/** What identifies one version of the file on disk: a change by any process changes it. */
const stamp = (file: string): string | null => {
  try {
    const st = statSync(file);
    return `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return null;
  }
};

export class SettingsStore<S extends z.ZodType> {
  readonly file: string;
  private cache: { stamp: string | null; value: z.output<S> } | null = null;
  private recoveryInfo: StoreRecovery | null = null;

  constructor(private readonly options: SettingsStoreOptions<S>) {
    this.file = path.join(options.dataDir, `${options.name}.json`);
  }

  /** Set when the file on disk was unreadable and was moved aside at the last read. */
  get recovery(): StoreRecovery | null {
    return this.recoveryInfo;
  }

  private get engine(): StoreEngine {
    return this.options.engine ?? fileEngine;
  }

  private parse(text: string): z.output<S> {
    let document: unknown;
    try {
      document = JSON.parse(text.startsWith(BOM) ? text.slice(BOM.length) : text);
    } catch {
      throw new DamagedFile('it is not valid JSON', 'not_json');
    }
    const migrated = this.migrate(document);
    const parsed = this.options.schema.safeParse(migrated);
    if (!parsed.success) {
      const where = parsed.error.issues
        .slice(0, 3)
        .map((i) => i.path.join('.') || '(top level)')
        .join(', ');
      throw new DamagedFile(`it does not match the expected layout (${where})`, 'wrong_layout');
    }
    return parsed.data as z.output<S>;
  }

  private migrate(document: unknown): unknown {
    const migrations = this.options.migrations ?? {};
    let current = document;
    for (let step = 0; step < 100; step += 1) {
      const version = (current as { version?: unknown } | null)?.version;
      const upgrade = typeof version === 'number' ? migrations[version] : undefined;
      if (!upgrade || typeof current !== 'object' || current === null) return current;
      current = upgrade(current as Record<string, unknown>);
    }
    return current;
  }

  /** The file as it is on disk now (defaults when missing); a damaged one is moved aside. */
  private load(): z.output<S> {
    let text: string | null;
    try {
      text = this.engine.read(this.file);
    } catch (error) {
      throw dataFolderError(error, this.file);
    }
    if (text === null) return this.options.defaults();
    try {
      return this.parse(text);
    } catch (error) {
      if (!(error instanceof DamagedFile)) throw error;
      this.moveAside(error.message, error.reason);
      return this.options.defaults();
    }
  }

  private moveAside(problem: string, reason: StoreRecovery['reason']): void {
    const keptAt = `${this.file}.corrupt-${new Date((this.options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-')}`;
    try {
      renameSync(this.file, keptAt);
      syncDirSync(path.dirname(this.file));
    } catch (error) {
      throw dataFolderError(error, this.file);
    }
    this.recoveryInfo = { keptAt, problem, reason };
    this.options.onRecovered?.({ file: this.file, keptAt, problem, reason });
  }

  /** The document as on disk: read again whenever the file changed (another process may have written it). */
  read(): z.output<S> {
    const now = stamp(this.file);
    if (this.cache && this.cache.stamp === now && now !== null) return this.cache.value;
    const value = this.load();
    this.cache = { stamp: stamp(this.file), value };
    return value;
  }

  private store(value: z.output<S>): z.output<S> {
    const checked = this.options.schema.parse(value) as z.output<S>;
    try {
      this.engine.write(this.file, serializeDocument(checked as Record<string, unknown>));
    } catch (error) {
      throw dataFolderError(error, this.file);
    }
    this.cache = { stamp: stamp(this.file), value: checked };
    return checked;
  }

  /** Replaces the whole document (under the lock, so no other writer's change is half-seen). */
  write(value: z.output<S>): void {
    this.locked(() => this.store(value));
  }

  /**
   * A read-modify-write under the lock across processes: `change` sees the file as it is on disk now
   * (another process's customer included), and nothing else writes until this one has.
   */
  update(change: (current: z.output<S>) => z.output<S>): z.output<S> {
    return this.locked(() => {
      this.cache = null;
      return this.store(change(structuredClone(this.read())));
    });
  }

  private locked<T>(section: () => T): T {
    try {
      return withFileLock(this.file, section, { createDir: true });
    } catch (error) {
      throw dataFolderError(error, this.file);
    }
  }
}
