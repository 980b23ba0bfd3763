// When the official calendar changes, the open cases whose clocks can cross the changed days get
// their deadlines recomputed, inside the transaction that changed the calendar.
import { and, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { Calendar } from '../../../core/law/index.js';
import type { Executor } from '../../db/client.js';
import { cases } from '../../db/schema.js';
import type { CaseRecord } from './case-record.js';
import { derivedColumns } from './persist-case.js';

export async function recomputeOpenCases(tx: Executor, calendar: Calendar, changedDates: string[], now: Date): Promise<number> {
  if (changedDates.length === 0) return 0;
  const sorted = [...changedDates].sort();
  const first = new Date(`${sorted[0]}T00:00:00Z`);
  const last = new Date(`${sorted[sorted.length - 1]}T23:59:59Z`);
  // A day can only move a deadline of a case received on or before it whose clock had not run out
  // before it (with a day of margin for time zones).
  const rows = await tx
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.open, true),
        sql`${cases.kind} <> 'informasi-awal'`,
        lte(cases.receivedAt, new Date(last.getTime() + 86_400_000)),
        or(isNull(cases.nextDueAt), gte(cases.nextDueAt, new Date(first.getTime() - 86_400_000))),
      ),
    );
  let changed = 0;
  for (const row of rows) {
    const values = derivedColumns(row.facts as CaseRecord, row.regionCode || null, row.eventRegionCode, calendar, now);
    if (JSON.stringify(values.deadlines) === JSON.stringify(row.deadlines)) continue;
    await tx
      .update(cases)
      .set({ deadlines: values.deadlines, deadlinesCalendar: values.deadlinesCalendar, nextDueAt: values.nextDueAt, overdue: values.overdue, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, row.id));
    changed += 1;
  }
  return changed;
}
