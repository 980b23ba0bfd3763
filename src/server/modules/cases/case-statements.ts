// The statements of the hot path, in plain SQL (decision 010): a case read through the caller's
// scope with everything its page shows; a transition written with its audit row in one statement
// (the intake's statements are in intake-statements.ts). A transition is therefore
// two round trips (the session with the case read, then the write) and holds the case and
// audit-head locks only inside the database, never across the app's event loop.
import { getTableColumns } from 'drizzle-orm';
import type { RegionScope } from '../../../core/regions/region-code.js';
import { rawQuery, type Executor } from '../../db/client.js';
import { cases } from '../../db/schema.js';
import { auditAppendCtes, auditAppendParams, auditPlaceholders, type AuditDraft } from '../audit/audit.repository.js';
import type { CaseRow } from './cases.repository.js';
import type { DocumentDelivery } from './record-delivery.js';
import { liveSessionActorSql, type SessionActorRow } from '../auth/sessions.repository.js';
import { drawNumberCtes, drawNumberParams, withDrawnNumber, type DrawnNumber } from './sequences.repository.js';
import { actionKeySql, type KeyClaim } from './idempotency-keys.js';

/** `alias."column" as "field"` for every column of cases, so raw rows have CaseRow's shape. */
const caseColumns = (alias: string) =>
  Object.entries(getTableColumns(cases))
    .map(([field, column]) => `${alias}."${column.name}" as "${field}"`)
    .join(', ');

const isoUtc = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export type CaseExtras = {
  office: { id: string; name: string; regionCode: string | null };
  evidence: { id: string; label: string; mediaType: string; sizeBytes: number; sha256: string; sourceUrl: string | null; capturedAt: string | null; createdAt: string }[];
  documents: { id: string; kind: string; number: string; version: number; sha256: string; personalData: boolean; notices?: string[]; emailedAt?: string | null; deliveries?: DocumentDelivery[] | null; createdAt: string }[];
  notes: { id: string; authorId: string; body: string; createdAt: string }[];
  hasReporter: boolean;
};

/** The case's columns and what its page shows (office, evidence, documents, notes), for `cases c`. */
const CASE_PAGE_COLUMNS = `${caseColumns('c')},
      (select json_build_object('id', o.id, 'name', o.name, 'regionCode', o.region_code) from offices o where o.id = c.office_id) as "x_office",
      coalesce((select json_agg(json_build_object('id', e.id, 'label', e.label, 'mediaType', e.media_type, 'sizeBytes', e.size_bytes, 'sha256', e.sha256,
          'sourceUrl', e.source_url, 'capturedAt', ${isoUtc('e.captured_at')}, 'createdAt', ${isoUtc('e.created_at')}) order by e.created_at)
        from evidence e where e.case_id = c.id), '[]') as "x_evidence",
      coalesce((select json_agg(json_build_object('id', d.id, 'kind', d.kind, 'number', d.number, 'version', d.version, 'sha256', d.sha256,
          'personalData', d.personal_data, 'notices', d.notices, 'emailedAt', ${isoUtc('d.emailed_at')}, 'deliveries', d.deliveries, 'createdAt', ${isoUtc('d.created_at')}) order by d.kind, d.version)
        from documents d where d.case_id = c.id), '[]') as "x_documents",
      coalesce((select json_agg(json_build_object('id', n.id, 'authorId', n.author_id, 'body', n.body, 'createdAt', ${isoUtc('n.created_at')}) order by n.created_at)
        from case_notes n where n.case_id = c.id), '[]') as "x_notes",
      exists (select 1 from case_reporters r where r.case_id = c.id) as "x_hasReporter"`;

/**
 * `cases c` within `scope` (an SQL text expression; null: national, everything): the same index
 * range as caseScopeFilter, [scope, scope || '/') on the column's "C" collation.
 */
const inScope = (scope: string) =>
  `(${scope} is null or (c.region_code >= ${scope} collate "C" and c.region_code < (${scope} || '/') collate "C"))`;

const READ_WITH_EXTRAS = {
  name: 'case_read_with_extras',
  text: `select ${CASE_PAGE_COLUMNS}
    from cases c
    where c.id = $1::uuid and ${inScope('$2::text')}`,
};

