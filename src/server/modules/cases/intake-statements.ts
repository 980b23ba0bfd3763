// The intake's statements, in plain SQL like the rest of the hot path (decision 010): the intake
// office with its plenary size, read alone or with the session; the new case inserted with its
// receipt number, reporter, contacts and audit row in one statement, which also claims the
// request's Idempotency-Key when it carries one.
import { getTableName } from 'drizzle-orm';
import { rawQuery, type Executor } from '../../db/client.js';
import { intakeKeys } from '../../db/schema.js';
import { auditAppendCtes, auditAppendParams, auditPlaceholders, type AuditDraft } from '../audit/audit.repository.js';
import { liveSessionActorSql, type SessionActorRow } from '../auth/sessions.repository.js';
import type { Derived } from './case-statements.js';
import type { CaseRow } from './cases.repository.js';
import type { KeyClaim } from './idempotency-keys.js';
import { drawNumberCtes, drawNumberParams, withDrawnNumber, type DrawnNumber } from './sequences.repository.js';

/** The office's plenary size: its set number (UU 7/2017 arts 92 and 131: 3, 5 or 7), else its active pimpinan accounts. */
const PLENARY_SIZE = (office: string) =>
  `coalesce(nullif(${office}.member_count, 0), (select count(*)::int from users u where u.office_id = ${office}.id and u.role = 'pimpinan' and u.active))`;

export type IntakeOffice = { id: string; name: string; regionCode: string | null; memberCount: number };

const INTAKE_OFFICE = {
  name: 'case_intake_office',
  text: `select o.id, o.name, o.region_code as "regionCode", ${PLENARY_SIZE('o')} as "memberCount" from offices o where o.id = $1::uuid`,
};

/** The intake office with the members of its plenary, in one round trip. */
export async function findIntakeOffice(db: Executor, officeId: string): Promise<IntakeOffice | undefined> {
  const [row] = await rawQuery<IntakeOffice>(db, INTAKE_OFFICE, [officeId]);
  return row && { ...row, memberCount: Number(row.memberCount) };
}

const SESSION_WITH_INTAKE_OFFICE = {
  name: 'case_session_with_intake_office',
  text: `with a as (${liveSessionActorSql('$1', '$2')})
    select row_to_json(a) as "x_session", json_build_object('id', o.id, 'name', o.name, 'regionCode', o.region_code, 'memberCount', ${PLENARY_SIZE('o')}) as "x_office"
    from a join offices o on o.id = a."officeId"`,
};

/** The live session `sessionId` names with its office as intake needs it, in one round trip. */
export async function readSessionWithIntakeOffice(
  db: Executor,
  sessionId: string | null,
  now: Date,
): Promise<{ session: SessionActorRow | undefined; office: IntakeOffice | undefined }> {
  if (sessionId === null) return { session: undefined, office: undefined };
  const [r] = await rawQuery<{ x_session: SessionActorRow; x_office: IntakeOffice }>(db, SESSION_WITH_INTAKE_OFFICE, [sessionId, now.toISOString()]);
  return { session: r?.x_session, office: r?.x_office };
}

export type IntakeInsert = Derived & {
  id: string;
  officeId: string;
  regionCode: string;
  kind: string;
  regime: string;
  receiptNumber: string;
  receivedAt: Date;
  knownOn: string | null;
  occurredOn: string | null;
  eventRegionCode: string | null;
  eventPlace: string | null;
  summary: string;
  reported: unknown;
  reportedAgency: string | null;
};

const intakeAudit = auditPlaceholders(23);
/**
 * The intake in one statement, no transaction around it: the receipt counter first (its number
 * formatted here, in place of the marker $7 in the audit row), then the case, its reporter, the
 * contacts and the audit row. Keyed (an Idempotency-Key, $39 and $40 its hashes), the statement
 * first claims the key (`claimed`, waiting for a concurrent claim of the same key to end) and
 * writes, and draws a number, only if it did: a key claimed before writes nothing at all.
 */
