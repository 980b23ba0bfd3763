// The inbox as a CSV file: the cases the inbox's filters list, for the office's own register, a
// report to the province, or a spreadsheet. It holds what the inbox shows (no pelapor, no
// contacts), is streamed in keyset batches (the whole of a province at 1M cases without holding
// it in memory or a connection between batches), and each export is recorded in the audit log
// with its filters: the file leaves Netra with the terlapor's names in it.
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { caseInboxQuery } from '../../../core/api/case-views.js';
import { CLOCK_LABELS, CLOCK_STATUS_LABELS } from '../../../core/cases/clock-labels.js';
import { INTAKE_KIND_LABELS } from '../../../core/cases/index.js';
import { localDateOf } from '../../../core/law/index.js';
import { officeTimeZone, TIME_ZONES } from '../../../core/regions/time-zone.js';
import type { Locale } from '../../../core/i18n/errors.js';
import type { Deps } from '../../http/deps.js';
import { auditActor, requirePermission } from '../../http/context.js';
import { CSV_BOM, csvRecord, type CsvSeparator } from '../../http/csv.js';
import { users } from '../../db/schema.js';
import { betweenBatches } from '../../db/client.js';
import { appendAudit } from '../audit/append-audit.js';
import { findOfficesByIds, type OfficeRow } from '../offices/offices.repository.js';
import { presentSummary } from './cases.presenter.js';
import { exportBatch, type ExportCursor } from './cases.repository.js';
import { inboxFilters, type InboxFilters } from './inbox-filters.js';

/** Rows read at a time: a few MB of records, one short query each. */
export const EXPORT_BATCH = 1000;

export const caseExportQuery = caseInboxQuery.omit({ sort: true, limit: true, offset: true }).extend({
  separator: z
    .enum(['koma', 'titik-koma'])
    .default('koma')
    .describe('pemisah kolom: koma (RFC 4180), atau titik koma untuk Excel berbahasa Indonesia / column separator: comma (RFC 4180), or semicolon for Excel in Indonesian'),
  lang: z.enum(['id', 'en']).optional().describe('bahasa judul kolom dan label (bawaan: Accept-Language) / language of the headings and labels (default: Accept-Language)'),
});

type Bi = { id: string; en: string };
const COLUMNS: readonly Bi[] = [
  { id: 'Nomor tanda terima', en: 'Receipt number' },
  { id: 'Nomor registrasi', en: 'Register number' },
  { id: 'Jenis', en: 'Kind' },
  { id: 'Status', en: 'Status' },
  { id: 'Diterima', en: 'Received' },
  { id: 'Diregistrasi', en: 'Registered' },
  { id: 'Kantor', en: 'Office' },
  { id: 'Terlapor', en: 'Reported party' },
  { id: 'Instansi terlapor', en: "Reported party's agency" },
  { id: 'Tenggat terdekat', en: 'Nearest deadline' },
  { id: 'Batas waktu', en: 'Due' },
  { id: 'Keadaan tenggat', en: 'Deadline status' },
  { id: 'Petugas', en: 'Assignee' },
];

