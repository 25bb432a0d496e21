import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listJournals, journalPath, writeJournal } from '@main/test-charge/journal';
import { runTestCharge, type RunStep } from '@main/test-charge/orchestrator';
import { recoverPending } from '@main/test-charge/recovery';
import { acquireSiteLock, SiteBusyError } from '@main/test-charge/site-lock';
import { tempDir } from '@test/support/temp-dir';
import { FakeSite, HttpishError, manualClock } from '@test/support/fake-site';

const SCOPES = ['openid', 'offline_access', 'energy_device_data', 'energy_cmds'];
let dataDir: string;
let cleanup: () => void;

beforeEach(() => {
  ({ dir: dataDir, remove: cleanup } = tempDir('tcd-tc-engine-'));
});
afterEach(() => cleanup());

function request(site: FakeSite, extra: Partial<Parameters<typeof runTestCharge>[0]> = {}) {
  return {
    dataDir,
    accountId: 'acct-1',
    apiBase: 'http://127.0.0.1:9/na',
    siteId: '123456',
    direction: 'charge' as const,
    grantedScopes: SCOPES,
    api: site,
    clock: manualClock(),
    ...extra,
  };
}

describe('orchestrator', () => {
  it('charges, passes, restores exactly and leaves no journal or lock', async () => {
    const site = new FakeSite();
    const before = site.settings();
    const steps: RunStep[] = [];
    let journalSeenAtFirstWrite = false;
    const result = await runTestCharge(
      request(site, {
        onStep: async (s) => {
          steps.push(s);
          if (s === 'write:operation') journalSeenAtFirstWrite = (await listJournals(dataDir)).length === 1;
        },
      }),
    );
    expect(result).toMatchObject({ verdict: 'pass', reason: 'charged', restored: true, baselineBatteryW: 0 });
    expect(site.settings()).toEqual(before);
    expect(result.settingsAfter).toEqual(result.settingsBefore);
    expect(journalSeenAtFirstWrite).toBe(true);
    expect(steps.slice(0, 5)).toEqual([
      'snapshot',
      'journal',
      'write:operation',
      'write:backup',
      'write:grid_import_export',
    ]);
    expect(steps.slice(-2)).toEqual(['restore:verified', 'journal:removed']);
    expect(await listJournals(dataDir)).toEqual([]);
    await expect(fs.readdir(path.join(dataDir, 'locks'))).resolves.toEqual([]);
    // Stopped early once proven: three readings 3 s apart from when the battery moved (the fake site acts at once).
    expect(result.samples.map((s) => Math.round(s.t))).toEqual([28, 31, 34]);
  });

  it('without grid interaction, a charge with grid charging off fails for that reason and restores', async () => {
    const site = new FakeSite();
    const blocked = await runTestCharge(request(site, { gridInteraction: false }));
    expect(blocked).toMatchObject({ verdict: 'blocked', reason: 'energy.grid_charging', restored: true });
    expect(site.writes).toEqual([]);
    const result = await runTestCharge(request(site, { gridInteraction: false, force: true }));
    expect(result).toMatchObject({ verdict: 'fail', reason: 'grid_charging_off', restored: true });
    expect(result.samples.length).toBe(10);
    expect(
      site.writes.some(
        (w) =>
          'disallow_charge_from_grid_with_solar_installed' in w.body &&
          w.body.disallow_charge_from_grid_with_solar_installed === false,
      ),
    ).toBe(false);
  });

  it('blocks and writes nothing when preflight fails', async () => {
    const site = new FakeSite();
    site.liveOverride = { island_status: 'off_grid', grid_status: 'Inactive' };
    const result = await runTestCharge(request(site));
    expect(result).toMatchObject({ verdict: 'blocked', reason: 'off_grid', restored: true });
    expect(site.writes).toEqual([]);
    expect(await listJournals(dataDir)).toEqual([]);
  });

  it('retries writes on 5xx, 429 and timeouts, then still restores', async () => {
    const site = new FakeSite();
    const before = site.settings();
    const timeout = Object.assign(new Error('no answer'), { name: 'TimeoutError' });
    site.failures.set('write:operation', [new HttpishError(503)]);
    site.failures.set('write:backup', [new HttpishError(429, 7)]);
    site.failures.set('write:grid_import_export', [timeout]);
    const clock = manualClock();
    const result = await runTestCharge(request(site, { clock }));
    expect(result).toMatchObject({ verdict: 'pass', restored: true });
    expect(site.settings()).toEqual(before);
  });

  it('a write refused for good ends the test as write_failed and restores what was written', async () => {
    const site = new FakeSite();
    const before = site.settings();
    site.failures.set('write:backup', [new HttpishError(400)]);
    const result = await runTestCharge(request(site));
    expect(result).toMatchObject({ verdict: 'fail', reason: 'write_failed', restored: true, samples: [] });
    expect(site.settings()).toEqual(before);
  });

  it('Stop aborts the watch and restores', async () => {
    const site = new FakeSite();
    site.soc = 90; // above the cap: a charge cannot pass, so only the Stop ends it early
    const before = site.settings();
    const stop = new AbortController();
    const result = await runTestCharge(
      request(site, {
        signal: stop.signal,
        onSample: () => stop.abort(),
      }),
    );
    expect(result).toMatchObject({ verdict: 'aborted', reason: 'aborted', restored: true });
    expect(result.samples).toHaveLength(1);
    expect(site.settings()).toEqual(before);
  });

  it('keeps the journal and names the values when the restore is refused (token revoked)', async () => {
    const site = new FakeSite();
    const result = await runTestCharge(
      request(site, {
        onStep: (s) => {
          if (s === 'restore:start')
            site.failures.set(
              'siteInfo',
              Array.from({ length: 20 }, () => new HttpishError(401)),
            );
        },
      }),
    );
    expect(result.restored).toBe(false);
    expect(result.restoreError).toContain('401');
    const [entry] = await listJournals(dataDir);
    expect(entry && 'journal' in entry && entry.journal.original).toEqual({
      default_real_mode: 'self_consumption',
      backup_reserve_percent: 0,
      disallow_charge_from_grid_with_solar_installed: true,
    });
    expect(entry && 'journal' in entry && entry.journal.lastRestoreError).toContain('401');
    // Later, with the account working again, recovery finishes it.
    site.failures.clear();
    const outcomes = await recoverPending({ dataDir, apiFor: async () => site, clock: manualClock() });
    expect(outcomes).toMatchObject([{ status: 'restored', siteId: '123456' }]);
    expect(site.settings().backup_reserve_percent).toBe(0);
    expect(await listJournals(dataDir)).toEqual([]);
  });

  it('a second test on the same site is blocked while one holds the lock', async () => {
    const lock = await acquireSiteLock(dataDir, '123456', 'other');
    const site = new FakeSite();
    const result = await runTestCharge(request(site));
    expect(result).toMatchObject({ verdict: 'blocked', reason: 'site_busy' });
    expect(site.writes).toEqual([]);
    await lock.release();
  });

  it('finishes a journal left for the site before taking a new snapshot', async () => {
    const site = new FakeSite();
    await writeJournal(dataDir, {
      version: 1,
      runId: 'old',
      accountId: 'acct-1',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '123456',
      direction: 'charge',
      startedAt: new Date().toISOString(),
      original: { backup_reserve_percent: 0 },
      snapshot: {},
    });
    site.info.backup_reserve_percent = 80; // left at the test value by a crash
    const result = await runTestCharge(request(site, { direction: 'discharge' }));
    expect(result.recoveredEarlier).toBe(true);
    // Right after a restore the Powerwall still acts on the old test values: no baseline is taken then.
    expect(result.baselineBatteryW).toBeNull();
    expect(result.settingsBefore.backup_reserve_percent).toBe(0);
    expect(site.info.backup_reserve_percent).toBe(0);
  });

  it('rejects a duration over 15 minutes and a bad site id', async () => {
    await expect(runTestCharge(request(new FakeSite(), { minutes: 16 }))).rejects.toThrow(/at most 15/);
    await expect(runTestCharge(request(new FakeSite(), { siteId: '../x' }))).rejects.toThrow(/site id/);
  });
});

