// Loading a case for a caller: the row through the caller's scope, with what its page shows, in
// one statement (case-statements.ts).
import type { Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { presentCase } from './cases.presenter.js';
import { findCaseInScope, type CaseRow } from './cases.repository.js';
import { readCaseWithExtras, type CaseExtras } from './case-statements.js';

export async function loadCase(deps: Deps, actor: Actor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(deps.db, actor.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** The case page: the row (as given, e.g. just written) with its office, evidence, documents and notes. */
export function presentView(deps: Deps, actor: Actor, row: CaseRow, extras: CaseExtras) {
  return presentCase(row, extras.office, { now: deps.now(), role: actor.role, officeId: actor.officeId, ...extras });
}

/** Reads the case again (through the caller's scope) and presents it. */
export async function viewCase(deps: Deps, actor: Actor, id: string) {
  const found = await readCaseWithExtras(deps.db, actor.scope, id);
  if (!found) throw new AppError('NOT_FOUND');
  return presentView(deps, actor, found.row, found.extras);
}
