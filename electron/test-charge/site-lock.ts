// Main process (plain Node). One test per site at a time, also across processes (the app and the headless
// tool): a lock file created exclusively, holding the owner's pid, the process's start id and the lock's
// time. A lock whose process is gone (a zombie counts as gone), whose pid now names another process, or
// older than any test could last, is stale and may be taken over.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { dataFolderError } from '../infra/data-folder-error';
import { lookAtProcess, ownStartId, type ProcessLook } from './owner-process';
import { textIn } from '@shared/text/languages';

/** The message's words come from the catalogue (English: the log and the terminal read it). */
const english = textIn('en');

/** For a lock from another host (no pid to ask): longer than the longest test (15 min) plus a slow restore. */
export const LOCK_STALE_MS = 45 * 60 * 1000;
/** On this host a live owner keeps its lock however slow its restore; past this, assume the pid was reused. */
export const SAME_HOST_LOCK_MAX_MS = 12 * 60 * 60 * 1000;

const LockSchema = z.object({
  pid: z.number().int(),
  host: z.string(),
  createdAt: z.number(),
  purpose: z.string(),
  /** The owner's start id (owner-process.ts): a different one for the same pid means the pid was reused. */
  started: z.string().optional(),
});
type LockInfo = z.infer<typeof LockSchema>;

export class SiteBusyError extends Error {
  constructor(
    readonly siteId: string,
    readonly holder: LockInfo | null,
  ) {
    super(
      english('errors.site_busy', {
        site: siteId,
        process: holder ? english('errors.site_busy_process', { pid: holder.pid }) : '',
      }),
    );
    this.name = 'SiteBusyError';
  }
}

export interface SiteLock {
  release(): Promise<void>;
}

function lockPath(dataDir: string, siteId: string): string {
  return path.join(dataDir, 'locks', `site-${siteId}.lock`);
}

/** `look` reports on the lock's pid on this host (tests pass their own). */
export function isStale(
  info: LockInfo | null,
  now: number,
  look: (pid: number) => ProcessLook = lookAtProcess,
): boolean {
  if (!info) return true;
  // A pid is only meaningful on the host that wrote it: there, a live owner (a restore still retrying after
  // a long test) keeps the lock, or a second process could restore while the first is still writing.
  if (info.host === os.hostname()) {
    const owner = look(info.pid);
    if (!owner.alive) return true;
    if (info.started && owner.startId && owner.startId !== info.started) return true;
    return now - info.createdAt > SAME_HOST_LOCK_MAX_MS;
  }
  return now - info.createdAt > LOCK_STALE_MS;
}

async function readLock(file: string): Promise<LockInfo | null> {
  try {
    const parsed = LockSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function acquireSiteLock(
  dataDir: string,
  siteId: string,
  purpose: string,
  now: () => number = Date.now,
): Promise<SiteLock> {
  const file = lockPath(dataDir, siteId);
  // `locks` being a file is said as a data folder problem, never as a raw ENOTDIR/EEXIST.
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 }).catch((error: unknown) => {
    throw dataFolderError(error, file);
  });
  const started = ownStartId();
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    createdAt: now(),
    purpose,
    ...(started ? { started } : {}),
  };
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await fs.writeFile(file, JSON.stringify(info), { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          const current = await readLock(file);
          if (current && current.pid === info.pid && current.createdAt === info.createdAt)
            await fs.rm(file, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readLock(file);
      if (!isStale(holder, now())) throw new SiteBusyError(siteId, holder);
      // Stale: move it aside atomically so only one contender removes it, then try again.
      const aside = `${file}.stale-${process.pid}-${attempt}`;
      try {
        await fs.rename(file, aside);
        const moved = await readLock(aside);
        // Between our read and the rename another contender may have taken over: put a live lock back.
        if (!isStale(moved, now())) await fs.link(aside, file).catch(() => undefined);
        await fs.rm(aside, { force: true });
      } catch {
        // Someone else took it over first; the next attempt sees their lock.
      }
    }
  }
  throw new SiteBusyError(siteId, await readLock(file));
}

/** Removes lock files left by processes that are gone (a killed test with nothing to restore leaves one). */
export async function sweepStaleLocks(dataDir: string, now: () => number = Date.now): Promise<number> {
  const dir = path.join(dataDir, 'locks');
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names.filter((n) => /^site-[0-9A-Za-z_-]+\.lock$/.test(n))) {
    const siteId = name.slice('site-'.length, -'.lock'.length);
    try {
      // Taking the lock proves it was stale (or free); releasing it removes the file.
      await (await acquireSiteLock(dataDir, siteId, 'sweep', now)).release();
      removed += 1;
    } catch {
      // Held by a live process: leave it.
    }
  }
  return removed;
}