describe('journal, lock and recovery', () => {
  it('writes the journal atomically (no temp file left) and reports a corrupt one without deleting it', async () => {
    await writeJournal(dataDir, {
      version: 1,
      runId: 'r',
      accountId: 'a',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '1',
      direction: 'charge',
      startedAt: 'x',
      original: { backup_reserve_percent: 10 },
      snapshot: { backup_reserve_percent: 10 },
    });
    await fs.writeFile(journalPath(dataDir, '2'), '{"version":1,', 'utf8');
    const names = await fs.readdir(path.join(dataDir, 'journals'));
    expect(names.sort()).toEqual(['site-1.json', 'site-2.json']);
    const entries = await listJournals(dataDir);
    expect(entries[0]).toMatchObject({ journal: { siteId: '1' } });
    expect(entries[1]).toHaveProperty('error');
    const outcomes = await recoverPending({ dataDir, apiFor: async () => new FakeSite(), clock: manualClock() });
    expect(outcomes.map((o) => o.status)).toEqual(['restored', 'unreadable']);
    await expect(fs.stat(journalPath(dataDir, '2'))).resolves.toBeTruthy();
  });

  it('takes over a lock whose process is gone, and refuses a live one', async () => {
    const file = path.join(dataDir, 'locks', 'site-7.lock');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(
      file,
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: (await import('node:os')).hostname(),
        createdAt: Date.now(),
        purpose: 'x',
      }),
    );
    const lock = await acquireSiteLock(dataDir, '7', 'test');
    await expect(acquireSiteLock(dataDir, '7', 'test')).rejects.toBeInstanceOf(SiteBusyError);
    await lock.release();
    await (await acquireSiteLock(dataDir, '7', 'test')).release();
  });

  it("a live owner on this host keeps its lock past the cross-host age limit; another host's old lock is stale", async () => {
    const { isStale, LOCK_STALE_MS } = await import('@main/test-charge/site-lock');
    const host = (await import('node:os')).hostname();
    const now = Date.now();
    const old = now - LOCK_STALE_MS - 60_000;
    expect(isStale({ pid: process.pid, host, createdAt: old, purpose: 'test' }, now)).toBe(false);
    expect(isStale({ pid: 2 ** 22 + 12345, host, createdAt: now, purpose: 'test' }, now)).toBe(true);
    expect(isStale({ pid: process.pid, host: `${host}-other`, createdAt: old, purpose: 'test' }, now)).toBe(true);
    expect(isStale({ pid: process.pid, host: `${host}-other`, createdAt: now, purpose: 'test' }, now)).toBe(false);
  });

  it('leaves a journal alone while its site is locked by a running test', async () => {
    const site = new FakeSite();
    await writeJournal(dataDir, {
      version: 1,
      runId: 'r',
      accountId: 'a',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '123456',
      direction: 'charge',
      startedAt: 'x',
      original: { backup_reserve_percent: 10 },
      snapshot: {},
    });
    const lock = await acquireSiteLock(dataDir, '123456', 'test');
    expect(await recoverPending({ dataDir, apiFor: async () => site, clock: manualClock() })).toMatchObject([
      { status: 'in_progress' },
    ]);
    expect(site.writes).toEqual([]);
    await lock.release();
  });
});

describe('discarding a journal', () => {
  it('refuses to forget a journal whose restore has not failed', async () => {
    const { TestChargeService } = await import('@main/test-charge/test-charge-service');
    const { EventBus } = await import('@main/ipc/event-bus');
    await writeJournal(dataDir, {
      version: 1,
      runId: 'r',
      accountId: 'a',
      apiBase: 'http://127.0.0.1:9/na',
      siteId: '5',
      direction: 'charge',
      startedAt: 'x',
      original: { backup_reserve_percent: 10 },
      snapshot: {},
    });
    const service = new TestChargeService({
      dataDir,
      events: new EventBus(),
      sessionFor: async () => {
        throw new Error('unused');
      },
      clock: () => manualClock(),
      clockSpeed: () => 1,
    });
    await expect(service.discard('5')).rejects.toThrow(/has not failed/);
    expect(await service.discard('6')).toBe(false);
    expect(await listJournals(dataDir)).toHaveLength(1);
  });
});
