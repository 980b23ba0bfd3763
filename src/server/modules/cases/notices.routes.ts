// Public, no sign-in: each office's status notices, without the reporter's personal data.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../core/api/common.js';
import { STATES, type CaseState } from '../../../core/cases/index.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { localDateOf } from '../../../core/law/index.js';
import { officeTimeZone, TIME_ZONES } from '../../../core/regions/time-zone.js';
import { findNoticeDocument, listNotices } from './notices.repository.js';

const notice = z
  .object({
    documentId: z.uuid(),
    number: z.string(),
    issuedAt: z.string(),
    issuedOn: z.string().describe("tanggal surat di zona waktu kantor, seperti tercetak / the letter's date in the office's time zone, as printed"),
    caseNumber: z.string(),
    caseKind: z.string(),
    status: z.object({ id: z.string(), en: z.string() }),
    reportedAgency: z.string().nullable(),
    office: z.object({ code: z.string(), name: z.string() }),
    sha256: z.string(),
  })
  .meta({ id: 'PublicNotice' });

const query = z.object({
  office: z.string().regex(/^[a-z0-9-]+$/).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/**
 * How long a shared cache (a proxy, a CDN in front of Netra) may keep the board: a minute, while a
 * browser asks again each time, so staff see a notice they just made. A notice's PDF never changes
 * (a new version is a new document): anyone may keep it ten minutes.
 */
const PUBLIC_LIST = 'public, max-age=0, s-maxage=60';
const PUBLIC_FILE = 'public, max-age=600';

export function registerNoticeRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/v1/public/notices', { schema: { tags: ['public'], summary: 'Papan pengumuman status laporan / public status notices', querystring: query, response: { 200: z.object({ items: z.array(notice) }), 400: errorResponse } } }, async (req, reply) => {
    // Public, and read by many at once on the days results come in (the rest of the API is
    // no-store, for the personal data it carries).
    reply.header('cache-control', PUBLIC_LIST);
    const rows = await listNotices(deps.db, { officeCode: req.query.office, limit: req.query.limit, offset: req.query.offset });
    return {
      items: rows.map((n) => ({
        documentId: n.documentId,
        number: n.number,
        issuedAt: n.issuedAt.toISOString(),
        issuedOn: localDateOf(n.issuedAt.getTime(), TIME_ZONES[officeTimeZone(n.officeRegionCode)].offsetMinutes),
        caseNumber: n.registerNumber ?? n.receiptNumber,
        caseKind: n.caseKind,
        status: STATES[n.state as CaseState]?.label ?? { id: n.state, en: n.state },
        reportedAgency: n.reportedAgency,
        office: { code: n.officeCode, name: n.officeName },
        sha256: n.sha256,
      })),
    };
  });

  r.get('/api/v1/public/notices/:documentId/file', { schema: { tags: ['public'], summary: 'Unduh pengumuman (PDF) / download a notice', params: z.object({ documentId: z.uuid() }) } }, async (req, reply) => {
    const doc = await findNoticeDocument(deps.db, req.params.documentId);
    if (!doc) throw new AppError('NOT_FOUND');
    const content = await deps.blobs.open(doc.sha256);
    return reply.type('application/pdf').header('cache-control', PUBLIC_FILE).header('content-disposition', `inline; filename="pengumuman-${doc.number.replaceAll('/', '-')}.pdf"`).send(content);
  });
}
