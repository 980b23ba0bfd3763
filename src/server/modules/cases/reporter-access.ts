// The reporter's identity and its copies (documents that print the pelapor), and the contacts of
// the saksi and the terlapor, are read only by roles with cases.reporter, and every read is
// recorded (decision 008, UU 27/2022).
import { can } from '../../../core/access.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import type { CaseRow } from './cases.repository.js';

/** Refuses a document that prints the pelapor to a role that may not read the reporter. */
export function refuseReporterDocument(actor: Actor): void {
  if (can(actor.role, 'cases.reporter')) return;
  throw new AppError('FORBIDDEN', [
    { path: 'kind', message: "Dokumen ini memuat identitas atau nama pelapor (data pribadi); peran Anda tidak berwenang membacanya / This document prints the reporter's identity or name (personal data), which your role may not read" },
  ]);
}

/** What a read of personal data is recorded as: the reporter's identity, or the parties' contacts. */
export type PersonalRead = 'case.reporter-read' | 'case.contacts-read';

/**
 * Reading personal data is what a person does now and then, not in bulk: a user who reads more than
 * NETRA_PERSONAL_READS_PER_MINUTE times in a minute (reveals of the identity or the contacts, and
 * downloads of documents that print them, counted together across processes) waits: 429 in both
 * languages with Retry-After, and nothing is read or logged. Called before the read.
 */
export async function admitPersonalRead(deps: Deps, actor: Actor): Promise<void> {
  const { current, ttl } = await deps.personalReads(actor.userId);
  if (current > deps.config.personalReadsPerMinute) throw new AppError('RATE_LIMITED', undefined, { retryAfter: Math.max(1, Math.ceil(ttl / 1000)) });
}

/** Records one read of personal data (`summary` names the document when it was a copy). */
export function recordPersonalRead(deps: Deps, actor: Actor, row: CaseRow, action: PersonalRead, summary: Record<string, unknown> = {}) {
  return deps.db.transaction((tx) => appendAudit(tx, { at: deps.now(), actor: auditActor(actor), action, entityType: 'case', entityId: row.id, regionCode: row.regionCode || null, summary }));
}
