// Every query of offices. Methods that list or fetch for a caller take its region scope and never
// return an office outside it.
import { and, asc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { offices, regions } from '../../db/schema.js';
import type { RegionScope } from '../../../core/regions/region-code.js';

export type OfficeRow = typeof offices.$inferSelect;

export function officeScopeFilter(scope: RegionScope): SQL | undefined {
  if (scope === null) return undefined;
  return or(eq(offices.regionCode, scope), like(offices.regionCode, `${scope}.%`));
}

export async function findOfficeInScope(db: Executor, scope: RegionScope, id: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(and(eq(offices.id, id), officeScopeFilter(scope)));
  return row;
}

/** Unscoped: only for sign-in and boot, where no caller exists yet. */
export async function findOfficeById(db: Executor, id: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(eq(offices.id, id));
  return row;
}

export async function findOfficeByCode(db: Executor, code: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(eq(offices.code, code));
  return row;
}

/**
 * Offices whose name or region's name holds every word of `q`, in any order, whatever the case
 * ("serang kota", "kramatwatu"); undefined when `q` has none.
 */
export function officeWordsFilter(q: string | undefined): SQL | undefined {
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((w) => {
      const needle = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      return sql`(lower(${offices.name}) like ${needle} or exists (select 1 from ${regions} r where r.code = ${offices.regionCode} and r.search_name like ${needle}))`;
    }),
  );
}

export async function listOfficesInScope(
  db: Executor,
  opts: { scope: RegionScope; kind?: string | undefined; parentId?: string | undefined; q?: string | undefined; limit: number; offset: number },
): Promise<OfficeRow[]> {
  const filters = [officeScopeFilter(opts.scope), officeWordsFilter(opts.q)];
  if (opts.kind) filters.push(eq(offices.kind, opts.kind));
  if (opts.parentId) filters.push(eq(offices.parentId, opts.parentId));
  return db
    .select()
    .from(offices)
    .where(and(...filters))
    .orderBy(asc(offices.regionCode), asc(offices.name))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function findNationalOffice(db: Executor, kind: string): Promise<OfficeRow | undefined> {
  const [row] = await db.select().from(offices).where(and(eq(offices.kind, kind), isNull(offices.regionCode)));
  return row;
}

export async function insertOffice(db: Executor, values: typeof offices.$inferInsert): Promise<OfficeRow> {
  const [row] = await db.insert(offices).values(values).returning();
  return row!;
}

export async function updateOffice(db: Executor, id: string, values: Partial<typeof offices.$inferInsert>): Promise<OfficeRow> {
  const [row] = await db.update(offices).set(values).where(eq(offices.id, id)).returning();
  return row!;
}

/** Offices by id, for presenting lists (the caller already holds rows it may see). */
export async function findOfficesByIds(db: Executor, ids: string[]): Promise<Map<string, OfficeRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(offices).where(inArray(offices.id, ids));
  return new Map(rows.map((o) => [o.id, o]));
}
