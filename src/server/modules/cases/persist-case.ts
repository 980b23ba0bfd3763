// Writing a record back: recompute its deadlines, the next due instant and the flags the inbox
// and the sweep filter on, in one place for intake, transitions and calendar changes.
import { isTerminal, type CaseState } from '../../../core/cases/index.js';
import type { Calendar } from '../../../core/law/index.js';
import type { Executor } from '../../db/client.js';
import type { cases } from '../../db/schema.js';
import { caseDeadlines, clockRegion, runningClocks } from './case-deadlines.js';
import type { CaseRecord } from './case-record.js';

export function derivedColumns(record: CaseRecord, regionCode: string | null, eventRegionCode: string | null, calendar: Calendar, now: Date) {
  const deadlines = caseDeadlines(record, clockRegion(regionCode, eventRegionCode), calendar);
  const state = record.machine.state as CaseState;
  const next = deadlines ? runningClocks(state, record, deadlines)[0] : undefined;
  const nextDueAt = next ? new Date(next.due) : null;
  return {
    state,
    facts: record,
    deadlines: deadlines ?? {},
    nextDueAt,
    overdue: nextDueAt !== null && nextDueAt.getTime() < now.getTime(),
    open: !isTerminal(state),
  } satisfies Partial<typeof cases.$inferInsert>;
}

export type Persist = (tx: Executor, id: string, values: Partial<typeof cases.$inferInsert>) => Promise<unknown>;
