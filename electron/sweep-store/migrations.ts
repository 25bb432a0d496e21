// Main process (plain Node). The sweep store's schema, as numbered migrations run in order on PGlite and on
// a PostgreSQL server alike. Applied under an advisory lock so two doctors starting at once migrate once.
import type { SqlClient } from './sql-client';

/** A fixed key for pg_advisory_xact_lock: "the sweep store's migrations". */
const MIGRATION_LOCK_KEY = 24_0001;

export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE homes (
        ref text PRIMARY KEY,
        region text,
        first_seen timestamptz NOT NULL DEFAULT now(),
        last_swept_at timestamptz,
        last_cause text,
        last_actor text,
        -- a desk member asked for this home at the next sweep, whatever its age
        flagged boolean NOT NULL DEFAULT false,
        -- which sweep holds it right now, and until when (a crashed sweep's claim runs out)
        claimed_by bigint,
        claimed_until timestamptz
      );
      CREATE TABLE sweeps (
        id bigserial PRIMARY KEY,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        status text NOT NULL DEFAULT 'running',
        homes integer NOT NULL DEFAULT 0,
        requests integer NOT NULL DEFAULT 0,
        wakes integer NOT NULL DEFAULT 0,
        rate_limited integer NOT NULL DEFAULT 0
      );
      CREATE TABLE check_results (
        sweep_id bigint NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
        ref text NOT NULL REFERENCES homes(ref) ON DELETE CASCADE,
        swept_at timestamptz NOT NULL DEFAULT now(),
        cause text NOT NULL,
        actor text,
        data_age_seconds integer,
        requests integer NOT NULL DEFAULT 0,
        checks jsonb NOT NULL DEFAULT '[]'::jsonb,
        PRIMARY KEY (sweep_id, ref)
      );
      CREATE INDEX check_results_ref ON check_results (ref, swept_at DESC);
      CREATE TABLE incidents (
        id bigserial PRIMARY KEY,
        sweep_id bigint NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
        cause text NOT NULL,
        actor text NOT NULL,
        advice text NOT NULL,
        share real NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE incident_homes (
        incident_id bigint NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
        ref text NOT NULL,
        PRIMARY KEY (incident_id, ref)
      );
      CREATE TABLE changes (
        sweep_id bigint NOT NULL REFERENCES sweeps(id) ON DELETE CASCADE,
        ref text NOT NULL,
        kind text NOT NULL,
        from_cause text,
        to_cause text NOT NULL,
        PRIMARY KEY (sweep_id, ref)
      );
    `,
  },
  {
    // site-lock (issue 26.1): one test per site across every installation using this store. A row whose
    // expires_at has passed is free (a crashed test's lock runs out); see test-charge/locks/team-store-lock.ts.
    version: 2,
    sql: `
      CREATE TABLE site_leases (
        site_id text PRIMARY KEY,
        lease_id text NOT NULL,
        holder text NOT NULL,
        expires_at timestamptz NOT NULL
      );
    `,
  },
];

export async function migrate(db: SqlClient): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)),
    );
    let applied = 0;
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
      applied += 1;
    }
    return applied;
  });
}
