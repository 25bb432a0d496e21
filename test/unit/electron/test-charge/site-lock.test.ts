// The site lock tells a dead owner from a live one: a zombie (killed, not yet collected by its parent) is
// dead although `kill(pid, 0)` succeeds, and a pid now held by a process that started at another time was
// reused, so its lock is stale too. A live owner with its own start time keeps its lock.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { lookAtProcess, ownStartId } from '@main/test-charge/owner-process';
import { acquireSiteLock, isStale, SiteBusyError } from '@main/test-charge/site-lock';
import { tempDir } from '@test/support/temp-dir';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const host = os.hostname();

describe.runIf(process.platform === 'linux')('site lock: who owns it', () => {
  it('a zombie owner is dead, though kill(pid, 0) still answers', async () => {
    // `exec sleep` becomes the parent of the short-lived `sleep 0` and never collects it: a zombie.
    const parent = spawn('/bin/sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    try {
      const pid = await new Promise<number>((resolve) =>
        parent.stdout.once('data', (d) => resolve(Number(String(d).trim()))),
      );
      for (let i = 0; i < 200 && lookAtProcess(pid).alive; i += 1) await new Promise((r) => setTimeout(r, 10));
      expect(() => process.kill(pid, 0)).not.toThrow();
      expect(lookAtProcess(pid)).toEqual({ alive: false, startId: null });
      expect(isStale({ pid, host, createdAt: Date.now(), purpose: 'test' }, Date.now())).toBe(true);

      // And a lock file it left is taken over at once.
      const { dir, remove } = tempDir('tcd-lock-');
      try {
        mkdirSync(path.join(dir, 'locks'));
        writeFileSync(
          path.join(dir, 'locks', 'site-9.lock'),
          JSON.stringify({ pid, host, createdAt: Date.now(), purpose: 'test' }),
        );
        await (await acquireSiteLock(dir, '9', 'recover')).release();
      } finally {
        remove();
      }
    } finally {
      parent.kill('SIGKILL');
    }
  });

  it('a pid reused by a process that started at another time is not the owner', () => {
    const me = ownStartId();
    expect(me).toMatch(/^[0-9a-f-]+:\d+$/);
    const now = Date.now();
    expect(isStale({ pid: process.pid, host, createdAt: now, purpose: 'test', started: me! }, now)).toBe(false);
    expect(isStale({ pid: process.pid, host, createdAt: now, purpose: 'test', started: 'another-boot:123' }, now)).toBe(
      true,
    );
    // A lock from before start ids were written: the process state alone decides.
    expect(isStale({ pid: process.pid, host, createdAt: now, purpose: 'test' }, now)).toBe(false);
  });

  it('a live owner keeps its lock against another contender', async () => {
    const { dir, remove } = tempDir('tcd-lock-');
    try {
      const lock = await acquireSiteLock(dir, '5', 'test');
      await expect(acquireSiteLock(dir, '5', 'recover')).rejects.toBeInstanceOf(SiteBusyError);
      await lock.release();
    } finally {
      remove();
    }
  });
});
