// Writing a record back: recompute its deadlines, the next due instant and the flags the inbox
// and the sweep filter on, in one place for intake, transitions and calendar changes.
import { isTerminal, type CaseState } from '../../../core/cases/index.js';
import type { Calendar, CaseDeadlines } from '../../../core/law/index.js';
import type { Executor } from '../../db/client.js';
import type { cases } from '../../db/schema.js';
import { calendarFingerprint } from '../law/calendar-service.js';
import { caseDeadlines, clockRegion, runningClocks } from './case-deadlines.js';
import type { CaseRecord } from './case-record.js';

/** Everything a case's deadlines depend on besides the calendar (see caseDeadlines). */
function deadlineInputs(record: CaseRecord, region: string): string {
  const m = record.machine;
  return JSON.stringify([m.kind, m.regime, region, record.knownOn, record.foundOn, m.receivedAt, m.registeredAt, m.decision?.decidedAt ?? null, m.decisionExtended, record.pauses.filter((p) => p.to !== null)]);
}

/**
 * The columns derived from a record. With `previous` (the row as read), its stored deadlines are
 * reused when none of their inputs changed and they were computed with this very calendar, as in
 * most transitions; otherwise the law engine computes them again.
 */
export function derivedColumns(
  record: CaseRecord,
  regionCode: string | null,
  eventRegionCode: string | null,
  calendar: Calendar,
  now: Date,
  previous?: { record: CaseRecord; regionCode: string | null; deadlines: unknown; deadlinesCalendar: string | null },
) {
  const region = clockRegion(regionCode, eventRegionCode);
  const fingerprint = calendarFingerprint(calendar);
  const unchanged =
    previous !== undefined &&
    previous.deadlinesCalendar === fingerprint &&
    deadlineInputs(previous.record, clockRegion(previous.regionCode, eventRegionCode)) === deadlineInputs(record, region);
  const deadlines = unchanged ? (Object.keys(previous.deadlines as object).length ? (previous.deadlines as CaseDeadlines) : null) : caseDeadlines(record, region, calendar);
  const state = record.machine.state as CaseState;
  const next = deadlines ? runningClocks(state, record, deadlines)[0] : undefined;
  const nextDueAt = next ? new Date(next.due) : null;
  return {
    state,
    facts: record,
    deadlines: deadlines ?? {},
    deadlinesCalendar: fingerprint,
    nextDueAt,
    overdue: nextDueAt !== null && nextDueAt.getTime() < now.getTime(),
    open: !isTerminal(state),
  } satisfies Partial<typeof cases.$inferInsert>;
}

export type Persist = (tx: Executor, id: string, values: Partial<typeof cases.$inferInsert>) => Promise<unknown>;
