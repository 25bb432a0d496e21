// `doctor recover`: its exit code tells a script (or an installer) whether the customer's settings are back.
// A journal it could not finish, for whatever reason, is a non-zero exit: here a test still holds the site.
import { describe, expect, it } from 'vitest';
import { recoverCommand } from '@main/headless/commands/recover';
import { writeJournal } from '@main/test-charge/journal';
import { acquireSiteLock } from '@main/test-charge/site-lock';
import { tempDir } from '@test/support/temp-dir';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('doctor recover: exit code', () => {
  it('exits non-zero while a journal stays unrestored because a live test holds its site', async () => {
    const { dir, remove } = tempDir('tcd-recover-cli-');
    try {
      await writeJournal(dir, {
        version: 1,
        runId: 'running',
        accountId: 'acc',
        apiBase: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
        siteId: '77',
        direction: 'charge',
        startedAt: '2026-11-28T10:00:00.000Z',
        original: { backup_reserve_percent: 20 },
        snapshot: {},
      });
      // This (live) process holds the site, as a test charge in progress would.
      const lock = await acquireSiteLock(dir, '77', 'test');
      try {
        const c = io();
        expect(await recoverCommand.run(['--data-dir', dir], c.io)).toBe(1);
        expect(c.out.join('\n')).toMatch(/site 77: a test is still running there/);
      } finally {
        await lock.release();
      }
    } finally {
      remove();
    }
  });
});
