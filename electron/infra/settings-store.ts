// Main process (plain Node). The app's small JSON documents (settings.json, accounts.json,
// update-settings.json) kept through `conf` in plain Node (browser mode, the headless tool, tests) and
// through `electron-store` (conf underneath, paths from Electron) in the desktop app: the shell passes an
// electron-store engine into the composition, since electron-store needs the Electron runtime. Both sit
// behind StoreEngine; this file adds what both lack the same way:
// - the zod schema and the migrations (by the document's own `version` field), checked on every read;
// - writes through the one durable write (conf's `atomically` fsyncs the file but not its folder);
// - a damaged file (not JSON, wrong layout) is moved aside to `<file>.corrupt-<time>`, never deleted, and
//   reported (`recovery`) so every surface can say where it went; a UTF-8 BOM is not damage;
// - a data folder that cannot be used (read-only, a file in its place) is a DataFolderError naming the path.
import Conf from 'conf';
import { renameSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { dataFolderError } from './data-folder-error';
import { syncDirSync, writeFileDurablySync } from './durable-file';

/** What the app uses of a conf / electron-store instance: its file and the whole document. */
export interface StoreFile {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface StoreEngineOptions {
  /** The folder (the data folder). */
  cwd: string;
  /** The file name without `.json`. */
  configName: string;
  /** Text to document; throws on damage (the store moves the file aside). */
  deserialize: (text: string) => Record<string, unknown>;
  serialize: (value: Record<string, unknown>) => string;
}

/** Opens one document: conf here, electron-store from the desktop shell. */
export type StoreEngine = (options: StoreEngineOptions) => StoreFile;

/** conf's class, or electron-store's (a subclass of it), seen through what the app uses. */
export type StoreClass = new (options: Record<string, unknown>) => StoreFile;

/**
 * An engine from conf or electron-store. Two of their internals are replaced, the same for both: a read
 * never creates the data folder (conf makes it on a missing file: a mistyped --data-dir would appear), and
 * every write is the app's durable write (conf's `atomically` fsyncs the file but not the folder).
 */
export function storeEngineFrom(Base: StoreClass): StoreEngine {
  class DurableStore extends Base {
    _ensureDirectory(): void {
      // The durable write creates the folder when it first writes.
    }
    _write(value: Record<string, unknown>): void {
      writeFileDurablySync(this.path, serializeDocument(value));
    }
  }
  return (options) =>
    new DurableStore({
      ...options,
      // electron-store takes the file name as `name`, conf as `configName`.
      name: options.configName,
      fileExtension: 'json',
      accessPropertiesByDotNotation: false,
      configFileMode: 0o600,
    });
}

/** conf: the engine in plain Node. */
export const confEngine: StoreEngine = storeEngineFrom(Conf as unknown as StoreClass);

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

/** How the composition opens every store: the engine (conf / electron-store) and who hears of a damaged file. */
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

export class SettingsStore<S extends z.ZodType> {
  readonly file: string;
  private engine: StoreFile | null = null;
  private cache: z.output<S> | null = null;
  private recoveryInfo: StoreRecovery | null = null;

  constructor(private readonly options: SettingsStoreOptions<S>) {
    this.file = path.join(options.dataDir, `${options.name}.json`);
  }

  /** Set when the file on disk was unreadable and was moved aside at the last read. */
  get recovery(): StoreRecovery | null {
    return this.recoveryInfo;
  }

  private deserialize = (text: string): Record<string, unknown> => {
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
    return parsed.data as Record<string, unknown>;
  };

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

  private open(): StoreFile {
    const engine = this.options.engine ?? confEngine;
    return engine({
      cwd: this.options.dataDir,
      configName: this.options.name,
      deserialize: this.deserialize,
      serialize: serializeDocument,
    });
  }

  /** Opens the file (conf reads and checks it at once); a damaged one is moved aside and a fresh one opened. */
  private ensureOpen(): StoreFile {
    if (this.engine) return this.engine;
    try {
      this.engine = this.open();
    } catch (error) {
      if (!(error instanceof DamagedFile)) throw dataFolderError(error, this.file);
      this.moveAside(error.message, error.reason);
      try {
        this.engine = this.open();
      } catch (again) {
        throw dataFolderError(again, this.file);
      }
    }
    return this.engine;
  }

  private load(): z.output<S> {
    const engine = this.ensureOpen();
    let document: Record<string, unknown>;
    try {
      document = engine.store;
    } catch (error) {
      // Damaged since it was opened (another process wrote it): start again from the file.
      this.engine = null;
      if (error instanceof DamagedFile) return this.load();
      throw dataFolderError(error, this.file);
    }
    // conf gives an empty object for a missing file.
    return Object.keys(document).length === 0 ? this.options.defaults() : (document as z.output<S>);
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

  read(): z.output<S> {
    this.cache ??= this.load();
    return this.cache;
  }

  write(value: z.output<S>): void {
    const checked = this.options.schema.parse(value) as z.output<S>;
    const engine = this.ensureOpen();
    try {
      engine.store = checked as Record<string, unknown>;
    } catch (error) {
      throw dataFolderError(error, this.file);
    }
    this.cache = checked;
  }

  update(change: (current: z.output<S>) => z.output<S>): z.output<S> {
    const next = change(structuredClone(this.read()));
    this.write(next);
    return this.cache as z.output<S>;
  }
}