// The session (with its user and office) and, through that office's scope, the case: the scope is
// taken from the office row in the statement itself.
const READ_WITH_SESSION = {
  name: 'case_read_with_session',
  text: `with a as (${liveSessionActorSql('$1', '$2')})
    select row_to_json(a) as "x_session", p.*
    from a left join lateral (
      select ${CASE_PAGE_COLUMNS}
      from cases c
      where c.id = $3::uuid and ${inScope('a."officeRegionCode"')}
    ) p on true`,
};

type ReadRow = CaseRow & { x_office: CaseExtras['office']; x_evidence: CaseExtras['evidence']; x_documents: CaseExtras['documents']; x_notes: CaseExtras['notes']; x_hasReporter: boolean };
export type CaseWithExtras = { row: CaseRow; extras: CaseExtras };

function splitRead(r: ReadRow): CaseWithExtras {
  const { x_office, x_evidence, x_documents, x_notes, x_hasReporter, ...row } = r;
  return { row, extras: { office: x_office, evidence: x_evidence, documents: x_documents, notes: x_notes, hasReporter: x_hasReporter } };
}

/** The case (if the scope covers it: same range as caseScopeFilter) and what its page shows. */
export async function readCaseWithExtras(db: Executor, scope: RegionScope, id: string): Promise<CaseWithExtras | undefined> {
  const [r] = await rawQuery<ReadRow>(db, READ_WITH_EXTRAS, [id, scope]);
  return r && splitRead(r);
}

/**
 * The live session `sessionId` names and, if that session's office covers it, the case with its
 * page, in one round trip. No session: nothing is read.
 */
export async function readCaseWithSession(
  db: Executor,
  sessionId: string | null,
  now: Date,
  id: string,
): Promise<{ session: SessionActorRow | undefined; found: CaseWithExtras | undefined }> {
  if (sessionId === null) return { session: undefined, found: undefined };
  const [r] = await rawQuery<ReadRow & { x_session: SessionActorRow }>(db, READ_WITH_SESSION, [sessionId, now.toISOString(), id]);
  if (!r) return { session: undefined, found: undefined };
  const { x_session, ...rest } = r;
  return { session: x_session, found: rest.id === null ? undefined : splitRead(rest) };
}

const LOCK_CASE = { name: 'case_lock', text: 'select 1 from cases where id = $1::uuid for update' };

/** Locks the case row until the transaction ends (the fallback when optimistic writes collide). */
export async function lockCase(tx: Executor, id: string): Promise<void> {
  await rawQuery(tx, LOCK_CASE, [id]);
}

/** The columns derivedColumns computes from a record (persist-case.ts). */
export type Derived = {
  state: string;
  facts: unknown;
  deadlines: unknown;
  deadlinesCalendar: string;
  nextDueAt: Date | null;
  overdue: boolean;
  open: boolean;
};

export type TransitionWrite = {
  id: string;
  /** the version read: the write happens only if nobody changed the case since */
  version: number;
  values: Derived & {
    registerNumber: string | null;
    officeId: string;
    regionCode: string;
    duplicateOfId: string | null;
  };
  updatedAt: Date;
  audit: AuditDraft;
  /** the transition added a notice whose letter Netra makes: the case now owes one (cases.notices_owed) */
  owesNewNotice: boolean;
};

const audit = auditPlaceholders(3);

/**
 * A write decided on cached data: the session as the process has it cached (decision 011). `list`:
 * also count what the case page lists, to answer with the page; a receipt (`Prefer: return=minimal`)
 * does not need it (decision 016).
 */
export type Confirm = { session: SessionActorRow; now: Date; list: boolean };

// The confirmed write's parameters after the transition's own ($26 on, or $30 on with a number):
// the session as cached, the time, and the office scope.
// Each session field compared, with its SQL type.
const CONFIRM_TYPES = {
  csrfToken: 'text', userId: 'uuid', username: 'text', displayName: 'text', role: 'text', totpEnabled: 'boolean', officeId: 'uuid', officeKind: 'text',
} as const satisfies Partial<Record<keyof SessionActorRow, string>>;
const CONFIRM_FIELDS = Object.keys(CONFIRM_TYPES) as (keyof typeof CONFIRM_TYPES)[];

/**
 * True only if the session is still live, its user active, and everything the decision and its
 * audit row took from it unchanged, and if the case lies within that office's scope.
 */
