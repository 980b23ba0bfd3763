// The bench database: created fresh (or reused), migrated, with regions and the official calendar,
// and one kabupaten/kota office with a penanganan and a pimpinan user.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { OFFICIAL_CALENDAR } from '../../src/core/law/index.js';
import { loadConfig, type Config } from '../../src/server/config.js';
import { openDatabase, rowsOf, type Database } from '../../src/server/db/client.js';
import { dropDatabaseWhenIdle } from '../../src/server/db/drop-database.js';
import { seedCalendar } from '../../src/server/modules/law/calendar.repository.js';
import { loadRegions } from '../../src/server/modules/regions/load-regions.js';
import { makeOffice, makeUser, TEST_PASSWORD, type TestUser } from '../../src/server/test/factories.js';
import { findOfficeById } from '../../src/server/modules/offices/offices.repository.js';
import { users } from '../../src/server/db/schema.js';
import { eq } from 'drizzle-orm';
import type { OfficeRow } from '../../src/server/modules/offices/offices.repository.js';
import { createFloorTable } from './floor.js';

export const BENCH_DB = 'netra_bench';

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Creates the bench database (dropping it first when `fresh`); answers whether it was created. */
export async function ensureDatabase(serverUrl: string, name: string, fresh: boolean): Promise<boolean> {
  const admin = await openDatabase({ databaseUrl: withDatabase(serverUrl, 'postgres'), poolSize: 1 });
  try {
    if (fresh) await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
    const exists = rowsOf(await admin.db.execute(sql`select 1 from pg_database where datname = ${name}`)).length > 0;
    if (!exists) await admin.db.execute(sql.raw(`create database ${name}`));
    return !exists;
  } finally {
    await admin.close();
  }
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = await openDatabase({ databaseUrl: withDatabase(serverUrl, 'postgres'), poolSize: 1 });
  try {
    await dropDatabaseWhenIdle(admin, name);
  } finally {
    await admin.close();
  }
}

export async function prepare(database: Database): Promise<void> {
  await database.migrate();
  await loadRegions({ db: database.db });
  await seedCalendar(database.db, OFFICIAL_CALENDAR);
  await database.db.execute(sql`create table if not exists bench_baseline (id bigserial primary key, at timestamptz not null default now(), label text not null, payload jsonb not null)`);
  await createFloorTable(database);
}

// One data key for the bench process and the server processes it forks (they inherit the
// environment). The same on every run, so that a database kept with --keep opens again with
// --reuse (its blob key is sealed under it, decision 014). It guards test data only: a constant
// here is no secret given away.
process.env.BENCH_DATA_KEY ??= createHash('sha256').update('netra bench data key: test data only, not a secret').digest('base64');

export function benchConfig(): Config {
  const base = loadConfig({ NETRA_DEMO: '0', NETRA_LOG_LEVEL: 'silent', NETRA_SWEEP_SECONDS: '0', NETRA_COOKIE_SECURE: '0', NETRA_DATA_KEY: process.env.BENCH_DATA_KEY });
  return { ...base, webDist: '/nonexistent', blobDir: '/tmp/netra-bench-blobs', sessionHours: 24 * 365, login: { ...base.login, ratePerMinute: 100_000 } };
}

export type Cast = { office: OfficeRow; staff: TestUser; member: TestUser };

/** A Bawaslu kabupaten/kota office (default Kota Serang, 36.73) with one user of each role we need. */
export async function makeCast(database: Database, regionCode = '36.73'): Promise<Cast> {
  const office = await makeOffice(database.db, { regionCode, name: `Bawaslu ${regionCode} (bench)` });
  const staff = await makeUser(database.db, { office, role: 'penanganan' });
  const member = await makeUser(database.db, { office, role: 'pimpinan' });
  return { office, staff, member };
}

type Meta = { cast: { officeId: string; staffId: string; memberId: string }; bulk?: Record<string, unknown> & { rows: number } };

/** What a --keep run leaves for a --reuse run: the bench office and users, and what was bulk-loaded. */
export async function writeMeta(database: Database, m: { cast: Cast; bulk?: (Record<string, unknown> & { rows: number }) | undefined }): Promise<void> {
  await database.db.execute(sql`create table if not exists bench_meta (key text primary key, value jsonb not null)`);
  const value: Meta = { cast: { officeId: m.cast.office.id, staffId: m.cast.staff.id, memberId: m.cast.member.id }, ...(m.bulk ? { bulk: m.bulk } : {}) };
  await database.db.execute(sql`insert into bench_meta (key, value) values ('run', ${JSON.stringify(value)}::jsonb) on conflict (key) do update set value = excluded.value`);
}

export async function readMeta(database: Database): Promise<{ cast: Cast; bulk?: Meta['bulk'] } | undefined> {
  const exists = rowsOf(await database.db.execute(sql`select 1 from pg_tables where tablename = 'bench_meta'`)).length > 0;
  if (!exists) return undefined;
  const row = rowsOf<{ value: Meta }>(await database.db.execute(sql`select value from bench_meta where key = 'run'`))[0];
  if (!row) return undefined;
  const office = await findOfficeById(database.db, row.value.cast.officeId);
  const user = async (id: string): Promise<TestUser> => {
    const [u] = await database.db.select().from(users).where(eq(users.id, id));
    if (!u) throw new Error(`bench_meta: user ${id} is gone`);
    return { ...u, password: TEST_PASSWORD, totpSecret: null };
  };
  if (!office) return undefined;
  return { cast: { office, staff: await user(row.value.cast.staffId), member: await user(row.value.cast.memberId) }, ...(row.value.bulk ? { bulk: row.value.bulk } : {}) };
}
