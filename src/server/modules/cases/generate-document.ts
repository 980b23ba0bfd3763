// Generates one official document of a case as PDF: numbered in its own gapless sequence, rendered
// from the case data, stored by content hash and versioned. If the reporter's identity goes into
// the document (the receipt, the notice to complete, an invitation to the pelapor at their
// address), that read is audited like any other. A document that prints the pelapor (those, minutes
// or a kajian naming them, or any document whose free text or evidence labels give their name,
// address, phone, e-mail or NIK) is marked as personal data and made only by roles that may read
// the reporter (decision 008). An invitation to a saksi prints their address from the sealed
// contacts when the role may read them; it is then personal data too, read like the contacts.
import { randomUUID } from 'node:crypto';
import { can, ROLE_LABELS } from '../../../core/access.js';
import { witnessAddressOf } from '../../../core/cases/contacts.js';
import { printsReporterIdentity, REPORTER_IDENTITY_DOCUMENTS } from '../../../core/cases/documents.js';
import { noticesCarriedBy } from '../../../core/cases/notices.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { mentionsReporter, printsPelapor, renderDocument, type DocumentKind, type ReporterIdentity } from '../documents/index.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { findRegion } from '../regions/regions.repository.js';
import { clockRegion } from './case-deadlines.js';
import { findContacts, findDocument, findLastDelegation, findReporter, insertDocument, listDocuments, listEvidence, nextDocumentVersion, recomputeNoticesOwed, type CaseRow } from './cases.repository.js';
import { claimKey, priorOfKey, type KeyClaim } from './idempotency-keys.js';
import type { Executor } from '../../db/client.js';
import { documentInput, documentNumber, DocumentNotApplicableError } from './document-input.js';
import type { CaseRecord } from './case-record.js';
import { localDate } from './local-time.js';
import { admitPersonalRead, refuseReporterDocument } from './reporter-access.js';
import { nextInSequence, sequenceKey } from './sequences.repository.js';

// The public status notice reads the identity only to strip it from what it prints.
const USES_REPORTER: DocumentKind[] = [...REPORTER_IDENTITY_DOCUMENTS, 'pemberitahuan-status-laporan'];

/** "Kota Serang" → "Serang", "Kabupaten Serang" → "Serang" (the place line of a letter). */
function cityOf(regionName: string | undefined): string {
  return (regionName ?? 'Jakarta').replace(/^(Kota|Kabupaten|Kab\.|Provinsi)\s+/i, '');
}

/** The invitation a document about one invitation is for: the one asked for, or the first. */
function invitationOf(row: CaseRow, invitationId: string | undefined) {
  const invitations = (row.facts as Partial<CaseRecord>).invitations ?? [];
  return invitationId ? invitations.find((i) => i.id === invitationId) : invitations[0];
}

/** The document an earlier request with the same key made. */
async function replayed(db: Executor, caseId: string, documentId: string) {
  const made = await findDocument(db, caseId, documentId);
  if (!made) throw new AppError('NOT_FOUND');
  return { ...made, replayed: true };
}

/**
 * `claim`: the request's Idempotency-Key. A key already used on this case answers with the document
 * it made (`replayed`), before any number is drawn or anything rendered.
 */
