// Main process (plain Node). The one way the app replaces a file: after a crash or power cut it is either
// the old content or the new, never half. Write a temp file beside it, fsync it, rename it over the
// target, fsync the folder (so the rename itself survives). Every writer of a file the app keeps or hands
// over (settings, accounts, journals, reports, support bundles) goes through here.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';

export interface DurableWriteOptions {
  /** File mode of a new file; 0o600 (the app's own files hold personal data). */
  mode?: number;
  /** Create the folder (0o700) when missing; false for a place the user picked, which must exist. */
  createDir?: boolean;
}

const tempNameFor = (file: string) =>
  path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

export async function writeFileDurably(
  file: string,
  content: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(file);
  if (options.createDir !== false) await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const tmp = tempNameFor(file);
  try {
    const handle = await fs.open(tmp, 'w', options.mode ?? 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

/** The same, synchronously: for the settings stores (synchronous) and the support zip. */
export function writeFileDurablySync(
  file: string,
  content: string | Uint8Array,
  options: DurableWriteOptions = {},
): void {
  const dir = path.dirname(file);
  if (options.createDir !== false) mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = tempNameFor(file);
  try {
    const fd = openSync(tmp, 'w', options.mode ?? 0o600);
    try {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      for (let at = 0; at < bytes.byteLength;) at += writeSync(fd, bytes, at, bytes.byteLength - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  syncDirSync(dir);
}

/** Makes a rename or unlink in `dir` durable. Some platforms (Windows) cannot open a folder: that is fine there. */
export async function syncDir(dir: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported on this platform; rename is still atomic.
  } finally {
    await handle?.close();
  }
}

export function syncDirSync(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported on this platform; rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
