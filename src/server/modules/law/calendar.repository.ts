import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { calendarEntries } from '../../db/schema.js';
import type { CalendarEntry, CalendarEntryKind } from '../../../core/law/index.js';

export type CalendarRow = typeof calendarEntries.$inferSelect;

export function toEntry(r: CalendarRow): CalendarEntry {
  return {
    date: r.date,
    kind: r.kind as CalendarEntryKind,
    nameId: r.nameId,
    nameEn: r.nameEn,
    source: r.source,
    ...(r.provisional ? { provisional: true } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}

/** Live rows (tombstones excluded unless asked for), optionally of one year. */
export async function listCalendarRows(db: Executor, opts: { year?: number | undefined; withRemoved?: boolean } = {}): Promise<CalendarRow[]> {
  return db
    .select()
    .from(calendarEntries)
    .where(and(opts.year ? like(calendarEntries.date, `${opts.year}-%`) : undefined, opts.withRemoved ? undefined : eq(calendarEntries.removed, false)))
    .orderBy(asc(calendarEntries.date), asc(calendarEntries.kind));
}

/** Inserts the official entries that are missing; never overwrites an administrator's correction. */
export async function seedCalendar(db: Executor, entries: readonly CalendarEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = await db
    .insert(calendarEntries)
    .values(entries.map((e) => ({ date: e.date, kind: e.kind, nameId: e.nameId, nameEn: e.nameEn, source: e.source, provisional: e.provisional ?? false, note: e.note ?? null, origin: 'seed' })))
    .onConflictDoNothing()
    .returning({ id: calendarEntries.id });
  return rows.length;
}

export async function findCalendarRow(db: Executor, id: string): Promise<CalendarRow | undefined> {
  const [row] = await db.select().from(calendarEntries).where(eq(calendarEntries.id, id));
  return row;
}

export async function findCalendarRowOn(db: Executor, date: string, kind: string): Promise<CalendarRow | undefined> {
  const [row] = await db.select().from(calendarEntries).where(and(eq(calendarEntries.date, date), eq(calendarEntries.kind, kind)));
  return row;
}

export async function insertCalendarRow(db: Executor, values: typeof calendarEntries.$inferInsert): Promise<CalendarRow> {
  const [row] = await db.insert(calendarEntries).values(values).returning();
  return row!;
}

export async function updateCalendarRow(db: Executor, id: string, values: Partial<typeof calendarEntries.$inferInsert>): Promise<CalendarRow> {
  const [row] = await db.update(calendarEntries).set(values).where(eq(calendarEntries.id, id)).returning();
  return row!;
}

/** Removal keeps a tombstone, so restarting (which re-seeds missing official days) does not undo it. */
export async function removeCalendarRow(db: Executor, id: string): Promise<CalendarRow> {
  return updateCalendarRow(db, id, { removed: true, origin: 'admin', updatedAt: new Date() });
}
