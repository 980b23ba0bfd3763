// Evidence and generated documents of a case: upload, list through the case page, download, and
// PDFs shown in the case page's viewer.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { documentDelivery, documentDeliveryBody, documentEmailed, documentItem, evidenceAdded } from '../../../core/api/case-views.js';
import { errorResponse } from '../../../core/api/common.js';
import { idempotencyHeaders } from '../../../core/api/cases.js';
import { webLink } from '../../../core/cases/fields.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { storableText } from '../../http/text-guard.js';
import { DOCUMENT_KINDS } from '../documents/index.js';
import { addEvidence } from './add-evidence.js';
import { presentDocument } from './cases.presenter.js';
import { emailDocumentToPelapor } from './email-document.js';
import { recordDelivery } from './record-delivery.js';
import { generateDocument } from './generate-document.js';
import { keyClaim } from './idempotency-keys.js';
import { admitPersonalRead, recordPersonalRead, refuseReporterDocument } from './reporter-access.js';
import { findDocument, findEvidence } from './cases.repository.js';
import type { CaseRecord } from './case-record.js';
import type { CaseExtras } from './case-statements.js';
import { loadCase } from './read-case.js';

const tags = ['cases'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 413: errorResponse, 415: errorResponse };
const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
/** `?tampil=1`: a PDF is sent to be shown in the case page's viewer instead of saved. */
const fileQuery = z.object({ tampil: z.enum(['1']).optional() });

/**
 * A PDF shown in the viewer frame of Netra's own pages: inline, and framable by Netra only. Its
 * own policy loads nothing else. Other types are always sent as attachments: the page shows
 * images, audio and video through their elements, and nothing uploaded is ever opened as a page.
 */
function showPdfInFrame(reply: FastifyReply, filename: string): void {
  reply
    .header('content-disposition', `inline; filename="${filename}"`)
    .header('content-security-policy', "default-src 'none'; frame-ancestors 'self'")
    .header('x-frame-options', 'SAMEORIGIN');
}
const documentBody = z.object({
  kind: z.enum(DOCUMENT_KINDS, { message: 'Jenis dokumen tidak dikenal / unknown document kind' }),
  invitationId: z.uuid().optional(),
});
const evidenceFields = z.object({
  label: z.string().trim().min(2, { message: 'Keterangan bukti wajib diisi / describe the evidence' }).max(300),
  sourceUrl: webLink.optional(),
  capturedAt: z.iso.datetime({ offset: true, message: 'Waktu tangkap harus ISO 8601 dengan zona / capture time must be ISO 8601 with offset' }).optional(),
});

