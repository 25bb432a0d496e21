// "End site visit" leaves nothing of the visit's customers on this laptop: sign-ins (keychain or memory),
// labels, checklist results, kept reports and their history entries, finished journals, and their names and
// ids in the logs; or it says exactly what it kept and why (a pending restore keeps that customer's sign-in
// and journal). In session-only mode it does not claim to have cleared a keychain it never used.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { driveConsent } from '@main/accounts/sign-in/consent-driver';
import { createBackend, type Backend } from '@main/app/backend';
import { MemoryVault } from '@main/infra/keychain';
import { listJournals, writeJournal } from '@main/test-charge/journal';
import { tempDir } from '@test/support/temp-dir';

let backend: Backend | null = null;
let remove: (() => void) | null = null;
afterEach(async () => {
  await backend?.stop();
  backend = null;
  remove?.();
});

const call = { transport: 'browser' as const };

async function visit(options: { sessionOnly?: boolean } = {}) {
  const t = tempDir('tcd-end-visit-');
  remove = t.remove;
  const vault = new MemoryVault();
  const opened: string[] = [];
  backend = createBackend({
    mode: 'demo',
    dataDir: t.dir,
    keychain: vault,
    openExternal: async (url) => void opened.push(url),
  });
  await backend.start();
  if (options.sessionOnly) await backend.handlers['accounts:setSessionOnly']({ enabled: true }, call);
  await backend.handlers['accounts:connect']({ label: 'Job 4711 Müller', way: 'own_app' }, call);
  expect(await driveConsent(opened[0]!)).toBe(200);
  const [account] = (await backend.handlers['accounts:list']({}, call)).accounts;
  const report = await backend.handlers['checklist:run']({ accountId: account!.id }, call);
  const siteId = report.checks.find((c) => c.subject.kind === 'energy_site')!.subject.id;
  // A line naming the customer, raw and through the redacting logger (which hashes the ids).
  backend.context.log.warn('test.customer', {
    accountId: account!.id,
    energy_site_id: siteId,
    note: `label Job 4711 Müller site ${siteId}`,
  });
  backend.context.log.info('test.unrelated', { note: 'nothing of a customer here' });
  const pdf = await backend.handlers['reports:export'](
    { format: 'json', includeCustomerLabel: true, accountId: account!.id },
    call,
  );
  await backend.handlers['reports:export'](
    { format: 'html', includeCustomerLabel: true, accountId: account!.id },
    call,
  );
  return { dir: t.dir, vault, account: account!, siteId, historyId: pdf.historyId! };
}

const logText = (dir: string) =>
  readdirSync(path.join(dir, 'logs'))
    .map((f) => readFileSync(path.join(dir, 'logs', f), 'utf8'))
    .join('\n');

describe('ending a site visit', () => {
  it('removes the sign-in from the keychain, the customer, the kept reports and their names in the logs, and says so', async () => {
    const { dir, vault, account, siteId, historyId } = await visit();
    expect(await vault.keys()).toContain(`account:${account.id}`);
    expect(existsSync(path.join(dir, 'reports', `${historyId}.json`))).toBe(true);
    const hashed = /site#[0-9a-f]{6}/.exec(logText(dir))?.[0];
    expect(hashed).toBeDefined();

    const result = await backend!.handlers['accounts:forgetAll']({}, call);

    expect(result.accounts).toEqual([]);
    expect((await vault.keys()).filter((k) => k.startsWith('account:'))).toEqual([]);
    expect(readFileSync(path.join(dir, 'accounts.json'), 'utf8')).not.toContain('Müller');
    expect(existsSync(path.join(dir, 'reports', `${historyId}.json`))).toBe(false);
    expect((await backend!.handlers['reports:history']({}, call)).entries).toEqual([]);
    expect(() => backend!.context.checklist.last(account.id)).not.toThrow();
    expect(backend!.context.checklist.last(account.id)).toBeNull();
    const logs = logText(dir);
    for (const ref of [account.id, 'Müller', siteId, hashed!]) expect(logs).not.toContain(ref);
    expect(logs).toContain('nothing of a customer here');
    expect(logs).toContain('[customer removed]');

    const removed = Object.fromEntries(result.visit.removed.map((r) => [r.item, r.count]));
    expect(removed).toMatchObject({ keychain_sign_ins: 1, customers: 1, reports: 1 });
    expect(removed.session_sign_ins).toBeUndefined();
    expect(removed.results).toBeGreaterThanOrEqual(1);
    expect(removed.log_lines).toBeGreaterThanOrEqual(1);
    // The kept copies are gone; files the installer saved elsewhere are theirs, and the summary says so.
    expect(result.visit.kept).toEqual([{ item: 'saved_files', customer: null, reason: 'saved_outside' }]);
  });

  it("removes a keychain sign-in no accounts.json lists (another writer's, a damaged file's) and the support bundles", async () => {
    const { vault } = await visit();
    // A customer another instance signed in whose line in accounts.json was lost: only the keychain knows it.
    await vault.set(
      'account:lost-customer',
      JSON.stringify({ v: 1, refreshToken: 'rt', accessToken: 'at', accessTokenExpiresAt: 0 }),
    );
    await vault.set('client-secret:my-app', "the installer's own app secret");
    const bundle = await backend!.handlers['support:bundle']({}, call);
    expect(existsSync(bundle.path)).toBe(true);

    const result = await backend!.handlers['accounts:forgetAll']({}, call);

    expect((await vault.keys()).filter((k) => k.startsWith('account:'))).toEqual([]);
    // The installer's developer-app secret is not a customer's: it stays.
    expect(await vault.keys()).toContain('client-secret:my-app');
    expect(existsSync(bundle.path)).toBe(false);
    const removed = Object.fromEntries(result.visit.removed.map((r) => [r.item, r.count]));
    expect(removed).toMatchObject({ keychain_sign_ins: 2, customers: 1, support_bundles: 1 });
  });

  it('in session-only mode names the sign-ins it dropped from memory, not a keychain it never used', async () => {
    const { vault } = await visit({ sessionOnly: true });
    expect((await vault.keys()).filter((k) => k.startsWith('account:'))).toEqual([]);
    const result = await backend!.handlers['accounts:forgetAll']({}, call);
    const items = result.visit.removed.map((r) => r.item);
    expect(items).toContain('session_sign_ins');
    expect(items).not.toContain('keychain_sign_ins');
  });

  it('keeps the sign-in and journal of a customer whose restore is pending, says why, and removes the rest', async () => {
    const { dir, vault, account, historyId } = await visit();
    await writeJournal(dir, {
      version: 1,
      runId: 'run-1',
      accountId: account.id,
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '123456',
      direction: 'charge',
      startedAt: new Date().toISOString(),
      original: { backup_reserve_percent: 20 },
      snapshot: { backup_reserve_percent: 20 },
    });

    const result = await backend!.handlers['accounts:forgetAll']({}, call);

    expect(result.accounts.map((a) => a.id)).toEqual([account.id]);
    expect(await vault.keys()).toContain(`account:${account.id}`);
    expect(await listJournals(dir)).toHaveLength(1);
    expect(result.visit.kept).toEqual([
      { item: 'sign_in', customer: 'Job 4711 Müller', reason: 'restore_pending' },
      { item: 'journal', customer: 'Job 4711 Müller', reason: 'restore_pending' },
    ]);
    // Their report stays with them (the summary says the sign-in, label and reports stay).
    expect(existsSync(path.join(dir, 'reports', `${historyId}.json`))).toBe(true);
    expect(result.visit.removed.map((r) => r.item)).not.toContain('customers');
  });
});
