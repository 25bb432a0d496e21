// Main process (plain Node). The sweep's results in PostgreSQL (PGlite or a server, one schema): homes,
// sweeps, each home's check result, incidents and changes. Work is claimed in the database (an UPDATE ...
// RETURNING on rows nobody holds), so two sweeps at once never sweep, or count, the same home twice.
import path from 'node:path';
import type { HomeChange, HomeResult, Incident } from '@shared/sweep/sweep-types';
import { migrate } from './migrations';
import { isPostgresUrl, openPglite, openPostgres, type SqlClient } from './sql-client';

/** The embedded store's folder inside the data folder. */
export const EMBEDDED_STORE_DIR = 'sweep-store';

export interface SweepTotals {
  homes: number;
  requests: number;
  wakes: number;
  rateLimited: number;
}

export interface SweepRow extends SweepTotals {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  status: 'running' | 'done' | 'stopped';
}

export interface StoredResult {
  sweepId: number;
  sweptAt: string;
  cause: string;
  actor: string | null;
  dataAgeSeconds: number | null;
  checks: unknown[];
}

export interface BoardHome {
  ref: string;
  region: string | null;
  cause: string | null;
  actor: string | null;
  lastSweptAt: string | null;
}

export interface SweepStore {
  readonly kind: SqlClient['kind'];
  startSweep(): Promise<number>;
  /** Adds homes not seen before (the platform's list); existing ones keep their history. */
  upsertHomes(homes: ReadonlyArray<{ ref: string; region: string | null }>): Promise<void>;
  /**
   * Claims for this sweep the given homes that no other sweep holds and that are due (never swept, swept
   * before `staleBefore`, or flagged). Returns the claimed refs with their last cause (for the changes).
   */
  claimHomes(
    sweepId: number,
    refs: readonly string[],
    opts: { staleBefore: Date; leaseSeconds: number },
  ): Promise<Array<{ ref: string; lastCause: string | null }>>;
  /** Keeps these results, moves each home's latest cause, and releases the homes' claims, in one transaction. */
  recordResults(sweepId: number, results: readonly HomeResult[]): Promise<void>;
  /** Lets go of claimed homes not swept (a stopped sweep): the next sweep takes them. */
  releaseClaims(sweepId: number): Promise<void>;
  saveIncidents(sweepId: number, incidents: readonly Incident[]): Promise<void>;
  saveChanges(sweepId: number, changes: readonly HomeChange[]): Promise<void>;
  finishSweep(sweepId: number, status: 'done' | 'stopped', totals: SweepTotals): Promise<void>;
  flagHome(ref: string): Promise<boolean>;
  latestSweep(): Promise<SweepRow | null>;
  /** The sweep's results counted by cause and by actor. */
  counts(sweepId: number): Promise<{ byCause: Record<string, number>; byActor: Record<string, number> }>;
  incidents(sweepId: number): Promise<Incident[]>;
  changes(sweepId: number): Promise<HomeChange[]>;
  /** Homes with their latest cause; `search` matches the ref, `cause` filters. */
  homes(filter?: { cause?: string; search?: string; limit?: number }): Promise<BoardHome[]>;
  /** One home's results across sweeps, newest first. */
  history(ref: string, limit?: number): Promise<StoredResult[]>;
  /**
   * Since when each home has had its latest cause: the first of its latest results in a row with that
   * cause (the board's "since" and the ticket export). Homes never swept are left out.
   */
  causeSince(): Promise<Map<string, string>>;
  close(): Promise<void>;
}

type Row = Record<string, unknown>;
const iso = (v: unknown): string => (v instanceof Date ? v.toISOString() : String(v));
const isoOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : iso(v));
const num = (v: unknown): number => Number(v ?? 0);

/** Opens the store: `spec` a postgres:// URL, or the embedded store under the data folder. */
export async function openSweepStore(spec: { url?: string; dataDir?: string }): Promise<SweepStore> {
  const db =
    spec.url && isPostgresUrl(spec.url)
      ? openPostgres(spec.url)
      : await openPglite(spec.dataDir ? path.join(spec.dataDir, EMBEDDED_STORE_DIR) : undefined);
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return sweepStoreOn(db);
}

