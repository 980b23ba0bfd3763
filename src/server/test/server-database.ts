// A database of its own on the test PostgreSQL server, for a test that starts Netra processes on it
// or takes it away from them: made empty, dropped at the end once nothing uses it any more.
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../db/client.js';
import { dropDatabaseWhenIdle } from '../db/drop-database.js';

export type ServerDatabase = {
  name: string;
  /** its connection URL, for DATABASE_URL */
  url: string;
  /** a connection to the server's own database (not this one), for queries about this one */
  admin: Database;
  drop: () => Promise<void>;
};

/** `serverUrl`: the URL of any database on the server; `prefix`: how its name starts. */
export async function createServerDatabase(serverUrl: string, prefix: string): Promise<ServerDatabase> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = await openDatabase({ databaseUrl: serverUrl, poolSize: 1 });
  await admin.db.execute(sql.raw(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    admin,
    drop: async () => {
      await dropDatabaseWhenIdle(admin, name);
      await admin.close();
    },
  };
}
