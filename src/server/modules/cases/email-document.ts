// Sends a letter addressed to the pelapor (the receipt, the notice to complete, a status notice,
// their invitation) to the e-mail address they gave, as a PDF attachment, on a staff member's
// request. Reading the address is a read of the identity (decision 008): only roles that may read
// the reporter, within the per-user limit, and the send is audited. Nothing is recorded unless
// the mail server accepted the message.
import { buffer } from 'node:stream/consumers';
import nodemailer from 'nodemailer';
import { letterToPelapor } from '../../../core/cases/notices.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { DOCUMENT_TITLES, type DocumentKind } from '../documents/index.js';
import { findOfficeById } from '../offices/offices.repository.js';
import type { CaseRecord } from './case-record.js';
import { findDocument, findReporter, markDocumentEmailed, type CaseRow } from './cases.repository.js';
import { admitPersonalRead, refuseReporterDocument } from './reporter-access.js';

export async function emailDocumentToPelapor(deps: Deps, actor: Actor, row: CaseRow, documentId: string): Promise<{ emailedAt: string }> {
  refuseReporterDocument(actor);
  const doc = await findDocument(deps.db, row.id, documentId);
  if (!doc) throw new AppError('NOT_FOUND');
  if (!letterToPelapor(row.kind, { kind: doc.kind, notices: doc.notices as string[] | null }, (row.facts as Partial<CaseRecord>).notices ?? [])) throw new AppError('DOCUMENT_NOT_FOR_REPORTER');
  const smtp = deps.config.smtp;
  if (!smtp) throw new AppError('EMAIL_NOT_CONFIGURED');
  await admitPersonalRead(deps, actor);
  const identity = (await findReporter(deps.db, deps.sealer, row.id)) as { name?: string; email?: string } | undefined;
  if (!identity?.email) throw new AppError('NO_REPORTER_EMAIL');
  const office = await findOfficeById(deps.db, row.officeId);
  const pdf = await buffer(await deps.blobs.open(doc.sha256));
  const title = DOCUMENT_TITLES[doc.kind as DocumentKind] ?? { id: doc.kind, en: doc.kind };
  const number = row.registerNumber ?? row.receiptNumber;
  try {
    await nodemailer.createTransport(smtp.url).sendMail({
      from: smtp.from,
      to: { name: identity.name ?? '', address: identity.email },
      subject: `[${office?.name ?? 'Bawaslu'}] ${title.id} ${doc.number}`,
      text: [
        `Yth. ${identity.name ?? 'Pelapor'},`,
        '',
        `Terlampir ${title.id} nomor ${doc.number} atas laporan ${number} yang Saudara sampaikan kepada ${office?.name ?? 'kami'}.`,
        '',
        `Attached is the ${title.en} (${doc.number}) on report ${number}.`,
        '',
        `${office?.name ?? ''} — dikirim melalui Netra`,
      ].join('\n'),
      attachments: [{ filename: `${doc.number.replaceAll('/', '-')}.pdf`, content: pdf, contentType: 'application/pdf' }],
    });
  } catch {
    throw new AppError('EMAIL_FAILED');
  }
  const at = deps.now();
  await deps.db.transaction(async (tx) => {
    await markDocumentEmailed(tx, row.id, doc.id, at);
    // The address itself is personal data: the audit row says it was used, not what it is.
    await appendAudit(tx, {
      at,
      actor: auditActor(actor),
      action: 'case.document-emailed',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.regionCode || null,
      summary: { documentId: doc.id, kind: doc.kind, number: doc.number, version: doc.version, to: 'pelapor', reporterIdentityUsed: true },
    });
  });
  return { emailedAt: at.toISOString() };
}
