// Case handling over HTTP. Thin: validate → authorize → one use-case → present.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseActionHeaders, caseActionParams, caseRefusalResponse, idempotencyHeaders, intakeCreateBody, intakeCreateHeaders, intakeCreateResponse, partyContacts, reporterIdentity } from '../../../core/api/cases.js';
import { assignBody, bulkBody, bulkResult, caseActionReceipt, caseInboxQuery, caseListResult, caseView, deadlineCounts, noteBody } from '../../../core/api/case-views.js';
import { errorResponse, uuidParam } from '../../../core/api/common.js';
import { parseIfMatch, REFUSAL_MESSAGES, revisionTag, type CaseAction, type RevisionCondition } from '../../../core/cases/index.js';
import { withoutPelaporNames } from '../../../core/cases/pelapor-names.js';
import { can } from '../../../core/access.js';
import type { Deps } from '../../http/deps.js';
import { auditActor, requirePermission, type Actor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { ERROR_MESSAGES } from '../../../core/i18n/errors.js';
import { prefersMinimal } from '../../http/prefer.js';
import { appendAudit } from '../audit/append-audit.js';
import { listAudit } from '../audit/audit.repository.js';
import { findOfficesByIds } from '../offices/offices.repository.js';
import { CaseRefusedError } from './case-refused-error.js';
import { presentActionReceipt, presentIntakeReceipt, presentSummary } from './cases.presenter.js';
import { countDeadlines, findContacts, findReporter, insertNote, listCases, listDueSoon, updateCase } from './cases.repository.js';
import { createIntake, createIntakeOnce } from './create-intake.js';
import { inboxFilters } from './inbox-filters.js';
import { claimKey, keyClaim, priorIntake, priorOfKey } from './idempotency-keys.js';
import { asReadBy, loadCase, presentView, viewCase } from './read-case.js';
import { admitPersonalRead, recordPersonalRead, type PersonalRead } from './reporter-access.js';
import { recomputeOpenCases } from './recompute-deadlines.js';
import { CaseChangedError, runAction, runConfirmedAction, type ActionResult } from './run-action.js';
import { caseChangedError, lastActionText } from './case-changed.js';
import { revisionOf, type CaseRecord } from './case-record.js';
import { isWithinScope } from '../../../core/regions/region-code.js';
import { readCaseWithExtras, readCaseWithSession } from './case-statements.js';
import { readSessionWithIntakeOffice } from './intake-statements.js';
import { admitSession } from '../auth/auth.plugin.js';

const tags = ['cases'];

/**
 * The claim of an action's Idempotency-Key: hashed with the user, the case and the action, the same
 * whichever path (cached, fresh, out of scope) the request takes.
 */
const actionKeyClaim = (key: string | undefined, actor: Actor, caseId: string, action: string, body: unknown) => keyClaim(key, [actor.userId, caseId.toLowerCase(), action], body);
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: caseRefusalResponse.or(errorResponse), 422: errorResponse };

/** The case's entity tag: its revision (decision 018). */
const etagOf = (row: { facts: unknown }) => revisionTag(revisionOf(row.facts as CaseRecord));

