// Main process (plain Node). The Board screen's service: reads the sweep store (the embedded PGlite in the
// data folder by default, or a PostgreSQL server) through the store module's queries, never its own SQL.
// The store is opened when the screen asks and closed again after a quiet spell: an embedded PGlite is one
// process's at a time, and `doctor sweep` on the same data folder must be able to write between looks.
import { existsSync } from 'node:fs';
import {
  BOARD_PAGE_LIMIT,
  BoardActorSchema,
  BoardCheckSchema,
  type BoardActor,
  type BoardCheck,
  type BoardCsv,
  type BoardFilter,
  type BoardHome,
  type BoardHomeDetail,
  type BoardHomes,
  type BoardSummary,
} from '@shared/contract/areas/board';
import { HEALTHY } from '@shared/sweep/sweep-types';
import { splitChanges } from '@shared/sweep/changes';
import type { SweepStore } from '@main/sweep-store/sweep-store';
import { boardCsv } from './board-csv';

export interface BoardStoreSource {
  /** Opens the store (migrations included). */
  open(): Promise<SweepStore>;
  /** What the screen shows of where the results live: never a password. */
  kind: 'pglite' | 'postgres';
  label: string;
  /** The embedded store's folder: when it does not exist no sweep was stored, and a look creates nothing. */
  embeddedDir?: string;
}

export interface BoardServiceOptions {
  /** Where the results are; a function, because the Settings screen may point it elsewhere. */
  source: () => BoardStoreSource;
  /** Closes the store after this long without a call (default 5 s). */
  idleCloseMs?: number;
  now?: () => number;
}

/** The store could not be opened or read: said on screen with what to do. */
export class BoardStoreError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'BoardStoreError';
  }
}

const MAX_CHANGES_LISTED = 200;

const actorOf = (value: string | null | undefined): BoardActor => {
  const parsed = BoardActorSchema.safeParse(value ?? 'none');
  return parsed.success ? parsed.data : 'none';
};

