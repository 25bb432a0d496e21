// Main process (plain Node). A small JSON file store: zod-validated on every read, written atomically
// (temp file + rename) so a crash never leaves half a file. A file that cannot be read or fails the
// schema is moved aside (never deleted) and the store starts from its defaults, saying where the old
// file went, so an installer's settings are never silently lost.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, fsyncSync, openSync, closeSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { UserFacingError } from '../ipc/handler-types';

export interface StoreRecovery {
  /** Where the unreadable file was kept. */
  keptAt: string;
  /** What was wrong with it (no file content is quoted). */
  problem: string;
}

export class JsonFileStore<S extends z.ZodType> {
  private cache: z.output<S> | null = null;
  private recoveryInfo: StoreRecovery | null = null;

  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly defaults: () => z.output<S>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Set when the file on disk was unreadable and was moved aside at the last read. */
  get recovery(): StoreRecovery | null {
    return this.recoveryInfo;
  }

  read(): z.output<S> {
    if (this.cache) return this.cache;
    if (!existsSync(this.file)) {
      this.cache = this.defaults();
      return this.cache;
    }
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      // Unreadable (permissions, a folder in its place): nothing to move aside; say what to fix.
      throw new UserFacingError('file_unreadable', { file: this.file });
    }
    let problem: string;
    try {
      const parsed = this.schema.safeParse(JSON.parse(text));
      if (parsed.success) {
        this.cache = parsed.data;
        return this.cache;
      }
      problem = `it does not match the expected layout (${parsed.error.issues
        .slice(0, 3)
        .map((i) => i.path.join('.') || '(top level)')
        .join(', ')})`;
    } catch {
      problem = 'it is not valid JSON';
    }
    const keptAt = `${this.file}.corrupt-${new Date(this.now()).toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.file, keptAt);
    this.recoveryInfo = { keptAt, problem };
    this.cache = this.defaults();
    return this.cache;
  }

  write(value: z.output<S>): void {
    const checked = this.schema.parse(value) as z.output<S>;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(tmp, `${JSON.stringify(checked, null, 2)}\n`, { mode: 0o600 });
    const fd = openSync(tmp, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.file);
    this.cache = checked;
  }

  update(change: (current: z.output<S>) => z.output<S>): z.output<S> {
    const next = change(structuredClone(this.read()));
    this.write(next);
    return this.cache as z.output<S>;
  }
}
