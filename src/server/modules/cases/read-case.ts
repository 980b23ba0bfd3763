// Loading a case for a caller: the row through the caller's scope, with what its page shows, in
// one statement (case-statements.ts).
import { can } from '../../../core/access.js';
import { withoutPelaporText, type PelaporIdentity } from '../../../core/cases/pelapor-text.js';
import type { Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { presentCase } from './cases.presenter.js';
import { findCaseInScope, findReporter, type CaseRow } from './cases.repository.js';
import { readCaseWithExtras, type CaseExtras } from './case-statements.js';

export async function loadCase(deps: Deps, actor: Actor, id: string): Promise<CaseRow> {
  const row = await findCaseInScope(deps.db, actor.scope, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * `value` (a case page, its history) as `actor` may read it: for a role that may not read the
 * reporter, the pelapor's name and contacts (and any NIK, phone or e-mail) withheld from every
 * free text, which staff and the pelapor's own chronology may have filled with them (decision 008).
 */
export async function asReadBy<T>(deps: Deps, actor: Actor, row: Pick<CaseRow, 'id' | 'kind'>, value: T): Promise<T> {
  if (can(actor.role, 'cases.reporter')) return value;
  const identity = row.kind === 'laporan' ? await findReporter(deps.db, deps.sealer, row.id) : undefined;
  return withoutPelaporText(value, identity as PelaporIdentity | undefined);
}

/** The case page: the row (as given, e.g. just written) with its office, evidence, documents and notes. */
export function presentView(deps: Deps, actor: Actor, row: CaseRow, extras: CaseExtras) {
  return asReadBy(deps, actor, row, presentCase(row, extras.office, { now: deps.now(), role: actor.role, officeId: actor.officeId, ...extras }));
}

/** Reads the case again (through the caller's scope) and presents it. */
export async function viewCase(deps: Deps, actor: Actor, id: string) {
  const found = await readCaseWithExtras(deps.db, actor.scope, id);
  if (!found) throw new AppError('NOT_FOUND');
  return presentView(deps, actor, found.row, found.extras);
}
