// Dropping a database that a pool has just closed (test databases, the bench database).
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from './client.js';

/**
 * Drops database `name` once its connections are gone. pool.end() resolves before the server has
 * closed them; dropping then fails ("being accessed by other users"), or `with (force)` terminates
 * a connection its client is still closing, which the client reports as an unhandled error.
 * `admin` is connected to another database of the same server.
 */
export async function dropDatabaseWhenIdle(admin: Database, name: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [row] = rowsOf<{ n: number }>(await admin.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = ${name}`));
    if (!row || row.n === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
}