function confirmSql(first: number): string {
  const p = (i: number) => `$${first + i}`;
  const same = CONFIRM_FIELDS.map((f, i) => `a."${f}" = ${p(2 + i)}::${CONFIRM_TYPES[f]}`).join(' and ');
  const scope = p(2 + CONFIRM_FIELDS.length);
  return `exists (select 1 from (${liveSessionActorSql(p(0), p(1))}) a
      where ${same} and a."officeRegionCode" is not distinct from ${scope}::text)
    and ${inScope(`${scope}::text`)}`;
}

function confirmParams(c: Confirm): unknown[] {
  return [c.session.sessionId, c.now.toISOString(), ...CONFIRM_FIELDS.map((f) => c.session[f]), c.session.officeRegionCode];
}

// The case row first (updated only if still at the version read: under READ COMMITTED a
// concurrent change makes the update re-check the version and match nothing), the audit head
// last: the head's lock, which every audited change queues on, is held for the audit insert and
// the commit only. Should the head be missing (its deletion is refused by a trigger), the division
// by zero aborts the whole statement rather than let a change commit without its audit row.
function writeTransitionText(numbered: boolean, confirmed: boolean, list: boolean, keyed = false): string {
  // With a register number drawn, the row is locked first (`cur`) so the counter moves on only if
  // the version still holds; the number goes into the register column, the record and the audit
  // row in place of the marker ($19).
  const n = (text: string) => (numbered ? withDrawnNumber(text, '$19') : text);
  const auditParams = numbered ? { ...audit, middle: n(audit.middle), summary: n(audit.summary) } : audit;
  const set = `state = $13::text, facts = ${n('$14')}::jsonb, deadlines = $15::jsonb, next_due_at = $16::timestamptz, overdue = $17::boolean,
        open = $18::boolean, register_number = ${numbered ? '(select n from num)' : '$19::text'}, office_id = $20::uuid, region_code = $21::text, duplicate_of_id = $22::uuid,
        deadlines_calendar = $24::text, version = c.version + 1, updated_at = $23::timestamptz,
        notices_owed = c.notices_owed or $25::boolean`;
  // A confirmed write (decided on cached data) also checks the session and the scope, and, for an
  // answer with the case page, returns what the page lists, counted, so a page is never built from
  // a stale list.
  // A keyed action (decision 018) writes only if its Idempotency-Key is unclaimed, and claims it
  // when it writes: its last two parameters, after the number's and the confirmation's.
  const keyAt = 26 + (numbered ? 4 : 0) + (confirmed ? 11 : 0);
  const key = keyed ? actionKeySql({ key: `$${keyAt}`, request: `$${keyAt + 1}`, caseId: '$1', at: '$23' }, 'upd') : undefined;
  const confirm = (confirmed ? ` and ${confirmSql(numbered ? 30 : 26)}` : '') + (key ? ` and ${key.unclaimed}` : '');
  const update = numbered
    ? `cur as (select id from cases c where c.id = $1::uuid and c.version = $2::int${confirm} for update),
    ${drawNumberCtes({ key: '$26', prefix: '$27', width: '$28', suffix: '$29' }, 'cur')},
    upd as (update cases c set ${set} from cur where c.id = cur.id returning c.version, c.updated_at, c.register_number)`
    : `upd as (update cases c set ${set} where c.id = $1::uuid and c.version = $2::int${confirm} returning c.version, c.updated_at, c.register_number)`;
  const listed = confirmed && list
    ? `, json_build_object('officeName', (select o.name from offices o where o.id = $20::uuid),
        'evidence', (select count(*) from evidence e where e.case_id = $1::uuid), 'documents', (select count(*) from documents d where d.case_id = $1::uuid),
        'documentsChangedAt', (select ${isoUtc("greatest(max(d.emailed_at), max((select max((x->>'recordedAt')::timestamptz) from jsonb_array_elements(d.deliveries) x)))")} from documents d where d.case_id = $1::uuid),
        'notes', (select count(*) from case_notes n where n.case_id = $1::uuid), 'hasReporter', exists (select 1 from case_reporters r where r.case_id = $1::uuid)) as "listed"`
    : '';
  return `with ${update},${key ? `
    ${key.claim},` : ''}
    ${auditAppendCtes(auditParams, 'upd')}
    select upd.version, upd.updated_at as "updatedAt", upd.register_number as "registerNumber", 1 / (select count(*)::int from audit_row) as audited${listed} from upd`;
}

