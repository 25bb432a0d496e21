// The app's start-up: a journal left by a crash is dealt with before anything else. Here its account is
// gone, so the restore cannot complete: the status bar says so, the page gets the notice with the
// customer's original values, and the journal stays for a later try.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { createBackend } from '@main/app/backend';
import { writeJournal } from '@main/test-charge/journal';
import { tempDir } from '@test/support/temp-dir';

describe('start-up recovery', () => {
  it('tries a pending journal at start, shows a notice and keeps the journal when it cannot restore', async () => {
    const { dir, remove } = tempDir('tcd-tc-start-');
    try {
      await writeJournal(dir, {
        version: 1,
        runId: 'crashed',
        accountId: 'gone-account',
        apiBase: 'https://fleet-api.prd.na.vn.cloud.tesla.com',
        siteId: '123',
        direction: 'discharge',
        startedAt: '2026-11-28T10:00:00.000Z',
        original: { backup_reserve_percent: 30, default_real_mode: 'self_consumption' },
        snapshot: {},
      });
      const backend = createBackend({ mode: 'tesla', dataDir: dir, keychain: new MemoryVault() });
      const seen: string[] = [];
      backend.events.addSink((event) => seen.push(event));
      await backend.start();
      expect(backend.status()).toMatchObject({ state: 'error', messageKey: 'status.restoreNeedsAttention' });
      expect(seen).toEqual(expect.arrayContaining(['testCharge:recovery', 'app:statusChanged']));
      const status = await backend.handlers['testCharge:status']({}, { transport: 'browser' });
      expect(status.recovery).toMatchObject([
        {
          status: 'failed',
          siteId: '123',
          original: { backup_reserve_percent: 30, default_real_mode: 'self_consumption' },
        },
      ]);
      expect(status.recovery[0]?.error).toMatch(/no longer on this laptop/);
      expect(readdirSync(path.join(dir, 'journals'))).toEqual(['site-123.json']);
      // Once the installer has set the values by hand, the journal may be forgotten.
      expect(await backend.handlers['testCharge:discard']({ siteId: '123' }, { transport: 'browser' })).toEqual({
        discarded: true,
      });
      expect(readdirSync(path.join(dir, 'journals'))).toEqual([]);
      expect((await backend.handlers['testCharge:status']({}, { transport: 'browser' })).recovery).toEqual([]);
      await backend.stop();
    } finally {
      remove();
    }
  });
});