/** The stored checks, kept only where they have the expected shape (the store is another program's too). */
function checksOf(stored: unknown[]): BoardCheck[] {
  const out: BoardCheck[] = [];
  for (const c of stored) {
    const parsed = BoardCheckSchema.safeParse(c);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export class BoardService {
  private opening: Promise<{ store: SweepStore; source: BoardStoreSource }> | null = null;
  private busy = 0;
  private idle: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: BoardServiceOptions) {}

  /** The latest finished sweep: incidents first, counts, changes; `sweep: null` when none was stored. */
  async summary(): Promise<BoardSummary> {
    const source = this.options.source();
    const empty: BoardSummary = {
      sweep: null,
      store: { kind: source.kind, label: source.label },
      incidents: [],
      byCause: [],
      byActor: [],
      changes: { newlyBroken: 0, recovered: 0, items: [] },
    };
    if (this.neverStored(source)) return empty;
    return this.withStore(async (store) => {
      const sweep = await store.latestSweep();
      if (!sweep) return empty;
      const [counts, incidents, changes] = await Promise.all([
        store.counts(sweep.id),
        store.incidents(sweep.id),
        store.changes(sweep.id),
      ]);
      const order = { newly_broken: 0, changed: 1, recovered: 2 } as const;
      const split = splitChanges(changes);
      return {
        ...empty,
        sweep,
        incidents: incidents.map((i) => ({
          cause: i.cause,
          actor: actorOf(i.actor),
          advice: i.advice,
          share: Math.min(1, Math.max(0, i.share)),
          homes: i.homes.length,
        })),
        byCause: Object.entries(counts.byCause)
          .map(([cause, count]) => ({ cause, count }))
          .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause)),
        byActor: Object.entries(counts.byActor)
          .map(([actor, count]) => ({ actor: actorOf(actor), count }))
          .sort((a, b) => b.count - a.count || a.actor.localeCompare(b.actor)),
        changes: {
          newlyBroken: split.newlyBroken.length,
          recovered: split.recovered.length,
          items: [...changes]
            .sort((a, b) => order[a.kind] - order[b.kind] || a.ref.localeCompare(b.ref))
            .slice(0, MAX_CHANGES_LISTED),
        },
      };
    });
  }

  /** The homes matching the filter, the first BOARD_PAGE_LIMIT of them, with how many match. */
  async homes(filter: BoardFilter = {}): Promise<BoardHomes> {
    const all = await this.matching(filter);
    return { homes: all.slice(0, BOARD_PAGE_LIMIT), total: all.length };
  }

  /** One home: its latest stored result and its history across sweeps (newest first). */
  async home(ref: string): Promise<BoardHomeDetail> {
    if (this.neverStored(this.options.source())) return { home: null, history: [] };
    return this.withStore(async (store) => {
      const [listed, history] = await Promise.all([this.boardHomes(store, { search: ref }), store.history(ref, 100)]);
      return {
        home: listed.find((h) => h.ref === ref) ?? null,
        history: history.map((r) => ({
          sweepId: r.sweepId,
          sweptAt: r.sweptAt,
          cause: r.cause,
          actor: actorOf(r.actor),
          dataAgeSeconds: r.dataAgeSeconds,
          checks: checksOf(r.checks),
        })),
      };
    });
  }

  /** Every home matching the filter as CSV for the platform's ticket system (no personal data). */
  async exportCsv(filter: BoardFilter = {}): Promise<BoardCsv> {
    const source = this.options.source();
    const stamp = new Date((this.options.now ?? Date.now)()).toISOString().slice(0, 16).replace(/[:T]/g, '-');
    const fileName = `board-${stamp}.csv`;
    if (this.neverStored(source))
      return { fileName, rows: 0, download: { mimeType: 'text/csv', encoding: 'utf8', data: boardCsv([], new Map()) } };
    return this.withStore(async (store) => {
      const [homes, since] = await Promise.all([this.boardHomes(store, filter), store.causeSince()]);
      return {
        fileName,
        rows: homes.length,
        download: { mimeType: 'text/csv', encoding: 'utf8', data: boardCsv(homes, since) },
      };
    });
  }

  /** Where the results live, for messages (never a password). */
  storeLabel(): string {
    return this.options.source().label;
  }

  /** Closes the store now (the app is stopping, or the store setting changed). */
  async close(): Promise<void> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const opening = this.opening;
    this.opening = null;
    if (opening) await opening.then(({ store }) => store.close()).catch(() => undefined);
  }

  private async matching(filter: BoardFilter): Promise<BoardHome[]> {
    if (this.neverStored(this.options.source())) return [];
    return this.withStore((store) => this.boardHomes(store, filter));
  }

  /** Homes with the latest sweep's incidents and changes laid on them, then filtered. */
  private async boardHomes(store: SweepStore, filter: BoardFilter): Promise<BoardHome[]> {
    const sweep = await store.latestSweep();
    const [homes, incidents, changes] = await Promise.all([
      store.homes({
        ...(filter.cause ? { cause: filter.cause } : {}),
        ...(filter.search ? { search: filter.search } : {}),
        limit: 1_000_000,
      }),
      sweep ? store.incidents(sweep.id) : Promise.resolve([]),
      sweep ? store.changes(sweep.id) : Promise.resolve([]),
    ]);
    const incidentOf = new Map<string, { cause: string; actor: string }>();
    for (const i of incidents) for (const ref of i.homes) incidentOf.set(ref, i);
    const changeOf = new Map(changes.map((c) => [c.ref, c.kind]));
    const out: BoardHome[] = [];
    for (const h of homes) {
      const incident = incidentOf.get(h.ref);
      const row: BoardHome = {
        ref: h.ref,
        region: h.region,
        cause: h.cause,
        // A home in an incident is the incident's to solve (wait, or the platform): never "reconnect" alone.
        actor: incident ? actorOf(incident.actor) : h.cause === HEALTHY ? 'none' : actorOf(h.actor),
        incident: incident?.cause ?? null,
        change: changeOf.get(h.ref) ?? null,
        lastSweptAt: h.lastSweptAt,
      };
      if (filter.actor && row.actor !== filter.actor) continue;
      if (filter.incident !== undefined && (row.incident !== null) !== filter.incident) continue;
      if (filter.changed && (row.change === null || (filter.changed !== 'any' && row.change !== filter.changed)))
        continue;
      out.push(row);
    }
    // Incidents first, then broken homes, then the healthy, each by reference.
    const rank = (h: BoardHome) => (h.incident ? 0 : h.cause && h.cause !== HEALTHY ? 1 : 2);
    return out.sort((a, b) => rank(a) - rank(b) || a.ref.localeCompare(b.ref));
  }

  private neverStored(source: BoardStoreSource): boolean {
    return source.kind === 'pglite' && source.embeddedDir !== undefined && !existsSync(source.embeddedDir);
  }

  /** Runs `fn` on the open store (opened once for calls that overlap), closed after a quiet spell. */
  private async withStore<T>(fn: (store: SweepStore) => Promise<T>): Promise<T> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.busy += 1;
    try {
      const source = this.options.source();
      this.opening ??= source.open().then((store) => ({ store, source }));
      let opened;
      try {
        opened = await this.opening;
      } catch (error) {
        this.opening = null;
        throw new BoardStoreError(error instanceof Error ? error.message : String(error));
      }
      try {
        return await fn(opened.store);
      } catch (error) {
        throw new BoardStoreError(error instanceof Error ? error.message : String(error));
      }
    } finally {
      this.busy -= 1;
      if (this.busy === 0) {
        this.idle = setTimeout(() => void this.close(), this.options.idleCloseMs ?? 5000);
        this.idle.unref?.();
      }
    }
  }
}
