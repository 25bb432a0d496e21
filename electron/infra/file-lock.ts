// Main process (plain Node). A lock across processes on one file of the data folder: the app, a second app
// instance and the headless tool may share a data folder, and each read-modify-write of accounts.json or
// history.json must see the others' writes. The lock is `<file>.lock`, created with `wx` (exclusive: only
// one creator wins, on every OS and on local disks); it holds the owner's pid and time. A lock whose owner
// is gone (a crash) or that is older than STALE_MS is taken over. Synchronous, because the settings stores
// are (their callers are synchronous); the critical sections are a read, a change and one durable write.
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

/** A lock held longer than this is a crashed owner's (a section takes milliseconds). */
const STALE_MS = 10_000;
/** How long a caller waits for another process's section before failing. */
const WAIT_MS = 15_000;

const pause = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number) => Atomics.wait(pause, 0, 0, ms);

function ownerGone(lockFile: string, now: number): boolean {
  try {
    const text = readFileSync(lockFile, 'utf8');
    const pid = Number(/^(\d+)/.exec(text)?.[1]);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid) {
      try {
        process.kill(pid, 0);
      } catch (error) {
        // ESRCH: no such process; EPERM: it exists (another user's).
        if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true;
      }
    }
    return now - statSync(lockFile).mtimeMs > STALE_MS;
  } catch {
    // Gone between the attempt and the look (its owner released it): try again.
    return false;
  }
}

/** Creates the lock when free (true), takes over a dead owner's (and tries again), or says it is held (false). */
function tryAcquire(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx', 0o600);
    try {
      writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (ownerGone(lockFile, Date.now())) {
      rmSync(lockFile, { force: true });
      return tryAcquire(lockFile);
    }
    return false;
  }
}

const heldTooLong = (lockFile: string) => new Error(english('errors.file_lock_held', { file: lockFile, ms: WAIT_MS }));

/** Sections already held by this process (the lock is not re-entrant across processes, but is within one). */
const held = new Map<string, number>();

/** Runs `section` while holding `<file>.lock`; creates the folder only when `createDir` (a write follows). */
export function withFileLock<T>(file: string, section: () => T, options: { createDir?: boolean } = {}): T {
  const lockFile = `${file}.lock`;
  const depth = held.get(lockFile) ?? 0;
  if (depth > 0) {
    held.set(lockFile, depth + 1);
    try {
      return section();
    } finally {
      held.set(lockFile, depth);
    }
  }
  if (options.createDir) mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; !tryAcquire(lockFile); attempt += 1) {
    if (Date.now() > deadline) throw heldTooLong(lockFile);
    sleepSync(Math.min(2 + attempt, 25));
  }
  held.set(lockFile, 1);
  try {
    return section();
  } finally {
    held.delete(lockFile);
    rmSync(lockFile, { force: true });
  }
}

/**
 * The same for an asynchronous section (the report history's index): waits without blocking the process.
 * Callers in one process serialise their own sections first (this lock is not re-entrant).
 */
export async function withFileLockAsync<T>(file: string, section: () => Promise<T>): Promise<T> {
  const lockFile = `${file}.lock`;
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; !tryAcquire(lockFile); attempt += 1) {
    if (Date.now() > deadline) throw heldTooLong(lockFile);
    await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 25)));
  }
  try {
    return await section();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