/** The write's variants, each a named statement prepared once per connection: numbered, confirmed (and listed), keyed. */
const WRITE_TRANSITION = new Map<string, { name: string; text: string }>();

function transitionStatement(numbered: boolean, confirm: Confirm | undefined, keyed: boolean) {
  const variant = [numbered && 'numbered', confirm && 'confirmed', confirm?.list && 'listed', keyed && 'keyed'].filter(Boolean).join('_');
  let statement = WRITE_TRANSITION.get(variant);
  if (!statement) WRITE_TRANSITION.set(variant, (statement = { name: `case_write_transition${variant ? `_${variant}` : ''}`, text: writeTransitionText(numbered, !!confirm, !!confirm?.list, keyed) }));
  return statement;
}

/** What the case page lists, as counted by a confirmed write (and when a document was last e-mailed or delivered, which changes no count). */
export type Listed = { officeName: string | null; evidence: number; documents: number; documentsChangedAt: string | null; notes: number; hasReporter: boolean };

/** The latest time a document of the page was e-mailed or had its delivery recorded (null: never): changes no count shows. */
function lastChanged(documents: CaseExtras['documents']): string | null {
  let last: string | null = null;
  for (const d of documents) {
    for (const at of [d.emailedAt, ...(d.deliveries ?? []).map((x) => x.recordedAt)]) if (at && (last === null || at > last)) last = at;
  }
  return last;
}

/** Whether `extras` still lists what the database counted. */
export function listsTheSame(extras: CaseExtras, listed: Listed): boolean {
  return (
    extras.office.name === listed.officeName &&
    extras.evidence.length === Number(listed.evidence) &&
    extras.documents.length === Number(listed.documents) &&
    lastChanged(extras.documents) === (listed.documentsChangedAt ?? null) &&
    extras.notes.length === Number(listed.notes) &&
    extras.hasReporter === listed.hasReporter
  );
}

/**
 * Writes a transition and its audit row in one statement, if the case is still at the version
 * read (optimistic: `undefined` means someone else changed it first; read again and decide again).
 * With `number`, the statement also draws the register number (only if the version still holds,
 * so a stale write draws none); the values carry its marker. With `confirm` (a decision taken on
 * cached data), it writes only if the session and the scope still hold too, and (with
 * `confirm.list`) counts what the case page lists. Inside a transaction the same statement joins it (delegation, linked cases, the
 * locked retry).
 */
export async function writeTransition(
  ex: Executor,
  before: CaseRow,
  w: TransitionWrite,
  number?: DrawnNumber,
  confirm?: Confirm,
  key?: KeyClaim,
): Promise<{ row: CaseRow; listed: Listed | undefined } | undefined> {
  const v = w.values;
  const facts = JSON.stringify(v.facts);
  const deadlines = JSON.stringify(v.deadlines);
  const params = [
    w.id,
    w.version,
    ...auditAppendParams(w.audit),
    v.state,
    facts,
    deadlines,
    v.nextDueAt?.toISOString() ?? null,
    v.overdue,
    v.open,
    number ? number.marker : v.registerNumber,
    v.officeId,
    v.regionCode,
    v.duplicateOfId,
    w.updatedAt.toISOString(),
    v.deadlinesCalendar,
    w.owesNewNotice,
    ...(number ? drawNumberParams(number) : []),
    ...(confirm ? confirmParams(confirm) : []),
    ...(key ? [key.keyHash, key.requestHash] : []),
  ];
  const statement = transitionStatement(!!number, confirm, !!key);
  const [row] = await rawQuery<{ version: number; updatedAt: Date; registerNumber: string | null; listed?: Listed }>(ex, statement, params);
  if (!row) return undefined;
  // Only the new version (and a drawn number) come back: the rest of the row is what was just sent.
  // The record and deadlines are plain JSON values (strings, numbers, booleans, null, arrays and
  // objects, no undefined), so the objects sent are what a read would give; the next action decides
  // on them and never changes them in place (apply-action.ts).
  const written = { ...before, ...v, noticesOwed: before.noticesOwed || w.owesNewNotice, version: row.version, updatedAt: new Date(row.updatedAt) };
  if (!number) return { row: written, listed: row.listed };
  const drawn = row.registerNumber;
  if (drawn === null) throw new Error('the register number was not drawn');
  return { row: { ...written, registerNumber: drawn, facts: JSON.parse(facts.split(number.marker).join(drawn)) as unknown }, listed: row.listed };
}
