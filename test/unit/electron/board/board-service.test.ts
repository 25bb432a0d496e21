// The Board's service over a real sweep store (PGlite in a data folder) seeded with two sweeps: incidents
// first, counts, changes, filters and search, one home's history, the CSV (no personal data, formulas
// neutralised, since when), an empty data folder left untouched, and a store that cannot be opened said plainly.
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardService, type BoardStoreSource } from '@main/board/board-service';
import { boardHandlers } from '@main/board/board-handlers';
import { StoreSettingService } from '@main/board/store-setting';
import { MemoryVault } from '@main/infra/keychain';
import { UserFacingError } from '@main/ipc/handler-types';
import { EMBEDDED_STORE_DIR, openSweepStore } from '@main/sweep-store/sweep-store';
import { BOARD_SEED, seedBoard } from '@test/support/board-seed';
import { tempDir } from '@test/support/temp-dir';

const embedded = (dataDir: string): BoardStoreSource => ({
  kind: 'pglite',
  label: path.join(dataDir, EMBEDDED_STORE_DIR),
  embeddedDir: path.join(dataDir, EMBEDDED_STORE_DIR),
  open: () => openSweepStore({ dataDir }),
});

describe('BoardService', { timeout: 240_000 }, () => {
  let dir: string;
  let remove: () => void;
  let board: BoardService;
  beforeAll(async () => {
    ({ dir, remove } = tempDir('tcd-board-'));
    await seedBoard(dir);
    board = new BoardService({ source: () => embedded(dir), idleCloseMs: 60_000 });
  }, 240_000);
  afterAll(async () => {
    await board?.close();
    remove?.();
  });

  it('sums up the latest sweep: the incident with its homes and advice, counts, and what changed', async () => {
    const s = await board.summary();
    expect(s.sweep?.homes).toBe(BOARD_SEED.homes);
    expect(s.incidents).toEqual([
      { cause: BOARD_SEED.incidentCause, actor: 'wait', advice: 'wait', share: 0.3, homes: 6 },
    ]);
    expect(s.byCause[0]).toEqual({ cause: 'healthy', count: 13 });
    expect(s.byCause).toContainEqual({ cause: BOARD_SEED.incidentCause, count: 6 });
    expect(s.byActor).toContainEqual({ actor: 'wait', count: 6 });
    expect(s.byActor).toContainEqual({ actor: 'customer', count: 1 });
    expect(s.changes.newlyBroken).toBe(7);
    expect(s.changes.recovered).toBe(1);
    // Newly broken first, recovered last.
    expect(s.changes.items.at(-1)).toMatchObject({ ref: BOARD_SEED.recovered, kind: 'recovered' });
    expect(s.changes.items).toContainEqual({
      ref: BOARD_SEED.newlyBroken,
      kind: 'newly_broken',
      fromCause: 'healthy',
      toCause: BOARD_SEED.newlyBrokenCause,
    });
  });

  it('lists incident homes first, with the incident’s actor, never the customer to reconnect', async () => {
    const { homes, total } = await board.homes({});
    expect(total).toBe(BOARD_SEED.homes);
    expect(homes.slice(0, 6).map((h) => h.ref)).toEqual(BOARD_SEED.incidentHomes);
    for (const h of homes.slice(0, 6)) expect(h).toMatchObject({ incident: BOARD_SEED.incidentCause, actor: 'wait' });
    expect(homes[6]).toMatchObject({ ref: BOARD_SEED.newlyBroken, actor: 'customer', change: 'newly_broken' });
    expect(homes.find((h) => h.ref === 'c-0010')).toMatchObject({ cause: 'healthy', actor: 'none', incident: null });
  });

  it('filters by cause, actor, incident and change, and searches the reference', async () => {
    const refs = async (f: Parameters<BoardService['homes']>[0]) => (await board.homes(f)).homes.map((h) => h.ref);
    expect(await refs({ incident: true })).toEqual(BOARD_SEED.incidentHomes);
    expect(await refs({ incident: false })).not.toContain('c-0001');
    expect(await refs({ actor: 'customer' })).toEqual([BOARD_SEED.newlyBroken]);
    expect(await refs({ changed: 'recovered' })).toEqual([BOARD_SEED.recovered]);
    expect(await refs({ changed: 'newly_broken' })).toEqual([...BOARD_SEED.incidentHomes, BOARD_SEED.newlyBroken]);
    expect(await refs({ cause: BOARD_SEED.newlyBrokenCause })).toEqual([BOARD_SEED.newlyBroken]);
    expect(await refs({ search: 'C-001' })).toEqual(Array.from({ length: 10 }, (_, i) => `c-001${i}`));
    expect(await refs({ search: 'nobody' })).toEqual([]);
  });

  it('opens one home: its latest stored result first, then its history', async () => {
    const d = await board.home(BOARD_SEED.newlyBroken);
    expect(d.home).toMatchObject({ ref: BOARD_SEED.newlyBroken, cause: BOARD_SEED.newlyBrokenCause });
    expect(d.history.map((h) => h.cause)).toEqual([BOARD_SEED.newlyBrokenCause, 'healthy']);
    expect(d.history[0]!.checks).toEqual([
      {
        id: 'scope.energy_read',
        status: 'fail',
        text: { key: 'scope.missing', params: { checkbox: 'Energy Product Information' } },
        actor: 'customer',
      },
    ]);
    expect(await board.home('c-9999')).toEqual({ home: null, history: [] });
  });

  it('exports CSV for the ticket system: refs, cause, actor, incident, since when; formulas neutralised', async () => {
    const csv = await board.exportCsv({ incident: true });
    expect(csv.rows).toBe(6);
    const lines = csv.download.data.trimEnd().split('\r\n');
    expect(lines[0]).toBe('ref,cause,actor,incident,since,change,last_swept_at');
    expect(lines[1]).toMatch(
      /^c-0001,connection\.tesla_auth_unavailable,wait,connection\.tesla_auth_unavailable,\d{4}-/,
    );
    const all = (await board.exportCsv({})).download.data;
    expect(all).not.toMatch(/@/);
    // The hostile reference is text, not a formula, and its quotes are escaped.
    expect(all).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(all).not.toMatch(/(^|\n|,)=HYPERLINK/);
    // Since when: a home broken at the second sweep since then; a healthy one since the first.
    const since = (ref: string) =>
      all
        .split('\r\n')
        .find((l) => l.startsWith(`${ref},`))!
        .split(',')[4]!;
    const history = await board.home('c-0010');
    expect(since(BOARD_SEED.newlyBroken)).toBe((await board.home(BOARD_SEED.newlyBroken)).history[0]!.sweptAt);
    expect(since('c-0010')).toBe(history.history.at(-1)!.sweptAt);
  });
});

