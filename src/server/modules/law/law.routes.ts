// The law engine over HTTP. Public: regimes, calendar, deadlines, catalogue, assessment (the same
// pure functions the case workflow uses). Administrators: maintain the official calendar.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, uuidParam } from '../../../core/api/common.js';
import {
  lawAssessRequest,
  lawAssessResponse,
  lawCalendarQuery,
  lawCalendarResponse,
  lawCatalogueResponse,
  lawDeadlinesRequest,
  lawDeadlinesResponse,
  lawRegimesResponse,
} from '../../../core/api/law.js';
import { calendarAdminEntry, calendarAdminQuery, calendarChangeResponse, calendarEntryBody, calendarEntryPatch } from '../../../core/api/law-calendar.js';
import { assessViolation, calendarYear, CATALOGUE, computeCaseDeadlines, CRIMINAL_ARTICLES, REGIMES } from '../../../core/law/index.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { listCalendarRows, type CalendarRow } from './calendar.repository.js';
import { addCalendarEntry, correctCalendarEntry, removeCalendarEntry } from './manage-calendar.js';

const tags = ['law'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** The engine throws plain errors for facts it cannot count from; the caller sent them: a 400. */
function asValidation<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION_FAILED', [{ path: 'body', message: err instanceof Error ? err.message : String(err) }]);
  }
}

function presentAdminEntry(r: CalendarRow) {
  return { id: r.id, date: r.date, kind: r.kind as z.infer<typeof calendarAdminEntry>['kind'], nameId: r.nameId, nameEn: r.nameEn, source: r.source, provisional: r.provisional, note: r.note, origin: r.origin as 'seed' | 'admin', removed: r.removed, updatedAt: r.updatedAt.toISOString() };
}

export function registerLawRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/law/regimes', { schema: { tags, summary: 'Rezim hukum dan tenggatnya / legal regimes and their clocks', response: { 200: lawRegimesResponse } } }, async () => ({
    // The engine's data is deeply readonly; the response schema describes the same shape.
    regimes: REGIMES as unknown as z.infer<typeof lawRegimesResponse>['regimes'],
  }));

  r.get('/api/v1/law/calendar', { schema: { tags, summary: 'Hari libur nasional dan cuti bersama / official non-working days', querystring: lawCalendarQuery, response: { 200: lawCalendarResponse, ...errors } } }, async (req) =>
    calendarYear(await deps.calendar.current(), req.query.year),
  );

  r.post('/api/v1/law/deadlines', { schema: { tags, summary: 'Hitung tenggat / compute statutory deadlines', body: lawDeadlinesRequest, response: { 200: lawDeadlinesResponse, ...errors } } }, async (req) => {
    const calendar = await deps.calendar.current();
    return asValidation(() => computeCaseDeadlines(req.body, calendar));
  });

  r.get('/api/v1/law/catalogue', { schema: { tags, summary: 'Katalog perbuatan terlarang ASN (SKB 2022) / catalogue of prohibited acts', response: { 200: lawCatalogueResponse } } }, async () => ({
    acts: [...CATALOGUE],
    criminalArticles: Object.values(CRIMINAL_ARTICLES),
  }));

  r.post('/api/v1/law/assess', { schema: { tags, summary: 'Nilai sanksi, pidana dan penerima / assess sanctions, crimes and recipient', body: lawAssessRequest, response: { 200: lawAssessResponse, ...errors } } }, async (req) =>
    asValidation(() => assessViolation(req.body)),
  );

  // ── administration of the official calendar ──
  r.get('/api/v1/law/calendar/entries', { schema: { tags, summary: 'Entri kalender (admin) / calendar entries (admin)', querystring: calendarAdminQuery, response: { 200: z.object({ items: z.array(calendarAdminEntry) }), ...errors } } }, async (req) => {
    requirePermission(req, 'calendar.manage');
    return { items: (await listCalendarRows(deps.db, { year: req.query.year, withRemoved: true })).map(presentAdminEntry) };
  });

  r.post('/api/v1/law/calendar/entries', { schema: { tags, summary: 'Tambah hari libur / add a non-working day', body: calendarEntryBody, response: { 201: calendarChangeResponse, ...errors } } }, async (req, reply) => {
    const { row, recomputed } = await addCalendarEntry(deps, requirePermission(req, 'calendar.manage'), req.body);
    return reply.status(201).send({ entry: presentAdminEntry(row), recomputedCases: recomputed });
  });

  r.patch('/api/v1/law/calendar/entries/:id', { schema: { tags, summary: 'Koreksi hari libur / correct a non-working day', params: uuidParam, body: calendarEntryPatch, response: { 200: calendarChangeResponse, ...errors } } }, async (req) => {
    const { row, recomputed } = await correctCalendarEntry(deps, requirePermission(req, 'calendar.manage'), req.params.id, req.body);
    return { entry: presentAdminEntry(row), recomputedCases: recomputed };
  });

  r.delete('/api/v1/law/calendar/entries/:id', { schema: { tags, summary: 'Hapus hari libur / remove a non-working day', params: uuidParam, response: { 200: calendarChangeResponse, ...errors } } }, async (req) => {
    const { row, recomputed } = await removeCalendarEntry(deps, requirePermission(req, 'calendar.manage'), req.params.id);
    return { entry: presentAdminEntry(row), recomputedCases: recomputed };
  });
}