export function registerCaseRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  deps.calendar.onChange((tx, calendar, dates) => recomputeOpenCases(tx, calendar, dates, deps.now()));

  r.get('/api/v1/cases', { schema: { tags, summary: 'Kotak masuk perkara / case inbox', querystring: caseInboxQuery, response: { 200: caseListResult, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.read');
    const q = req.query;
    const now = deps.now();
    const { rows, total } = await listCases(deps.db, { ...inboxFilters(q, actor, now), sort: q.sort, limit: q.limit, offset: q.offset });
    const offices = await findOfficesByIds(deps.db, [...new Set(rows.map((row) => row.officeId))]);
    return { items: rows.map((row) => presentSummary(row, offices.get(row.officeId)!, now)), total };
  });

  r.get('/api/v1/cases/deadline-counts', { schema: { tags, summary: 'Jumlah perkara berjalan menurut tenggat terdekat: terlambat, jatuh tempo hari ini, dalam 7 hari / open cases by nearest deadline: overdue, due today, within 7 days', response: { 200: deadlineCounts, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.read');
    const c = await countDeadlines(deps.db, actor.scope, deps.now());
    return { terlambat: c.overdue, 'hari-ini': c.today, 'minggu-ini': c.week };
  });

  r.get('/api/v1/cases/reminders', { schema: { tags, summary: 'Pengingat tenggat (dalam aplikasi) / deadline reminders in the app', response: { 200: caseListResult, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.read');
    const now = deps.now();
    const rows = await listDueSoon(deps.db, actor.scope, new Date(now.getTime() + deps.config.remindHours * 3_600_000), 100);
    const offices = await findOfficesByIds(deps.db, [...new Set(rows.map((row) => row.officeId))]);
    return { items: rows.map((row) => presentSummary(row, offices.get(row.officeId)!, now)), total: rows.length };
  });

  const INTAKE_DESCRIPTION =
    'Tidak ada laporan yang ditolak: setiap yang lolos validasi langsung diberi nomor tanda terima. Kirim header `Idempotency-Key` (mis. sebuah UUID, satu per laporan) agar pengiriman ulang laporan yang sama (jawaban hilang di jaringan, basis data sedang dimulai ulang) menjawab tanda terima yang sama dengan `Idempotent-Replayed: true`, bukan perkara kedua; kunci diingat 24 jam. / ' +
    'No report is refused: whatever passes validation gets a receipt number at once. Send an `Idempotency-Key` header (such as a UUID, one per report) so that sending the same report again (its answer lost to the network, the database restarting) answers the same receipt with `Idempotent-Replayed: true` instead of making a second case; keys are kept 24 hours.';

  // Intake reads the session with the caller's office (its region and plenary size): one round trip less.
  r.post('/api/v1/cases', { config: { sessionInHandler: true }, schema: { tags, summary: 'Terima laporan, temuan atau informasi awal / take in a case', description: INTAKE_DESCRIPTION, headers: intakeCreateHeaders, body: intakeCreateBody, response: { 201: intakeCreateResponse, ...errors } } }, async (req, reply) => {
    const { session, office } = await readSessionWithIntakeOffice(deps.db, req.sessionId, deps.now());
    admitSession(req, session);
    const actor = requirePermission(req, 'cases.intake');
    if (req.body.kind === 'laporan' && actor.role === 'pengawas') throw new AppError('FORBIDDEN');
    const claim = keyClaim(req.headers['idempotency-key'], [actor.userId], req.body);
    const opts = office ? { office } : {};
    const created = claim ? await createIntakeOnce(deps, actor, req.body, claim, opts) : { row: await createIntake(deps, actor, req.body, opts) };
    if ('priorCaseId' in created) {
      // Sent again with the key of a report already taken in: its receipt, and no second case.
      reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(presentIntakeReceipt(await priorIntake(deps.db, created.priorCaseId)));
    }
    const { row } = created;
    if (session && office) {
      deps.caseCache.putSession(session);
      deps.caseCache.putCase({ row, extras: { office: { id: office.id, name: office.name, regionCode: office.regionCode }, evidence: [], documents: [], notes: [], hasReporter: 'reporter' in req.body && req.body.reporter != null } });
    }
    return reply.status(201).send(presentIntakeReceipt(row));
  });

  // The case page and the workflow actions read the session with the case: one round trip less.
  const withSession = { sessionInHandler: true };
  const sessionAndCase = async (req: FastifyRequest, id: string) => {
    const { session, found } = await readCaseWithSession(deps.db, req.sessionId, deps.now(), id);
    admitSession(req, session);
    if (session) deps.caseCache.putSession(session);
    else if (req.sessionId) deps.caseCache.dropSession(req.sessionId);
    if (found) deps.caseCache.putCase(found);
    return found;
  };

  // An action on a case this process last read or wrote, for a session it already checked, is
  // decided on what it has and written only if the write confirms both (decision 011): one round
  // trip. Anything else (nothing cached, a refusal, a write that did not confirm) is not answered
  // from here: the request then reads afresh and runs as if nothing had been cached.
  const confirmedAction = async (req: FastifyRequest, id: string, action: CaseAction, payload: unknown, list: boolean, ifMatch: RevisionCondition | undefined, key: string | undefined): Promise<{ actor: Actor; result: ActionResult } | undefined> => {
    const session = req.sessionId ? deps.caseCache.getSession(req.sessionId) : undefined;
    const cached = deps.caseCache.getCase(id);
    const counts = deps.caseCache.counts;
    if (!session || !cached || !isWithinScope(session.officeRegionCode, cached.row.regionCode || null)) {
      counts.missed += 1;
      return undefined;
    }
    try {
      admitSession(req, session);
      const actor = requirePermission(req, 'cases.act');
      const claim = actionKeyClaim(key, actor, id, action, payload);
      const result = await runConfirmedAction(deps, actor, cached, action, payload, { session, now: deps.now(), list }, ifMatch, claim);
      if (result) {
        counts.confirmed += 1;
        return { actor, result };
      }
    } catch (err) {
      if (!(err instanceof AppError || err instanceof CaseRefusedError)) throw err;
    }
    counts.fellBack += 1;
    req.actor = null; // the fresh read admits the session again
    return undefined;
  };

  r.get('/api/v1/cases/:id', { config: withSession, schema: { tags, summary: 'Satu perkara; ETag: revisinya, untuk If-Match / one case; ETag: its revision, for If-Match', params: uuidParam, response: { 200: caseView, ...errors } } }, async (req, reply) => {
    const found = await sessionAndCase(req, req.params.id);
    const actor = requirePermission(req, 'cases.read');
    if (!found) throw new AppError('NOT_FOUND');
    reply.header('etag', etagOf(found.row));
    return presentView(deps, actor, found.row, found.extras);
  });

  // The case page after the action, or, for a client that sends `Prefer: return=minimal` (a field
  // app on a slow line, an integration), only what it needs to go on (caseActionReceipt).
  const serializeReceipt = (receipt: unknown) => JSON.stringify(caseActionReceipt.parse(receipt));
  const actionSummary = 'Jalankan tindakan alur kerja; dengan `Prefer: return=minimal` hanya ringkasan, tanpa halaman perkara / run a workflow action; with `Prefer: return=minimal` a receipt instead of the case page';
  r.post('/api/v1/cases/:id/actions/:action', { config: withSession, schema: { tags, summary: actionSummary, params: caseActionParams, headers: caseActionHeaders, body: z.record(z.string(), z.unknown()).default({}), response: { 200: z.union([caseView, caseActionReceipt]), ...errors, 412: errorResponse } } }, async (req, reply) => {
    const minimal = prefersMinimal(req.headers.prefer);
    const ifMatch = req.headers['if-match'] === undefined ? undefined : parseIfMatch(req.headers['if-match']);
    const answer = (actor: Actor, { row, extras }: ActionResult) => {
      reply.header('etag', etagOf(row));
      if (!minimal) return presentView(deps, actor, row, extras);
      reply.header('preference-applied', 'return=minimal');
      reply.serializer(serializeReceipt); // checked against its own schema, not first against the page's
      return presentActionReceipt(row);
    };
    const key = req.headers['idempotency-key'];
    // A keyed action's write claims its key, and applies only while it is unclaimed: a repeat
    // falls through to the locked path, which answers it (run-action.ts keyedAction).
    const confirmed = await confirmedAction(req, req.params.id, req.params.action as CaseAction, req.body ?? {}, !minimal, ifMatch, key);
    if (confirmed) return answer(confirmed.actor, confirmed.result);
    const found = await sessionAndCase(req, req.params.id);
    const actor = requirePermission(req, 'cases.act');
    const claim = actionKeyClaim(key, actor, req.params.id, req.params.action, req.body ?? {});
    if (!found) {
      // Out of the caller's jurisdiction, or never there. A repeat of the very step that took it
      // out (a delegation whose answer was lost) is answered as taken, with the receipt only: the
      // case page is no longer the caller's to read.
      const replay = claim && (await priorOfKey(deps.db, 'action', claim)) ? await readCaseWithExtras(deps.db, null, req.params.id) : undefined;
      if (!replay) throw new AppError('NOT_FOUND');
      reply.header('idempotent-replayed', 'true').header('etag', etagOf(replay.row)).header('preference-applied', 'return=minimal');
      reply.serializer(serializeReceipt);
      return presentActionReceipt(replay.row);
    }
    try {
      const result = await runAction(deps, actor, req.params.id, req.params.action as CaseAction, req.body ?? {}, { read: found, ifMatch, key: claim });
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return answer(actor, result);
    } catch (err) {
      throw err instanceof CaseChangedError ? await caseChangedError(deps.db, reply, err) : err;
    }
  });

  // Personal data of a case, read on purpose by a role that may (decision 008).
  const readPersonal = async <T>(req: FastifyRequest, caseId: string, find: (id: string) => Promise<T | undefined>, action: PersonalRead): Promise<T> => {
    const actor = requirePermission(req, 'cases.reporter');
    const row = await loadCase(deps, actor, caseId);
    await admitPersonalRead(deps, actor);
    const found = await find(row.id);
    if (!found) throw new AppError('NOT_FOUND');
    // UU 27/2022: every read of personal data is recorded, with who and when.
    await recordPersonalRead(deps, actor, row, action);
    return found;
  };

  r.get('/api/v1/cases/:id/reporter', { schema: { tags, summary: 'Identitas pelapor (data pribadi, dicatat) / reporter identity (personal data, logged)', params: uuidParam, response: { 200: reporterIdentity, ...errors, 429: errorResponse } } }, (req) =>
    readPersonal(req, req.params.id, (id) => findReporter(deps.db, deps.sealer, id) as Promise<z.infer<typeof reporterIdentity> | undefined>, 'case.reporter-read'),
  );

  r.get('/api/v1/cases/:id/contacts', { schema: { tags, summary: 'Kontak saksi dan terlapor (data pribadi, dicatat) / contacts of witnesses and the reported party (personal data, logged)', params: uuidParam, response: { 200: partyContacts, ...errors, 429: errorResponse } } }, (req) =>
    readPersonal(req, req.params.id, (id) => findContacts(deps.db, deps.sealer, id), 'case.contacts-read'),
  );

  r.get('/api/v1/cases/:id/timeline', { schema: { tags, summary: 'Riwayat perkara dari log audit / case history from the audit log', params: uuidParam, response: { 200: z.object({ items: z.array(z.object({ id: z.number(), at: z.string(), actorLabel: z.string(), action: z.string(), summary: z.unknown() })) }), ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.read');
    const row = await loadCase(deps, actor, req.params.id);
    const items = await listAudit(deps.db, { scope: null, entityType: 'case', entityId: row.id, limit: 200 });
    const mayReadReporter = can(actor.role, 'cases.reporter');
    const history = items.reverse().map((a) => ({ id: a.id, at: new Date(a.at).toISOString(), actorLabel: a.actorLabel, action: a.action, summary: mayReadReporter ? a.summary : withoutPelaporNames(a.summary) }));
    return { items: await asReadBy(deps, actor, row, history) };
  });

  r.post('/api/v1/cases/:id/assign', { schema: { tags, summary: 'Tugaskan / assign', params: uuidParam, body: assignBody, response: { 200: caseView, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.assign');
    const row = await loadCase(deps, actor, req.params.id);
    const at = deps.now();
    await deps.db.transaction(async (tx) => {
      await updateCase(tx, row.id, { assigneeId: req.body.assigneeId }, at);
      await appendAudit(tx, { at, actor: auditActor(actor), action: 'case.assigned', entityType: 'case', entityId: row.id, regionCode: row.regionCode || null, summary: { from: row.assigneeId, to: req.body.assigneeId } });
    });
    return viewCase(deps, actor, row.id);
  });

  const noteHeaders = idempotencyHeaders('satu per catatan; catatan yang sama dikirim ulang dengan kunci ini menjawab catatan yang sudah ditulis / one per note; the same note sent again with it gets the note already written');
  r.post('/api/v1/cases/:id/notes', { schema: { tags, summary: 'Catatan internal / internal note', params: uuidParam, headers: noteHeaders, body: noteBody, response: { 201: z.object({ id: z.uuid() }), ...errors } } }, async (req, reply) => {
    const actor = requirePermission(req, 'cases.act');
    const row = await loadCase(deps, actor, req.params.id);
    const at = deps.now();
    const claim = keyClaim(req.headers['idempotency-key'], [actor.userId, row.id], req.body);
    const noteId = randomUUID();
    const written = await deps.db.transaction(async (tx) => {
      const prior = claim ? await claimKey(tx, 'note', claim, noteId, at) : undefined;
      if (prior) return { id: prior, replayed: true };
      await insertNote(tx, { id: noteId, caseId: row.id, authorId: actor.userId, body: req.body.body, createdAt: at });
      await appendAudit(tx, { at, actor: auditActor(actor), action: 'case.note-added', entityType: 'case', entityId: row.id, regionCode: row.regionCode || null, summary: { noteId } });
      return { id: noteId, replayed: false };
    });
    if (written.replayed) reply.header('idempotent-replayed', 'true');
    return reply.status(201).send({ id: written.id });
  });

  r.post('/api/v1/cases/bulk', { schema: { tags, summary: 'Tindakan massal di antrean penerimaan / bulk triage of the intake queue', body: bulkBody, response: { 200: bulkResult, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'cases.act');
    const results = [];
    // Each case is its own transaction: one refusal does not undo the others, and none is half-done.
    for (const caseId of req.body.caseIds) {
      // The revision the inbox showed, as each case's If-Match: a case someone acted on since
      // (assessed again, registered, archived) is not overridden from a stale list.
      const seen = req.body.revisions?.[caseId];
      try {
        await runAction(deps, actor, caseId, req.body.action, req.body.payload, { ifMatch: seen === undefined ? undefined : [seen] });
        results.push({ caseId, ok: true });
      } catch (err) {
        if (err instanceof CaseRefusedError) results.push({ caseId, ok: false, code: err.code, message: `${REFUSAL_MESSAGES[err.code][req.locale]} ${err.missing.map((m) => m[req.locale]).join('; ')}`.trim() });
        else if (err instanceof CaseChangedError) {
          const last = await lastActionText(deps.db, err);
          results.push({ caseId, ok: false, code: err.code, message: `${ERROR_MESSAGES.CASE_CHANGED[req.locale]}${last ? ` ${last[req.locale]}.` : ''}`, ...(last ? { lastAction: `${last[req.locale]}.` } : {}) });
        } else if (err instanceof AppError) results.push({ caseId, ok: false, code: err.code, message: ERROR_MESSAGES[err.code][req.locale] });
        else throw err;
      }
    }
    return { results };
  });
}
