// A `journals` or `locks` that is a file (not a folder) is said as a data folder problem naming the path and
// what to do, never as a raw ENOTDIR/EEXIST.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataFolderError } from '@main/infra/data-folder-error';
import { listJournals, writeJournal } from '@main/test-charge/journal';
import { acquireSiteLock } from '@main/test-charge/site-lock';
import { tempDir } from '@test/support/temp-dir';

const removers: (() => void)[] = [];
afterEach(() => removers.splice(0).forEach((r) => r()));
function dataDir(): string {
  const t = tempDir('tcd-journal-folder-');
  removers.push(t.remove);
  return t.dir;
}

describe('journals and locks in the way', () => {
  it('a file named journals: writing and listing journals say the data folder problem, with its path', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'journals'), 'not a folder');
    const journal = {
      version: 1 as const,
      runId: 'r',
      accountId: 'acct-1',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '1',
      direction: 'charge' as const,
      startedAt: new Date().toISOString(),
      original: { backup_reserve_percent: 20 },
      snapshot: {},
    };
    await expect(listJournals(dir)).rejects.toBeInstanceOf(DataFolderError);
    await expect(listJournals(dir)).rejects.toThrow(path.join(dir, 'journals'));
    await expect(listJournals(dir)).rejects.not.toThrow(/ENOTDIR|EEXIST/);
    await expect(writeJournal(dir, journal)).rejects.toBeInstanceOf(DataFolderError);
    await expect(writeJournal(dir, journal)).rejects.toThrow(path.join(dir, 'journals'));
  });

  it('a file named locks: taking a site lock says the data folder problem, with its path', async () => {
    const dir = dataDir();
    writeFileSync(path.join(dir, 'locks'), 'not a folder');
    const taking = acquireSiteLock(dir, '1', 'test');
    await expect(taking).rejects.toBeInstanceOf(DataFolderError);
    await expect(acquireSiteLock(dir, '1', 'test')).rejects.not.toThrow(/ENOTDIR|EEXIST/);
  });
});