describe('BoardService without a stored sweep', { timeout: 120_000 }, () => {
  it('says no sweep was stored and creates nothing in the data folder', async () => {
    const { dir, remove } = tempDir('tcd-board-empty-');
    try {
      const board = new BoardService({ source: () => embedded(dir) });
      expect((await board.summary()).sweep).toBeNull();
      expect(await board.homes({})).toEqual({ homes: [], total: 0 });
      expect((await board.exportCsv({})).rows).toBe(0);
      expect(existsSync(path.join(dir, EMBEDDED_STORE_DIR))).toBe(false);
      await board.close();
    } finally {
      remove();
    }
  });

  it('a store that cannot be opened is said with where it is and what is wrong, never a password', async () => {
    const board = new BoardService({
      source: () => ({
        kind: 'postgres',
        label: 'postgres://desk@db.example:5432/sweeps',
        open: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
      }),
    });
    const h = boardHandlers(
      board,
      new StoreSettingService(os.tmpdir(), new MemoryVault(), () => Promise.reject(new Error('unused'))),
    );
    const error = await Promise.resolve(h['board:summary']({}, { transport: 'browser' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).text.key).toBe('errors.board_store_unavailable');
    expect((error as Error).message).toContain('postgres://desk@db.example:5432/sweeps');
    expect((error as Error).message).toContain('ECONNREFUSED');
    await board.close();
  });
});
