// Main process (plain Node). One small query interface over the two PostgreSQLs the sweep store runs on:
// PGlite (embedded, a folder in the data folder; no server to run) and a PostgreSQL server through `pg`
// (a team desk). Same SQL on both; the store never asks which one it has.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export interface SqlQueryable {
  query<T extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  /** Runs `fn` in one transaction on one connection: committed when it returns, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  /** 'pglite' or 'postgres': for messages only. */
  readonly kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * PGlite's server settings for the sweep store. Postgres's default 128 MB of shared buffers is sized for a
 * server with many sessions; the store has one session and writes a few MB per sweep, and every page of the
 * buffers it touches stays in the doctor's memory (WASM memory is never given back). 16 MB keeps a 10,000
 * home sweep's writes and the board's reads in memory (the files stay in the OS cache besides).
 */
export const PGLITE_START_PARAMS: readonly string[] = [
  ...PGlite.defaultStartParams,
  '-c',
  'shared_buffers=16MB',
  '-c',
  'wal_buffers=1MB',
  '-c',
  'work_mem=4MB',
  '-c',
  'maintenance_work_mem=16MB',
];

/** PGlite in `dir` (created when missing), or in memory when `dir` is omitted (tests). */
export async function openPglite(dir?: string): Promise<SqlClient> {
  const options = { startParams: [...PGLITE_START_PARAMS] };
  const db = dir ? await PGlite.create(dir, options) : await PGlite.create(options);
  const on = (q: Pick<PGlite, 'query' | 'exec'>): SqlQueryable => ({
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await q.query<T>(text, params)).rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    close: () => db.close(),
  };
}

/** A PostgreSQL server at `url` (postgres://user@host:port/db); a small pool, one connection per transaction. */
export function openPostgres(url: string, maxConnections = 4): SqlClient {
  const pool = new pg.Pool({ connectionString: url, max: maxConnections });
  // An idle connection's error (the server restarted) must not crash the process: the next query reconnects.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await pool.query<T & pg.QueryResultRow>(text, params)).rows;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const out = await fn({
          async query<T extends object>(text: string, params: unknown[] = []) {
            return (await client.query<T & pg.QueryResultRow>(text, params)).rows;
          },
          async exec(sql: string) {
            await client.query(sql);
          },
        });
        await client.query('COMMIT');
        return out;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `--store`: a postgres:// URL opens a server; anything else (or nothing) the embedded store in that folder. */
export function isPostgresUrl(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}
