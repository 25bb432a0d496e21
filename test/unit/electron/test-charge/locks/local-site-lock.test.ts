// The data folder's lock as a SiteLock: a second taker on the same data folder is refused as held; another
// data folder does not see it (what the shared locks are for).
import { afterEach, describe, expect, it } from 'vitest';
import { localSiteLocks } from '@main/test-charge/locks/local-site-lock';
import { SiteHeldError } from '@main/test-charge/locks/site-lock-port';
import { tempDir } from '@test/support/temp-dir';

const dirs: Array<{ dir: string; remove: () => void }> = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

describe('localSiteLocks', () => {
  it('is held against the same data folder only', async () => {
    const one = tempDir('tcd-lock-');
    const two = tempDir('tcd-lock-');
    dirs.push(one, two);
    const a = localSiteLocks(one.dir).forSite('7', 'test-charge');
    await a.take();
    await expect(localSiteLocks(one.dir).forSite('7', 'test-charge').take()).rejects.toBeInstanceOf(SiteHeldError);
    const elsewhere = localSiteLocks(two.dir).forSite('7', 'test-charge');
    await elsewhere.take();
    await elsewhere.release();
    await a.release();
    const again = localSiteLocks(one.dir).forSite('7', 'test-charge');
    await again.take();
    await again.release();
  });
});