function insertIntakeText(keyed: boolean): string {
  const claim = keyed
    ? `claimed as (insert into ${getTableName(intakeKeys)} (key_hash, ${intakeKeys.targetId.name}, request_hash, created_at) values ($39::text, $1::uuid, $40::text, $21::timestamptz) on conflict do nothing returning 1),
    `
    : '';
  return `with ${claim}${drawNumberCtes({ key: '$34', prefix: '$35', width: '$36', suffix: '$37' }, keyed ? 'claimed' : undefined)},
    ins as (
      insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, received_at, known_on, occurred_on, event_region_code,
        event_place, summary, reported, reported_agency, facts, deadlines, next_due_at, overdue, open, created_at, updated_at, deadlines_calendar)
      select $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::text, num.n, $8::timestamptz, $9::text, $10::text, $11::text,
        $12::text, $13::text, $14::jsonb, $15::text, $16::jsonb, $17::jsonb, $18::timestamptz, $19::boolean, $20::boolean, $21::timestamptz, $21::timestamptz, $33::text
      from num
      returning id, receipt_number),
    reporter as (insert into case_reporters (case_id, identity) select id, $22::text from ins where $22::text is not null),
    contacts as (insert into case_contacts (case_id, contacts) select id, $38::text from ins where $38::text is not null),
    ${auditAppendCtes({ ...intakeAudit, middle: withDrawnNumber(intakeAudit.middle, '$7'), summary: withDrawnNumber(intakeAudit.summary, '$7') }, 'ins')}
    select audit_row.id, (select receipt_number from ins) as "receiptNumber" from audit_row`;
}

const INSERT_INTAKE = { name: 'case_insert_intake', text: insertIntakeText(false) };
const INSERT_INTAKE_KEYED = { name: 'case_insert_intake_keyed', text: insertIntakeText(true) };

/**
 * The new case with the receipt number drawn (`v.receiptNumber` and the audit draft carry its
 * marker), the reporter's identity and the parties' contacts (each sealed by the caller, kept
 * apart) and the audit row, in one statement.
 */
export async function insertIntake(
  ex: Executor,
  v: IntakeInsert,
  sealed: { reporter: string | null; contacts: string | null },
  audit: AuditDraft,
  number: DrawnNumber,
  key?: KeyClaim,
): Promise<CaseRow | undefined> {
  const createdAt = audit.at; // the app's clock, as the audit row
  const reported = v.reported === null || v.reported === undefined ? null : JSON.stringify(v.reported);
  const facts = JSON.stringify(v.facts);
  const deadlines = JSON.stringify(v.deadlines);
  const rows = await rawQuery<{ receiptNumber: string }>(ex, key ? INSERT_INTAKE_KEYED : INSERT_INTAKE, [
    v.id, v.officeId, v.regionCode, v.kind, v.regime, v.state, number.marker, v.receivedAt.toISOString(), v.knownOn, v.occurredOn, v.eventRegionCode,
    v.eventPlace, v.summary, reported, v.reportedAgency, facts,
    deadlines, v.nextDueAt?.toISOString() ?? null, v.overdue, v.open, createdAt.toISOString(), sealed.reporter,
    ...auditAppendParams(audit),
    v.deadlinesCalendar,
    ...drawNumberParams(number),
    sealed.contacts,
    ...(key ? [key.keyHash, key.requestHash] : []),
  ]);
  // Keyed, nothing written: its key was claimed by an earlier request (idempotency-keys.ts).
  if (key && rows.length === 0) return undefined;
  if (rows.length !== 1) throw new Error('intake was not written with its audit row');
  // The row as a read would give it (its JSON parsed back from what was sent).
  const parsed = { reported: reported === null ? null : (JSON.parse(reported) as unknown), facts: JSON.parse(facts) as unknown, deadlines: JSON.parse(deadlines) as unknown };
  return { ...v, ...parsed, receiptNumber: rows[0]!.receiptNumber, registerNumber: null, assigneeId: null, duplicateOfId: null, remindedDueAt: null, noticesOwed: false, version: 1, createdAt, updatedAt: createdAt };
}
