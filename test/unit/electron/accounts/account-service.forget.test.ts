// A customer whose sign-in a pending Powerwall restore still needs is not forgotten, so the restore can
// still run: "Forget" is refused with the reason, "End site visit" keeps them and says why; once the
// restore is done, forgetting works.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryVault } from '@main/infra/keychain';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { removeJournal, writeJournal } from '@main/test-charge/journal';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  remove?.();
});

const call = { transport: 'electron' as const };

describe('forgetting a customer with a pending restore', () => {
  it('is refused with the reason for one customer, kept with the reason at the end of the visit, until the restore is done', async () => {
    const t = tempDir('tcd-forget-guard-');
    remove = t.remove;
    const opened: string[] = [];
    backend = createBackend({
      mode: 'demo',
      dataDir: t.dir,
      keychain: new MemoryVault(),
      openExternal: async (url) => void opened.push(url),
    });
    await backend.start();
    await backend.handlers['accounts:connect']({ label: 'Miller', way: 'own_app' }, call);
    expect(await driveConsent(opened[0]!)).toBe(200);
    const [account] = (await backend.handlers['accounts:list']({}, call)).accounts;
    await writeJournal(t.dir, {
      version: 1,
      runId: 'run-1',
      accountId: account!.id,
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '123456',
      direction: 'charge',
      startedAt: new Date().toISOString(),
      original: { backup_reserve_percent: 20 },
      snapshot: { backup_reserve_percent: 20 },
    });

    const dispatchForget = () => backend!.handlers['accounts:forget']({ accountId: account!.id }, call);
    await expect(dispatchForget()).rejects.toThrow(/settings waiting to be restored/);
    const ended = await backend.handlers['accounts:forgetAll']({}, call);
    expect(ended.visit.kept.map((k) => [k.item, k.reason])).toEqual([
      ['sign_in', 'restore_pending'],
      ['journal', 'restore_pending'],
    ]);
    expect((await backend.handlers['accounts:list']({}, call)).accounts.map((a) => a.id)).toEqual([account!.id]);

    await removeJournal(t.dir, '123456');
    expect((await dispatchForget()).accounts).toEqual([]);
  });
});
