// Administrators add, correct and remove official non-working days. Every change is audited and
// recomputes the deadlines of open cases in the same transaction.
import type { z } from 'zod';
import type { calendarEntryBody, calendarEntryPatch } from '../../../core/api/law-calendar.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import type { Executor } from '../../db/client.js';
import { appendAudit } from '../audit/append-audit.js';
import {
  findCalendarRow,
  findCalendarRowOn,
  insertCalendarRow,
  removeCalendarRow,
  updateCalendarRow,
  type CalendarRow,
} from './calendar.repository.js';

/** The calendar is national: only administrators of a national office maintain it. */
function assertNational(actor: Actor) {
  if (actor.scope !== null) throw new AppError('OUT_OF_JURISDICTION');
}

async function commit(deps: Deps, actor: Actor, action: string, change: (tx: Executor) => Promise<{ row: CalendarRow; summary: Record<string, unknown> }>) {
  const result = await deps.db.transaction(async (tx) => {
    const { row, summary } = await change(tx);
    const calendar = await deps.calendar.rebuild(tx);
    const recomputed = await deps.calendar.notify(tx, calendar, [row.date]);
    await appendAudit(tx, {
      at: deps.now(), actor: auditActor(actor),
      action,
      entityType: 'calendar-entry',
      entityId: row.id,
      summary: { date: row.date, kind: row.kind, recomputedCases: recomputed, ...summary },
    });
    return { row, recomputed };
  });
  deps.calendar.invalidate();
  return result;
}

export async function addCalendarEntry(deps: Deps, actor: Actor, input: z.infer<typeof calendarEntryBody>) {
  assertNational(actor);
  return commit(deps, actor, 'calendar.added', async (tx) => {
    const existing = await findCalendarRowOn(tx, input.date, input.kind);
    const values = { ...input, provisional: input.provisional ?? false, note: input.note ?? null, origin: 'admin', removed: false, updatedAt: deps.now() };
    const row = existing ? await updateCalendarRow(tx, existing.id, values) : await insertCalendarRow(tx, values);
    return { row, summary: { nameId: row.nameId, source: row.source, restored: existing?.removed ?? false } };
  });
}

export async function correctCalendarEntry(deps: Deps, actor: Actor, id: string, input: z.infer<typeof calendarEntryPatch>) {
  assertNational(actor);
  const before = await findCalendarRow(deps.db, id);
  if (!before || before.removed) throw new AppError('NOT_FOUND');
  return commit(deps, actor, 'calendar.corrected', async (tx) => {
    const row = await updateCalendarRow(tx, id, { ...input, origin: 'admin', updatedAt: deps.now() });
    const changed = Object.fromEntries(Object.keys(input).map((k) => [k, { from: before[k as keyof CalendarRow] ?? null, to: row[k as keyof CalendarRow] ?? null }]));
    return { row, summary: changed };
  });
}

export async function removeCalendarEntry(deps: Deps, actor: Actor, id: string) {
  assertNational(actor);
  const before = await findCalendarRow(deps.db, id);
  if (!before || before.removed) throw new AppError('NOT_FOUND');
  return commit(deps, actor, 'calendar.removed', async (tx) => ({ row: await removeCalendarRow(tx, id), summary: { nameId: before.nameId } }));
}
