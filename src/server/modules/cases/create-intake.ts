// Intake by staff: a walk-in laporan, a supervisor's temuan, or informasi awal. No report is
// refused: whatever passes validation is stored at once with a receipt number, in one statement
// with its audit row; the reporter's identity and the contacts of the saksi and the terlapor go to
// their own tables, sealed (decisions 008 and 013).
import { randomUUID } from 'node:crypto';
import { contactsContext, reporterContext } from '../../crypto/sealed-data.js';
import type { z } from 'zod';
import type { intakeCreateBody } from '../../../core/api/cases.js';
import { initialState, newCaseFacts, receiptNumberShape, splitPartyContacts } from '../../../core/cases/index.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { auditDraft } from '../audit/append-audit.js';
import { clockRegion } from './case-deadlines.js';
import { emptyRecord } from './case-record.js';
import { findIntakeOffice, insertIntake, type IntakeOffice } from './intake-statements.js';
import type { CaseRow } from './cases.repository.js';
import { priorOfKey, type KeyClaim } from './idempotency-keys.js';
import type { Executor } from '../../db/client.js';
import { localDate, localIso } from './local-time.js';
import { derivedColumns } from './persist-case.js';
import { numberMarker, receiptSequenceKey, type DrawnNumber } from './sequences.repository.js';

export type IntakeBody = z.infer<typeof intakeCreateBody>;

function describe(body: IntakeBody): { summary: string; reported: unknown; agency: string | null; eventRegion: string | null } {
  if (body.kind === 'informasi-awal') return { summary: body.description.slice(0, 300), reported: null, agency: null, eventRegion: body.regionCode ?? null };
  return {
    summary: body.event.description.slice(0, 300),
    reported: body.reportedParty,
    agency: body.reportedParty.agency,
    eventRegion: body.event.regionCode,
  };
}

/** A clock a few minutes ahead of the server's (a laptop at a desk) is not the future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * A time of receipt typed in (a report written down on paper first) that cannot be: later than
 * now, or before the day the pelapor knew of the event (a laporan) or the supervisor found it (a
 * temuan). Refused with the field named, so the form is corrected and sent again; nothing is kept.
 */
function refuseImpossibleReceipt(body: IntakeBody, receivedAt: Date, receivedOn: string, now: Date): void {
  if (!body.receivedAt) return;
  if (receivedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'body.receivedAt', message: 'Waktu diterima tidak boleh setelah waktu sekarang / the time received cannot be later than now' }]);
  }
  const since = body.kind === 'laporan' ? body.event.knownOn : body.kind === 'temuan' ? body.foundOn : null;
  if (since && receivedOn < since) {
    const what = body.kind === 'laporan' ? ['tanggal diketahui', 'the date the event became known'] : ['tanggal ditemukan', 'the date it was found'];
    throw new AppError('VALIDATION_FAILED', [{ path: 'body.receivedAt', message: `Waktu diterima tidak boleh sebelum ${what[0]} (${since}) / the time received cannot be before ${what[1]} (${since})` }]);
  }
}

type IntakeOptions = { sourceCaseId?: string; office?: IntakeOffice };

/** `opts.office`: the actor's office as the request already read it with the session. */
export async function createIntake(deps: Deps, actor: Actor, body: IntakeBody, opts: IntakeOptions = {}): Promise<CaseRow> {
  return (await (await draftIntake(deps, actor, body, opts)).write(deps.db))!;
}

/**
 * The intake of a request that carries an Idempotency-Key: the key is claimed and the case written
 * by one statement, or, when an earlier request with the same key and body made a case, nothing is
 * written (no number drawn either) and that case's id is given back (idempotency-keys.ts).
 */
export async function createIntakeOnce(deps: Deps, actor: Actor, body: IntakeBody, claim: KeyClaim, opts: IntakeOptions = {}): Promise<{ row: CaseRow } | { priorCaseId: string }> {
  const draft = await draftIntake(deps, actor, body, opts);
  const row = await draft.write(deps.db, claim);
  if (row) return { row };
  const priorCaseId = await priorOfKey(deps.db, 'intake', claim);
  if (!priorCaseId) throw new Error('intake_keys: neither claimed nor found');
  return { priorCaseId };
}