export async function generateDocument(deps: Deps, actor: Actor, row: CaseRow, kind: DocumentKind, opts: { invitationId?: string | undefined; claim?: KeyClaim | undefined } = {}) {
  // A repeat is answered before anything is read or drawn (a personal read would count otherwise).
  const earlier = opts.claim ? await priorOfKey(deps.db, 'document', opts.claim) : undefined;
  if (earlier) return replayed(deps.db, row.id, earlier);
  // An invitation to the pelapor is addressed to them at their address (or their kuasa's): it
  // reads the identity like the receipt does.
  const invited = kind === 'undangan-klarifikasi' ? invitationOf(row, opts.invitationId) : undefined;
  const invitesPelapor = invited?.party === 'pelapor';
  // The documents that print the reporter's identity are refused before it is opened or any work
  // is done. The other kinds are decided once their input is known (below).
  if (printsReporterIdentity(kind) || invitesPelapor) refuseReporterDocument(actor);
  // An invitation to a saksi goes to the address given at intake, when the role may read the
  // contacts; for another role (a field supervisor) it is made without one, to be handed over.
  const addressesWitness = invited?.party === 'saksi' && can(actor.role, 'cases.reporter');
  // Printing the identity or a saksi's address reads it, and counts as a read (decision 008).
  if (printsReporterIdentity(kind) || invitesPelapor || addressesWitness) await admitPersonalRead(deps, actor);
  const office = await findOfficeById(deps.db, row.officeId);
  if (!office) throw new AppError('NOT_FOUND');
  const region = office.regionCode ? await findRegion(deps.db, office.regionCode) : undefined;
  const provinceOrCity = office.regionCode && office.regionCode.length > 5 ? await findRegion(deps.db, office.regionCode.slice(0, 5)) : region;
  const readsReporter = USES_REPORTER.includes(kind) || invitesPelapor;
  // Free text (kajian facts, hearing summaries, checklist notes) may name the pelapor: a laporan's
  // identity is also opened to look for it in what the document prints, never to print it.
  const [evidence, identity] = await Promise.all([listEvidence(deps.db, row.id), row.kind === 'laporan' ? findReporter(deps.db, deps.sealer, row.id) : undefined]);
  const reporter = readsReporter ? identity : undefined;
  const witnessAddress = addressesWitness ? witnessAddressOf(await findContacts(deps.db, deps.sealer, row.id), invited) : null;
  const delegation = kind === 'pemberitahuan-pelimpahan' ? await findLastDelegation(deps.db, row.id) : undefined;
  // A status notice also tells the earlier statuses no document announced yet.
  const carriedNotices = kind === 'pemberitahuan-status-laporan' ? new Set((await listDocuments(deps.db, row.id)).flatMap((d) => (d.notices as string[] | null) ?? [])) : undefined;
  const now = deps.now();
  const issuedOn = localDate(now, clockRegion(row.regionCode || null, row.eventRegionCode));

  const documentId = randomUUID();
  return deps.db.transaction(async (tx) => {
    // Two at once with one key: the second waits here for the first, then answers with its document.
    const prior = opts.claim ? await claimKey(tx, 'document', opts.claim, documentId, now) : undefined;
    if (prior) return replayed(tx, row.id, prior);
    const seq = await nextInSequence(tx, sequenceKey({ purpose: 'register', officeId: office.id, kind: `doc:${kind}`, year: Number(issuedOn.slice(0, 4)) }));
    const number = documentNumber(kind, seq, office, issuedOn);
    let pdf: Buffer;
    let personalData: boolean;
    try {
      const input = documentInput(kind, {
        row,
        office,
        officeCity: cityOf(provinceOrCity?.name),
        reporter: (reporter as { name: string } | undefined) ?? null,
        evidence: evidence.map((e) => ({ label: e.label, sha256: e.sha256, sourceUrl: e.sourceUrl, capturedAt: e.capturedAt })),
        signer: { name: actor.displayName, position: ROLE_LABELS[actor.role].id },
        issuedAt: now,
        number,
        witnessAddress,
        ...(delegation !== undefined ? { delegation } : {}),
        ...(carriedNotices ? { carriedNotices } : {}),
        ...(opts.invitationId ? { invitationId: opts.invitationId } : {}),
      });
      // The public status notice is scrubbed of the pelapor instead (and that is its purpose). Every
      // other document prints the evidence labels and links too, so they are searched as well.
      personalData =
        witnessAddress !== null ||
        printsPelapor(input) || (kind !== 'pemberitahuan-status-laporan' && mentionsReporter(identity as ReporterIdentity | undefined, [input.data, input.evidence]));
      // Refused before anything is stored; the transaction gives the document number back.
      if (personalData) refuseReporterDocument(actor);
      pdf = await renderDocument(input);
    } catch (err) {
      if (err instanceof DocumentNotApplicableError) throw new AppError('DOCUMENT_NOT_APPLICABLE', [{ path: 'kind', message: `${err.bilingual.id} / ${err.bilingual.en}` }]);
      throw err;
    }
    const stored = await deps.blobs.put(pdf);
    const version = await nextDocumentVersion(tx, row.id, kind);
    // The notices the law required that this document carries (an invitation: its own).
    const notices = noticesCarriedBy(kind, (row.facts as Partial<CaseRecord>).notices ?? [], { invitationId: invited?.id ?? null });
    const doc = await insertDocument(tx, { id: documentId, caseId: row.id, kind, number, version, sha256: stored.sha256, sizeBytes: stored.sizeBytes, personalData, printsContacts: witnessAddress !== null, notices, announcesState: kind === 'pemberitahuan-status-laporan' ? row.state : null, createdBy: actor.userId, createdAt: now });
    if (notices.length > 0) await recomputeNoticesOwed(tx, row.id);
    await appendAudit(tx, {
      at: now,
      actor: auditActor(actor),
      action: 'case.document-generated',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.regionCode || null,
      summary: { documentId: doc.id, kind, number, version, sha256: stored.sha256, ...(notices.length > 0 ? { notices } : {}), reporterIdentityUsed: (printsReporterIdentity(kind) || invitesPelapor) && reporter !== undefined, contactsUsed: witnessAddress !== null, personalData },
    });
    return { ...doc, replayed: false };
  });
}
