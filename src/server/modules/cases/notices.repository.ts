// The public notice board: the status notices (pemberitahuan status laporan) an office has issued.
// Only these generated, reporter-free documents are public; nothing else of a case is.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, documents, offices } from '../../db/schema.js';

export const NOTICE_KIND = 'pemberitahuan-status-laporan';

export async function listNotices(db: Executor, opts: { officeCode?: string | undefined; limit: number; offset: number }) {
  return db
    .select({
      documentId: documents.id,
      number: documents.number,
      version: documents.version,
      issuedAt: documents.createdAt,
      sha256: documents.sha256,
      caseKind: cases.kind,
      // What the notice announced; a notice made before that was kept shows the present state.
      state: sql<string>`coalesce(${documents.announcesState}, ${cases.state})`,
      receiptNumber: cases.receiptNumber,
      registerNumber: cases.registerNumber,
      reportedAgency: cases.reportedAgency,
      officeCode: offices.code,
      officeName: offices.name,
      officeRegionCode: offices.regionCode,
    })
    .from(documents)
    .innerJoin(cases, eq(documents.caseId, cases.id))
    .innerJoin(offices, eq(cases.officeId, offices.id))
    .where(and(eq(documents.kind, NOTICE_KIND), opts.officeCode ? eq(offices.code, opts.officeCode) : undefined))
    .orderBy(desc(documents.createdAt))
    .limit(opts.limit)
    .offset(opts.offset);
}

export async function findNoticeDocument(db: Executor, documentId: string) {
  const [row] = await db.select().from(documents).where(and(eq(documents.id, documentId), eq(documents.kind, NOTICE_KIND)));
  return row;
}
