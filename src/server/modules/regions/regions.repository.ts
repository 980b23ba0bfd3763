// Every query of the regions area. Regions are public reference data: no jurisdiction filter.
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { regions } from '../../db/schema.js';
import { regionAncestry } from '../../../core/regions/region-code.js';
import type { RegionRow } from './region-source.js';

export type Region = { code: string; name: string; level: number; parentCode: string | null; timeZone: string };

const columns = {
  code: regions.code,
  name: regions.name,
  level: regions.level,
  parentCode: regions.parentCode,
  timeZone: regions.timeZone,
};

export async function countRegions(db: Executor): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return row?.n ?? 0;
}

/** One column as a single array parameter (drizzle would otherwise expand an array into a list). */
const col = (rows: RegionRow[], key: keyof RegionRow) => sql.param(rows.map((r) => r[key]));

/** Bulk insert with one array parameter per column (fast on both PGlite and PostgreSQL). */
export async function insertRegions(db: Executor, rows: RegionRow[], batchSize = 20_000): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const b = rows.slice(i, i + batchSize);
    await db.execute(sql`
      insert into regions (code, name, level, parent_code, time_zone, search_name)
      select * from unnest(
        ${col(b, 'code')}::text[], ${col(b, 'name')}::text[], ${col(b, 'level')}::smallint[],
        ${col(b, 'parentCode')}::text[], ${col(b, 'timeZone')}::text[], ${col(b, 'searchName')}::text[])
      on conflict (code) do nothing`);
  }
}

export async function findRegion(db: Executor, code: string): Promise<Region | undefined> {
  const [row] = await db.select(columns).from(regions).where(eq(regions.code, code));
  return row;
}

export async function findRegions(db: Executor, codes: string[]): Promise<Region[]> {
  if (codes.length === 0) return [];
  return db.select(columns).from(regions).where(inArray(regions.code, codes)).orderBy(asc(regions.code));
}

/** Province down to the region's parent. */
export async function findAncestors(db: Executor, code: string): Promise<Region[]> {
  return findRegions(db, regionAncestry(code).slice(0, -1));
}

export async function findChildren(db: Executor, code: string | null): Promise<Region[]> {
  const where = code === null ? eq(regions.level, 1) : eq(regions.parentCode, code);
  return db.select(columns).from(regions).where(where).orderBy(asc(regions.code));
}

export async function searchRegions(
  db: Executor,
  opts: { q: string; level?: number | undefined; within?: string | undefined; limit: number },
): Promise<Region[]> {
  // A code or the start of one ("36.73", "36.73.0") finds by code; anything else by name.
  const byCode = /^\d{2}(\.\d{0,4})*$/.test(opts.q);
  const needle = `%${opts.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const filters = [byCode ? like(regions.code, `${opts.q}%`) : like(regions.searchName, needle)];
  if (opts.level) filters.push(eq(regions.level, opts.level));
  if (opts.within) filters.push(like(regions.code, `${opts.within}.%`));
  return db
    .select(columns)
    .from(regions)
    .where(and(...filters))
    .orderBy(...(byCode ? [asc(regions.level), asc(regions.code)] : [asc(regions.level), asc(regions.name), asc(regions.code)]))
    .limit(opts.limit);
}
