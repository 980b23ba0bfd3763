// Loading a case for a caller: the row through the caller's scope, with what its page shows.
import type { Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { presentCase } from './cases.presenter.js';
import { findCaseInScope, findReporter, listDocuments, listEvidence, listNotes, type CaseRow } from './cases.repository.js';

export async function loadCase(deps: Deps, actor: Actor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(deps.db, actor.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function viewCase(deps: Deps, actor: Actor, row: CaseRow) {
  const [office, evidence, documents, notes, reporter] = await Promise.all([
    findOfficeById(deps.db, row.officeId),
    listEvidence(deps.db, row.id),
    listDocuments(deps.db, row.id),
    listNotes(deps.db, row.id),
    findReporter(deps.db, row.id),
  ]);
  return presentCase(row, office!, { now: deps.now(), role: actor.role, officeId: actor.officeId, hasReporter: reporter !== undefined, evidence, documents, notes });
}
