// One database handle for the whole server: embedded PGlite by default, PostgreSQL when
// DATABASE_URL is set. Both speak the same dialect and run the same migrations.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction: repositories accept both. */
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Human description for logs, without credentials. */
  describe: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the raw instance (to dump a data dir in tests). */
  pglite?: PGlite;
};

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

// bigint (int8) and numeric come back as strings by default; our ids and counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

export type OpenOptions = {
  databaseUrl?: string | undefined;
  /** PGlite data directory; omit for an in-memory database */
  dataDir?: string | undefined;
  /** PGlite: start from a dumped data dir (tests) */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
  /**
   * PostgreSQL: told when an idle pooled connection breaks (the server restarted, failed over, or
   * ended it). The pool drops that connection and opens a new one when needed; without a
   * listener, node-postgres would throw the error and stop the whole process. Default: one line
   * on stderr.
   */
  onConnectionLost?: (err: Error) => void;
};

/**
 * How long a request waits for a connection (a new one, or a free one from a full pool) before it
 * is answered 503 DATABASE_UNAVAILABLE, instead of hanging while the database is unreachable.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

function warnConnectionLost(err: Error): void {
  const code = (err as { code?: unknown }).code;
  console.warn(`Netra: koneksi basis data terputus / database connection lost${typeof code === 'string' ? ` (${code})` : ''}: ${err.message}; koneksi baru dibuka saat diperlukan / a new one opens when needed`);
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    pool.on('error', opts.onConnectionLost ?? warnConnectionLost);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const url = new URL(opts.databaseUrl);
    return {
      db,
      kind: 'postgres',
      describe: `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`,
      migrate: () => migratePg(db as never, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const client = opts.loadDataDir
    ? new PGlite({ loadDataDir: opts.loadDataDir })
    : new PGlite(opts.dataDir ?? 'memory://');
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    describe: opts.dataDir ? `PGlite (embedded) di/in ${opts.dataDir}` : 'PGlite (embedded, in memory)',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    close: () => client.close(),
    pglite: client,
  };
}

/** Rows of a raw query, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

type RawClient = { query: (...args: unknown[]) => Promise<{ rows: unknown[] }>; exec?: unknown };

/**
 * One parameterised statement sent as is, on the database or inside a transaction: the hot paths
 * (sign-in check, case reads and transitions) skip the ORM's query building. On PostgreSQL a named
 * statement is parsed and planned once per connection. Rows come back with the column names the
 * SQL gives them.
 */
export async function rawQuery<T>(ex: Executor, statement: { name: string; text: string }, params: unknown[]): Promise<T[]> {
  const client = (ex as unknown as { session: { client: RawClient } }).session.client;
  const result = typeof client.exec === 'function' ? await client.query(statement.text, params) : await client.query({ name: statement.name, text: statement.text, values: params });
  return result.rows as T[];
}

/**
 * Lets the event loop turn: call it between the batches of a long loop over the database. The
 * embedded database answers in microtasks, so without it such a loop would hold the whole process
 * (every other request, and the news that a client has gone) until its last batch.
 */
export const betweenBatches = (): Promise<void> => nextTurn();
