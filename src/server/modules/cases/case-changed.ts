// The answer to an action refused by its If-Match (decision 018): 412 CASE_CHANGED with the
// case's current ETag, and what was done since, as the case's history names it, so that the
// caller knows what to look at (often their own action, whose first answer was lost).
import type { FastifyReply } from 'fastify';
import { ACTIONS, isCaseAction, revisionTag } from '../../../core/cases/index.js';
import type { Executor } from '../../db/client.js';
import { AppError } from '../../errors.js';
import { listAudit } from '../audit/audit.repository.js';
import { dateTimeText } from '../../../core/i18n/dates.js';
import type { CaseChangedError } from './run-action.js';

/** The history's names of the workflow actions (notes, documents and personal reads come between). */
const WORKFLOW = Object.keys(ACTIONS).map((a) => `case.${a}`);

export async function caseChangedError(db: Executor, reply: FastifyReply, err: CaseChangedError): Promise<AppError> {
  reply.header('etag', revisionTag(err.revision));
  const last = await lastActionText(db, err);
  // Not the revision itself (it is in the ETag): people are told what happened, not a counter.
  if (!last) return new AppError('CASE_CHANGED');
  return new AppError('CASE_CHANGED', [{ path: 'headers.if-match', message: `${last.id} / ${last.en}` }]);
}

/**
 * What was done since, as the case's history names it: "Tindakan terakhir: «…» oleh …, <when>", in
 * both languages; `null` when the history holds no workflow action.
 */
export async function lastActionText(db: Executor, err: CaseChangedError): Promise<{ id: string; en: string } | null> {
  const [last] = await listAudit(db, { scope: null, entityType: 'case', entityId: err.caseId, actions: WORKFLOW, limit: 1 });
  const action = last?.action.replace(/^case\./, '');
  if (!last || !action || !isCaseAction(action)) return null;
  const label = ACTIONS[action].label;
  const when = dateTimeText(new Date(last.at).toISOString(), err.region);
  return {
    id: `Tindakan terakhir: «${label.id}» oleh ${last.actorLabel}, ${when.id}`,
    en: `The last action: "${label.en}" by ${last.actorLabel}, ${when.en}`,
  };
}