/** "2024-11-10 09:00 +07:00": a local time as written by the presenter, readable in a spreadsheet. */
const localTime = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} ${iso.slice(19) || ''}`.trim() : null);

export function registerCaseExportRoute(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/cases/export.csv',
    {
      schema: {
        tags: ['cases'],
        summary: 'Unduh kotak masuk sebagai CSV (filter yang sama, tanpa data pelapor; dicatat di log audit) / download the inbox as CSV (the same filters, no pelapor data; recorded in the audit log)',
        querystring: caseExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requirePermission(req, 'cases.read');
      const now = deps.now();
      const { separator: sepName, lang: asked, ...filters } = req.query;
      const separator: CsvSeparator = sepName === 'titik-koma' ? ';' : ',';
      const f = inboxFilters(filters, actor, now);
      // The search text is not kept: it may be a pelapor's name (for roles that search the event's text).
      const recorded = { ...req.query, ...(req.query.q ? { q: `[${req.query.q.length} karakter / characters]` } : {}) };
      // Recorded before the first byte leaves (a file cut off by a crash is still on record), and
      // again when the file has ended, with its rows and whether it reached the client whole.
      const started = await appendAudit(deps.db, { at: now, actor: auditActor(actor), action: 'cases.exported', entityType: 'office', entityId: actor.officeId, regionCode: actor.scope, summary: { filters: recorded } });
      const ended = (rows: number, complete: boolean) =>
        appendAudit(deps.db, { at: deps.now(), actor: auditActor(actor), action: 'cases.export-ended', entityType: 'office', entityId: actor.officeId, regionCode: actor.scope, summary: { exportAuditId: started.id, rows, complete } }).catch((err: unknown) =>
          req.log.error({ err, exportAuditId: started.id }, 'the end of an export could not be recorded'),
        );
      const lang: Locale = asked ?? req.locale;
      // Named by the office's day (after 17.00 UTC it is already tomorrow in WIB).
      reply
        .header('content-type', 'text/csv; charset=utf-8; header=present')
        .header('content-disposition', `attachment; filename="netra-perkara-${localDateOf(now.getTime(), TIME_ZONES[officeTimeZone(actor.scope)].offsetMinutes)}.csv"`)
        .header('cache-control', 'no-store');
      return reply.send(Readable.from(exportLines(deps, f, now, separator, lang, ended)));
    },
  );
}

/**
 * The file, a batch at a time. `ended` is told how many rows were written and whether the file was
 * whole: false when the client went away (the stream is destroyed, which returns this generator)
 * or a read failed.
 */
async function* exportLines(deps: Deps, f: InboxFilters, now: Date, separator: CsvSeparator, lang: Locale, ended: (rows: number, complete: boolean) => Promise<unknown>): AsyncGenerator<string> {
  let rows = 0;
  let complete = false;
  try {
    yield* exportBatches(deps, f, now, separator, lang, (n) => (rows += n));
    complete = true;
  } finally {
    await ended(rows, complete);
  }
}

async function* exportBatches(deps: Deps, f: InboxFilters, now: Date, separator: CsvSeparator, lang: Locale, counted: (n: number) => void): AsyncGenerator<string> {
  yield CSV_BOM + csvRecord(COLUMNS.map((c) => c[lang]), separator);
  const offices = new Map<string, OfficeRow>();
  const assignees = new Map<string, string>();
  let cursor: ExportCursor | null = null;
  for (;;) {
    const batch = await exportBatch(deps.db, f, cursor, EXPORT_BATCH);
    const officeIds = [...new Set(batch.rows.map((r) => r.officeId))].filter((id) => !offices.has(id));
    for (const [id, o] of await findOfficesByIds(deps.db, officeIds)) offices.set(id, o);
    const userIds = [...new Set(batch.rows.flatMap((r) => (r.assigneeId && !assignees.has(r.assigneeId) ? [r.assigneeId] : [])))];
    if (userIds.length > 0) for (const u of await deps.db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, userIds))) assignees.set(u.id, u.username);
    let lines = '';
    for (const row of batch.rows) {
      const c = presentSummary(row, offices.get(row.officeId)!, now);
      const clock = c.nextDue?.clock;
      lines += csvRecord(
        [
          c.receiptNumber,
          c.registerNumber,
          INTAKE_KIND_LABELS[c.kind][lang],
          c.stateLabel[lang],
          localTime(c.receivedAt),
          localTime(c.registeredAt),
          c.office.name,
          c.reportedPartyName,
          c.reportedAgency,
          clock ? ((CLOCK_LABELS as Record<string, Bi>)[clock]?.[lang] ?? clock) : null,
          localTime(c.nextDue?.due ?? null),
          CLOCK_STATUS_LABELS[c.clockStatus ?? 'none'][lang],
          row.assigneeId ? (assignees.get(row.assigneeId) ?? null) : null,
        ],
        separator,
      );
    }
    if (lines) yield lines;
    counted(batch.rows.length);
    if (batch.rows.length < EXPORT_BATCH) return;
    await betweenBatches(); // on the embedded database, the news that the client has gone comes now
    cursor = batch.cursor;
  }
}