/** Everything about a new case decided and validated; `write` stores it (nothing before). */
async function draftIntake(deps: Deps, actor: Actor, body: IntakeBody, opts: IntakeOptions): Promise<{ id: string; write: (ex: Executor, key?: KeyClaim) => Promise<CaseRow | undefined> }> {
  const office = opts.office ?? (await findIntakeOffice(deps.db, actor.officeId));
  if (!office) throw new AppError('NOT_FOUND');
  const now = deps.now();
  const { reporter, ...withoutReporter } = body as IntakeBody & { reporter?: unknown };
  const { intake, contacts } = splitPartyContacts(withoutReporter as Omit<IntakeBody, 'reporter'>);
  const info = describe(intake as IntakeBody);
  const region = clockRegion(office.regionCode, info.eventRegion);
  const receivedAt = body.receivedAt ? new Date(body.receivedAt) : now;
  const receivedOn = localDate(receivedAt, region);
  refuseImpossibleReceipt(body, receivedAt, receivedOn, now);
  const calendar = await deps.calendar.current();
  const memberCount = office.memberCount;
  const id = randomUUID();
  const machine = newCaseFacts(
    {
      caseId: id,
      kind: body.kind,
      regime: body.regime,
      officeId: office.id,
      officeRegionCode: office.regionCode,
      officeMemberCount: memberCount,
      receivedAt: localIso(receivedAt, region),
      ...(body.kind !== 'informasi-awal' && body.reportedParty.actorKind ? { reportedActorKind: body.reportedParty.actorKind } : {}),
    },
    initialState(body.kind),
  );
  const record = emptyRecord(machine, {
    election: body.kind === 'informasi-awal' ? null : body.election,
    knownOn: body.kind === 'laporan' ? body.event.knownOn : null,
    foundOn: body.kind === 'temuan' ? body.foundOn : null,
    intake,
    ...(contacts ? { hasContacts: true as const } : {}),
    links: opts.sourceCaseId ? [{ relation: 'berasal-dari', caseId: opts.sourceCaseId }] : [],
  });
  // The receipt number is drawn by the insert itself (drawNumberCtes): until then its marker
  // stands in the row and the audit summary.
  const number: DrawnNumber = {
    key: receiptSequenceKey(office.regionCode, Number(receivedOn.slice(0, 4))),
    shape: receiptNumberShape({ officeRegionCode: office.regionCode, receivedOn }),
    marker: numberMarker(),
  };
  const values = {
    id,
    officeId: office.id,
    regionCode: office.regionCode ?? '',
    kind: body.kind,
    regime: body.regime,
    receiptNumber: number.marker,
    receivedAt,
    knownOn: record.knownOn,
    occurredOn: body.kind === 'informasi-awal' ? null : body.event.occurredOn,
    eventRegionCode: info.eventRegion,
    eventPlace: body.kind === 'informasi-awal' ? null : body.event.place,
    summary: info.summary,
    reported: info.reported,
    reportedAgency: info.agency,
    ...derivedColumns(record, office.regionCode, info.eventRegion, calendar, now),
  };
  const write = (ex: Executor, key?: KeyClaim) =>
    insertIntake(
      ex,
      values,
      {
        reporter: reporter === undefined || reporter === null ? null : deps.sealer.seal(JSON.stringify(reporter), reporterContext(id)),
        contacts: contacts ? deps.sealer.seal(JSON.stringify(contacts), contactsContext(id)) : null,
      },
      auditDraft({
        at: now,
        actor: auditActor(actor),
        action: 'case.received',
        entityType: 'case',
        entityId: id,
        regionCode: office.regionCode,
        summary: { kind: body.kind, regime: body.regime, receiptNumber: number.marker, state: values.state, sourceCaseId: opts.sourceCaseId ?? null },
      }),
      number,
      key,
    );
  return { id, write };
}
