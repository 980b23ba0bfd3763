// The inbox's query as the repository's filters: one reading for the list (GET /api/v1/cases) and
// its export (GET /api/v1/cases/export.csv), so that a file always holds what the list showed.
import type { z } from 'zod';
import type { caseInboxQuery } from '../../../core/api/case-views.js';
import { can } from '../../../core/access.js';
import { STATES } from '../../../core/cases/index.js';
import type { Actor } from '../../http/context.js';
import { deadlineWindows, type CaseListFilters } from './cases.repository.js';

export type InboxFilters = Omit<CaseListFilters, 'limit' | 'offset' | 'sort'>;
type InboxQuery = Omit<z.infer<typeof caseInboxQuery>, 'limit' | 'offset' | 'sort'>;

export function inboxFilters(q: InboxQuery, actor: Pick<Actor, 'scope' | 'role'>, now: Date): InboxFilters {
  const windows = deadlineWindows(now);
  return {
    scope: actor.scope,
    states: q.state ? q.state.split(',').filter((s) => s in STATES) : undefined,
    kind: q.kind,
    regime: q.regime,
    q: q.q,
    searchText: can(actor.role, 'cases.reporter'),
    nip: q.nip,
    agency: q.agency,
    assigneeId: q.assigneeId,
    // As the deadline board groups them (and the clock badge says): overdue, due today, due
    // within seven days (deadlineWindows).
    overdueAt: q.due === 'terlambat' ? now : undefined,
    dueWithin: q.due === 'hari-ini' ? { from: now, until: windows.today } : q.due === 'minggu-ini' ? { from: now, until: windows.week } : undefined,
    open: q.open === undefined ? undefined : q.open === 'true',
    noticesOwed: q.notices === 'belum',
  };
}