export function sweepStoreOn(db: SqlClient): SweepStore {
  const sweepRow = (r: Row): SweepRow => ({
    id: num(r.id),
    startedAt: iso(r.started_at),
    finishedAt: isoOrNull(r.finished_at),
    status: r.status as SweepRow['status'],
    homes: num(r.homes),
    requests: num(r.requests),
    wakes: num(r.wakes),
    rateLimited: num(r.rate_limited),
  });
  return {
    kind: db.kind,
    async startSweep() {
      const [row] = await db.query<{ id: string }>('INSERT INTO sweeps DEFAULT VALUES RETURNING id');
      return num(row!.id);
    },
    async upsertHomes(homes) {
      if (homes.length === 0) return;
      await db.query(
        `INSERT INTO homes (ref, region) SELECT * FROM unnest($1::text[], $2::text[])
         ON CONFLICT (ref) DO UPDATE SET region = EXCLUDED.region WHERE homes.region IS DISTINCT FROM EXCLUDED.region`,
        [homes.map((h) => h.ref), homes.map((h) => h.region)],
      );
    },
    async claimHomes(sweepId, refs, opts) {
      if (refs.length === 0) return [];
      // SKIP LOCKED: a row another sweep is claiming this instant is left to it rather than waited for.
      const rows = await db.query<{ ref: string; last_cause: string | null }>(
        `UPDATE homes SET claimed_by = $1, claimed_until = now() + make_interval(secs => $4)
         WHERE ref IN (
           SELECT ref FROM homes
           WHERE ref = ANY($2::text[])
             AND (claimed_by IS NULL OR claimed_until < now())
             AND (last_swept_at IS NULL OR last_swept_at < $3 OR flagged)
           FOR UPDATE SKIP LOCKED)
         RETURNING ref, last_cause`,
        [sweepId, refs, opts.staleBefore.toISOString(), opts.leaseSeconds],
      );
      return rows.map((r) => ({ ref: r.ref, lastCause: r.last_cause }));
    },
    async recordResults(sweepId, results) {
      if (results.length === 0) return;
      await db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO check_results (sweep_id, ref, cause, actor, data_age_seconds, requests, checks)
           SELECT $1, r.ref, r.cause, r.actor, r.age, r.requests, r.checks::jsonb
           FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
             AS r(ref, cause, actor, age, requests, checks)
           ON CONFLICT (sweep_id, ref) DO NOTHING`,
          [
            sweepId,
            results.map((r) => r.ref),
            results.map((r) => r.cause),
            results.map((r) => r.actor),
            results.map((r) => r.dataAgeSeconds),
            results.map((r) => r.requests),
            results.map((r) => JSON.stringify(r.checks)),
          ],
        );
        await tx.query(
          `UPDATE homes SET last_swept_at = now(), last_cause = r.cause, last_actor = r.actor, flagged = false,
             claimed_by = NULL, claimed_until = NULL
           FROM unnest($2::text[], $3::text[], $4::text[]) AS r(ref, cause, actor)
           WHERE homes.ref = r.ref AND homes.claimed_by = $1`,
          [sweepId, results.map((r) => r.ref), results.map((r) => r.cause), results.map((r) => r.actor)],
        );
      });
    },
    async releaseClaims(sweepId) {
      await db.query('UPDATE homes SET claimed_by = NULL, claimed_until = NULL WHERE claimed_by = $1', [sweepId]);
    },
    async saveIncidents(sweepId, incidents) {
      await db.transaction(async (tx) => {
        for (const i of incidents) {
          const [row] = await tx.query<{ id: string }>(
            'INSERT INTO incidents (sweep_id, cause, actor, advice, share) VALUES ($1, $2, $3, $4, $5) RETURNING id',
            [sweepId, i.cause, i.actor, i.advice, i.share],
          );
          await tx.query(
            'INSERT INTO incident_homes (incident_id, ref) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING',
            [row!.id, i.homes],
          );
        }
      });
    },
    async saveChanges(sweepId, changes) {
      if (changes.length === 0) return;
      await db.query(
        `INSERT INTO changes (sweep_id, ref, kind, from_cause, to_cause)
         SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[])
         ON CONFLICT (sweep_id, ref) DO NOTHING`,
        [
          sweepId,
          changes.map((c) => c.ref),
          changes.map((c) => c.kind),
          changes.map((c) => c.fromCause),
          changes.map((c) => c.toCause),
        ],
      );
    },
    async finishSweep(sweepId, status, t) {
      await db.query(
        `UPDATE sweeps SET finished_at = now(), status = $2, homes = $3, requests = $4, wakes = $5, rate_limited = $6
         WHERE id = $1`,
        [sweepId, status, t.homes, t.requests, t.wakes, t.rateLimited],
      );
    },
    async flagHome(ref) {
      return (await db.query('UPDATE homes SET flagged = true WHERE ref = $1 RETURNING ref', [ref])).length > 0;
    },
    async latestSweep() {
      const [row] = await db.query<Row>(
        "SELECT * FROM sweeps WHERE status <> 'running' ORDER BY finished_at DESC, id DESC LIMIT 1",
      );
      return row ? sweepRow(row) : null;
    },
    async counts(sweepId) {
      const rows = await db.query<{ cause: string; actor: string | null; n: string }>(
        'SELECT cause, actor, count(*) AS n FROM check_results WHERE sweep_id = $1 GROUP BY cause, actor',
        [sweepId],
      );
      const byCause: Record<string, number> = {};
      const byActor: Record<string, number> = {};
      for (const r of rows) {
        byCause[r.cause] = (byCause[r.cause] ?? 0) + num(r.n);
        const a = r.actor ?? 'none';
        byActor[a] = (byActor[a] ?? 0) + num(r.n);
      }
      return { byCause, byActor };
    },
    async incidents(sweepId) {
      const rows = await db.query<Row>(
        `SELECT i.id, i.cause, i.actor, i.advice, i.share, coalesce(array_agg(h.ref ORDER BY h.ref)
           FILTER (WHERE h.ref IS NOT NULL), '{}') AS homes
         FROM incidents i LEFT JOIN incident_homes h ON h.incident_id = i.id
         WHERE i.sweep_id = $1 GROUP BY i.id ORDER BY i.share DESC, i.id`,
        [sweepId],
      );
      return rows.map((r) => ({
        cause: String(r.cause),
        actor: r.actor as Incident['actor'],
        advice: r.advice as Incident['advice'],
        share: num(r.share),
        homes: r.homes as string[],
      }));
    },
    async changes(sweepId) {
      const rows = await db.query<Row>(
        'SELECT ref, kind, from_cause, to_cause FROM changes WHERE sweep_id = $1 ORDER BY ref',
        [sweepId],
      );
      return rows.map((r) => ({
        ref: String(r.ref),
        kind: r.kind as HomeChange['kind'],
        fromCause: (r.from_cause as string | null) ?? null,
        toCause: String(r.to_cause),
      }));
    },
    async homes(filter = {}) {
      const rows = await db.query<Row>(
        `SELECT ref, region, last_cause, last_actor, last_swept_at FROM homes
         WHERE ($1::text IS NULL OR last_cause = $1)
           AND ($2::text IS NULL OR strpos(lower(ref), lower($2)) > 0)
         ORDER BY ref LIMIT $3`,
        [filter.cause ?? null, filter.search ?? null, filter.limit ?? 500],
      );
      return rows.map((r) => ({
        ref: String(r.ref),
        region: (r.region as string | null) ?? null,
        cause: (r.last_cause as string | null) ?? null,
        actor: (r.last_actor as string | null) ?? null,
        lastSweptAt: isoOrNull(r.last_swept_at),
      }));
    },
    async history(ref, limit = 50) {
      const rows = await db.query<Row>(
        `SELECT sweep_id, swept_at, cause, actor, data_age_seconds, checks FROM check_results
         WHERE ref = $1 ORDER BY swept_at DESC, sweep_id DESC LIMIT $2`,
        [ref, limit],
      );
      return rows.map((r) => ({
        sweepId: num(r.sweep_id),
        sweptAt: iso(r.swept_at),
        cause: String(r.cause),
        actor: (r.actor as string | null) ?? null,
        dataAgeSeconds: r.data_age_seconds === null ? null : num(r.data_age_seconds),
        checks: (r.checks as unknown[]) ?? [],
      }));
    },
    async causeSince() {
      const rows = await db.query<{ ref: string; since: unknown }>(
        `SELECT h.ref, (
           SELECT min(c.swept_at) FROM check_results c
           WHERE c.ref = h.ref AND c.cause = h.last_cause
             AND c.swept_at > coalesce(
               (SELECT max(d.swept_at) FROM check_results d WHERE d.ref = h.ref AND d.cause <> h.last_cause),
               '-infinity'::timestamptz)
         ) AS since
         FROM homes h WHERE h.last_cause IS NOT NULL`,
      );
      const out = new Map<string, string>();
      for (const r of rows) if (r.since !== null && r.since !== undefined) out.set(r.ref, iso(r.since));
      return out;
    },
    close: () => db.close(),
  };
}