export function registerCaseFileRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/v1/cases/:id/evidence', { schema: { tags, summary: 'Unggah bukti (multipart: label, sourceUrl?, capturedAt?, lalu/then file) / upload evidence', consumes: ['multipart/form-data'], params: z.object({ id: z.uuid() }), response: { 200: evidenceAdded, 201: evidenceAdded, ...errors } } }, async (req, reply) => {
    const actor = requirePermission(req, 'cases.act');
    const row = await loadCase(deps, actor, req.params.id);
    if (!req.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    const part = await req.file();
    if (!part) throw new AppError('VALIDATION_FAILED', [{ path: 'file', message: 'Berkas wajib dilampirkan / a file is required' }]);
    // NUL characters dropped and lone surrogates made U+FFFD, as in every JSON body (installTextGuard).
    const raw = Object.fromEntries(
      Object.entries(part.fields)
        .map(([k, v]) => [k, v && !Array.isArray(v) && v.type === 'field' ? storableText(String(v.value)) : undefined])
        .filter(([, v]) => v !== undefined && v !== ''),
    );
    const meta = evidenceFields.safeParse({ label: storableText(part.filename), ...raw });
    if (!meta.success) {
      part.file.resume();
      throw new AppError('VALIDATION_FAILED', meta.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message })));
    }
    const ev = await addEvidence(deps, actor, row, part.file, { ...meta.data, capturedAt: meta.data.capturedAt ? new Date(meta.data.capturedAt) : undefined });
    // 200 with the evidence already there when this file was attached before, 201 when added now.
    return reply.status(ev.alreadyAttached ? 200 : 201).send({ id: ev.id, label: ev.label, mediaType: ev.mediaType, sizeBytes: ev.sizeBytes, sha256: ev.sha256, sourceUrl: ev.sourceUrl, capturedAt: ev.capturedAt?.toISOString() ?? null, createdAt: ev.createdAt.toISOString(), alreadyAttached: ev.alreadyAttached });
  });

  r.get('/api/v1/cases/:id/evidence/:fileId/file', { schema: { tags, summary: 'Unduh bukti (PDF: ?tampil=1 untuk penampil) / download evidence (PDF: ?tampil=1 for the viewer)', params: fileParams, querystring: fileQuery } }, async (req, reply) => {
    const actor = requirePermission(req, 'cases.read');
    const row = await loadCase(deps, actor, req.params.id);
    const ev = await findEvidence(deps.db, row.id, req.params.fileId);
    if (!ev) throw new AppError('NOT_FOUND');
    const filename = `bukti-${ev.sha256.slice(0, 12)}${ev.mediaType === 'application/pdf' ? '.pdf' : ''}`;
    // Opened before any header is set: a file missing from the store is answered with an error.
    const content = await deps.blobs.open(ev.sha256);
    reply.type(ev.mediaType).header('x-content-sha256', ev.sha256);
    if (req.query.tampil && ev.mediaType === 'application/pdf') showPdfInFrame(reply, filename);
    else reply.header('content-disposition', `attachment; filename="${filename}"`);
    return reply.send(content);
  });

  r.post('/api/v1/cases/:id/documents', { schema: { tags, summary: 'Buat dokumen resmi (PDF) / generate an official document', params: z.object({ id: z.uuid() }), headers: idempotencyHeaders('satu per dokumen yang diminta; permintaan yang sama dikirim ulang dengan kunci ini menjawab dokumen yang sudah dibuat, tanpa nomor baru / one per document asked for; the same request sent again with it gets the document already made, with no new number'), body: documentBody, response: { 201: documentItem, ...errors, 409: errorResponse, 429: errorResponse } } }, async (req, reply) => {
    const actor = requirePermission(req, 'cases.act');
    const row = await loadCase(deps, actor, req.params.id);
    const claim = keyClaim(req.headers['idempotency-key'], [actor.userId, row.id], req.body);
    const doc = await generateDocument(deps, actor, row, req.body.kind, { invitationId: req.body.invitationId, claim });
    if (doc.replayed) reply.header('idempotent-replayed', 'true');
    // The document as the case page lists it (one just made is not yet e-mailed or delivered).
    const made = { id: doc.id, kind: doc.kind, number: doc.number, version: doc.version, sha256: doc.sha256, personalData: doc.personalData, notices: doc.notices as string[], emailedAt: doc.emailedAt?.toISOString() ?? null, deliveries: doc.deliveries as CaseExtras['documents'][number]['deliveries'], createdAt: doc.createdAt.toISOString() };
    return reply.status(201).send(presentDocument(made, row.kind, (row.facts as Partial<CaseRecord>).notices ?? []));
  });

  r.post(
    '/api/v1/cases/:id/documents/:fileId/email',
    { schema: { tags, summary: 'Kirim surat kepada pelapor lewat surel (data pribadi, dicatat) / e-mail a letter to the pelapor (personal data, logged)', params: fileParams, response: { 200: documentEmailed, ...errors, 409: errorResponse, 429: errorResponse, 502: errorResponse } } },
    async (req) => {
      const actor = requirePermission(req, 'cases.act');
      const row = await loadCase(deps, actor, req.params.id);
      return emailDocumentToPelapor(deps, actor, row, req.params.fileId);
    },
  );

  r.post(
    '/api/v1/cases/:id/documents/:fileId/delivery',
    { schema: { tags, summary: 'Catat penyampaian surat (cara, tanggal, catatan) / record how and when a letter was delivered', params: fileParams, body: documentDeliveryBody, response: { 200: documentDelivery, ...errors, 409: errorResponse } } },
    async (req) => {
      const actor = requirePermission(req, 'cases.act');
      const row = await loadCase(deps, actor, req.params.id);
      const { recordedBy: _who, ...delivery } = await recordDelivery(deps, actor, row, req.params.fileId, req.body);
      return delivery;
    },
  );

  r.get('/api/v1/cases/:id/documents/:fileId/file', { schema: { tags, summary: 'Unduh dokumen PDF (?tampil=1 untuk penampil) / download a document (?tampil=1 for the viewer)', params: fileParams, querystring: fileQuery } }, async (req, reply) => {
    const actor = requirePermission(req, 'cases.read');
    const row = await loadCase(deps, actor, req.params.id);
    const doc = await findDocument(deps.db, row.id, req.params.fileId);
    if (!doc) throw new AppError('NOT_FOUND');
    if (doc.personalData) {
      refuseReporterDocument(actor);
      await admitPersonalRead(deps, actor);
      // UU 27/2022: a copy of the identity (or of a saksi's address) is read like the original, and recorded.
      await recordPersonalRead(deps, actor, row, doc.printsContacts ? 'case.contacts-read' : 'case.reporter-read', { documentId: doc.id, kind: doc.kind, number: doc.number, version: doc.version });
    }
    const filename = `${doc.kind}-v${doc.version}.pdf`;
    const content = await deps.blobs.open(doc.sha256);
    reply.type('application/pdf').header('x-content-sha256', doc.sha256);
    if (req.query.tampil) showPdfInFrame(reply, filename);
    else reply.header('content-disposition', `attachment; filename="${filename}"`);
    return reply.send(content);
  });
}
