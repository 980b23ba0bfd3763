// Records how and when a letter reached its addressee (handed over, by post, by courier, by
// e-mail...), as staff report it: the proof that a notice the law requires was given, beyond the
// letter being made. A letter with notices to several parties (a status notice to the pelapor and
// the terlapor) is delivered to each on its own. The latest record for each addressee is kept on
// the document; each one is an audit row, so a correction does not erase what was recorded before.
import type { ClarificationParty } from '../../../core/cases/case-facts.js';
import { isDeliverable, type DeliveryMethod } from '../../../core/cases/documents.js';
import { letterAddressees } from '../../../core/cases/notices.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { clockRegion } from './case-deadlines.js';
import type { CaseRecord } from './case-record.js';
import { findDocument, putDocumentDelivery, type CaseRow } from './cases.repository.js';
import { localDate } from './local-time.js';

export type DocumentDelivery = { to: ClarificationParty | null; method: DeliveryMethod; deliveredOn: string; note: string | null; recordedAt: string; recordedBy: string };

export async function recordDelivery(
  deps: Deps,
  actor: Actor,
  row: CaseRow,
  documentId: string,
  input: { to?: ClarificationParty | undefined; method: DeliveryMethod; deliveredOn: string; note?: string | undefined },
): Promise<DocumentDelivery> {
  const doc = await findDocument(deps.db, row.id, documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  if (!isDeliverable(doc.kind)) throw new AppError('DOCUMENT_NOT_DELIVERABLE');
  // To whom: named when the letter has several addressees, else its one addressee (null: a letter
  // that carries no notice, such as the receipt or the forwarding letter).
  const addressees = letterAddressees({ notices: doc.notices as string[] | null }, (row.facts as Partial<CaseRecord>).notices ?? []);
  const several = addressees.length > 1;
  const to = several ? (input.to ?? null) : (addressees[0] ?? null);
  if (several ? to === null || !addressees.includes(to) : input.to !== undefined && input.to !== to) {
    throw new AppError('DELIVERY_ADDRESSEE_INVALID', [{ path: 'to', message: addressees.join(' | ') || '—' }]);
  }
  // Days as the office counts them: not before the letter was made, not after today. (Letters made
  // before 2026-12-07 carry the database's clock, not the app's: should they disagree, today
  // still counts.)
  const region = clockRegion(row.regionCode || null, row.eventRegionCode);
  const now = deps.now();
  const today = localDate(now, region);
  const made = localDate(doc.createdAt, region);
  const earliest = made < today ? made : today;
  if (input.deliveredOn < earliest || input.deliveredOn > today) {
    throw new AppError('DELIVERY_DATE_INVALID', [{ path: 'deliveredOn', message: `${earliest} … ${today}` }]);
  }
  const delivery: DocumentDelivery = { to, method: input.method, deliveredOn: input.deliveredOn, note: input.note?.trim() || null, recordedAt: now.toISOString(), recordedBy: actor.userId };
  await deps.db.transaction(async (tx) => {
    await putDocumentDelivery(tx, row.id, doc.id, delivery);
    await appendAudit(tx, {
      at: now,
      actor: auditActor(actor),
      action: 'case.document-delivered',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.regionCode || null,
      summary: { documentId: doc.id, kind: doc.kind, number: doc.number, version: doc.version, to: delivery.to, method: delivery.method, deliveredOn: delivery.deliveredOn, ...(delivery.note ? { note: delivery.note } : {}) },
    });
  });
  return delivery;
}
