// Every query of cases. Methods that read for a caller take its region scope: a case belongs to
// the region of the office handling it, and a foreign case is never loaded.
import { and, asc, count, desc, eq, gte, ilike, inArray, lt, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { rawQuery, rowsOf, type Executor } from '../../db/client.js';
import { noticesWithLetters } from '../../../core/cases/notices.js';
import { caseContacts, caseNotes, caseReporters, cases, documents, evidence, users } from '../../db/schema.js';
import type { RegionScope } from '../../../core/regions/region-code.js';
import { contactsContext, openStored, reporterContext, type Sealer } from '../../crypto/sealed-data.js';
import type { PartyContacts } from '../../../core/cases/index.js';

export type CaseRow = typeof cases.$inferSelect;

/** The inbox counts up to this many; a total of TOTAL_CAP + 1 means "more than TOTAL_CAP". */
export const TOTAL_CAP = 1000;

export function caseScopeFilter(scope: RegionScope): SQL | undefined {
  if (scope === null) return undefined;
  // The region and everything below it as one index range: codes are digits and dots and the
  // column collates "C" (migration 0006), so [scope, scope + '/') is exactly scope and scope.*.
  return and(gte(cases.regionCode, scope), lt(cases.regionCode, `${scope}/`));
}

export async function insertCase(db: Executor, values: typeof cases.$inferInsert): Promise<CaseRow> {
  const [row] = await db.insert(cases).values(values).returning();
  return row!;
}

/** The reporter's identity, opened (decision 013); callers audit the read. */
export async function findReporter(db: Executor, sealer: Sealer, caseId: string): Promise<unknown | undefined> {
  const [row] = await db.select({ identity: caseReporters.identity }).from(caseReporters).where(eq(caseReporters.caseId, caseId));
  if (!row) return undefined;
  // A value not yet sealed (written before migration 0013; start-up seals those) is its JSON text.
  return JSON.parse(openStored(sealer, row.identity, reporterContext(caseId))) as unknown;
}

/**
 * The identities of several cases' reporters, opened, by case id; for withholding them from free
 * text (decision 008), never to be shown.
 */
export async function findReporters(db: Executor, sealer: Sealer, caseIds: string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  if (caseIds.length === 0) return found;
  const rows = await db.select({ caseId: caseReporters.caseId, identity: caseReporters.identity }).from(caseReporters).where(inArray(caseReporters.caseId, caseIds));
  for (const row of rows) found.set(row.caseId, JSON.parse(openStored(sealer, row.identity, reporterContext(row.caseId))) as unknown);
  return found;
}

/** The contacts of the saksi and the terlapor, opened (decision 008); callers audit the read. */
export async function findContacts(db: Executor, sealer: Sealer, caseId: string): Promise<PartyContacts | undefined> {
  const [row] = await db.select({ contacts: caseContacts.contacts }).from(caseContacts).where(eq(caseContacts.caseId, caseId));
  if (!row) return undefined;
  // Moved out of an older case by migration 0017 and not yet sealed by start-up: its JSON text.
  return JSON.parse(openStored(sealer, row.contacts, contactsContext(caseId))) as PartyContacts;
}

export async function findCaseInScope(db: Executor, scope: RegionScope, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(and(eq(cases.id, id), caseScopeFilter(scope)));
  return row;
}

/** `at`: the app's clock (deps.now()), as the audit row written with the change. */
export async function updateCase(tx: Executor, id: string, values: Partial<typeof cases.$inferInsert>, at: Date): Promise<CaseRow> {
  const [row] = await tx
    .update(cases)
    .set({ ...values, version: sql`${cases.version} + 1`, updatedAt: at })
    .where(eq(cases.id, id))
    .returning();
  return row!;
}

export type CaseListFilters = {
  scope: RegionScope;
  officeId?: string | undefined;
  states?: string[] | undefined;
  kind?: string | undefined;
  regime?: string | undefined;
  assigneeId?: string | undefined;
  agency?: string | undefined;
  q?: string | undefined;
  nip?: string | undefined;
  /**
   * open cases whose nearest deadline had passed at this instant: the rule of the list's clock
   * badge, so the two always agree (the `overdue` column waits for the next sweep)
   */
  overdueAt?: Date | undefined;
  /** open cases whose nearest deadline is still ahead of `from` and falls before `until` */
  dueWithin?: { from: Date; until: Date } | undefined;
  open?: boolean | undefined;
  /** `q` also searches the event's free text (for roles that may read the pelapor) */
  searchText?: boolean;
  /** only cases owing a notice whose letter is not made yet */
  noticesOwed?: boolean;
  sort?: 'received' | 'due';
  limit: number;
  offset: number;
};

// A notice in the record (core/cases/notices.ts) that Netra makes a letter for, and that no
// document of the case carries yet: recomputed into cases.notices_owed when a document is made
// (a transition that owes a new notice sets it in its own write).
const LETTERED = noticesWithLetters().map((n) => `('${n.notice}','${n.to}')`).join(',');
const RECOMPUTE_NOTICES_OWED = {
  name: 'case_recompute_notices_owed',
  text: `update cases c set notices_owed = exists (select 1 from jsonb_array_elements(coalesce(c.facts->'notices', '[]'::jsonb)) n
      where (n->>'notice', n->>'to') in (${LETTERED})
        and not exists (select 1 from documents d where d.case_id = c.id and d.notices ? (n->>'id')))
    where c.id = $1::uuid and c.notices_owed`,
};

const LAST_DELEGATION = {
  name: 'case_last_delegation',
  text: `select a.at, a.summary->'payload'->>'reason' as reason, f.name as "fromOffice", t.name as "toOffice"
    from audit_log a
    left join offices f on f.id = a.office_id
    left join offices t on t.id::text = a.summary->'payload'->>'toOfficeId'
    where a.entity_type = 'case' and a.entity_id = $1::text and a.action = 'case.limpahkan'
    order by a.id desc limit 1`,
};

/**
 * The case's last delegation as its audit row recorded it: the delegating office (the member's),
 * the receiving office, when and why. The audit row is the record of it: the case row itself keeps
 * only a pending delegation.
 */
export async function findLastDelegation(ex: Executor, caseId: string): Promise<{ fromOffice: string; toOffice: string; at: Date; reason: string } | null> {
  const [row] = await rawQuery<{ at: Date | string; reason: string | null; fromOffice: string | null; toOffice: string | null }>(ex, LAST_DELEGATION, [caseId]);
  if (!row?.fromOffice || !row.toOffice || !row.reason) return null;
  return { fromOffice: row.fromOffice, toOffice: row.toOffice, at: new Date(row.at), reason: row.reason };
}

/** After a document is made: whether the case still owes a notice letter (only if it did). */
export async function recomputeNoticesOwed(ex: Executor, caseId: string): Promise<void> {
  await rawQuery(ex, RECOMPUTE_NOTICES_OWED, [caseId]);
}

/** The filters of the inbox, and of its export (paging aside). */
function listWhere(f: Omit<CaseListFilters, 'limit' | 'offset' | 'sort'>): SQL | undefined {
  const where = [caseScopeFilter(f.scope)];
  if (f.officeId) where.push(eq(cases.officeId, f.officeId));
  if (f.states?.length) where.push(inArray(cases.state, f.states));
  if (f.kind) where.push(eq(cases.kind, f.kind));
  if (f.regime) where.push(eq(cases.regime, f.regime));
  if (f.assigneeId) where.push(eq(cases.assigneeId, f.assigneeId));
  if (f.agency) where.push(ilike(cases.reportedAgency, `%${f.agency.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (f.q) {
    const needle = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        // The event's free text may name the pelapor: searched only for roles that may read them,
        // or a name typed here would tell which cases mention it.
        f.searchText ? ilike(cases.summary, needle) : undefined,
        ilike(cases.receiptNumber, needle),
        ilike(cases.registerNumber, needle),
        sql`${cases.reported}->>'name' ilike ${needle}`,
        sql`${cases.reported}->>'nip' like ${needle}`,
      ),
    );
  }
  // Exactly the expression of cases_reported_nip_idx (migration 0021).
  if (f.nip) where.push(sql`(${cases.reported}->>'nip') = ${f.nip}`);
  if (f.overdueAt) where.push(eq(cases.open, true), lt(cases.nextDueAt, f.overdueAt));
  if (f.dueWithin) where.push(eq(cases.open, true), gte(cases.nextDueAt, f.dueWithin.from), lt(cases.nextDueAt, f.dueWithin.until));
  if (f.open !== undefined) where.push(eq(cases.open, f.open));
  if (f.noticesOwed) where.push(eq(cases.noticesOwed, true));
  return and(...where);
}

export async function listCases(db: Executor, f: CaseListFilters): Promise<{ rows: CaseRow[]; total: number }> {
  const where = listWhere(f);
  const order = f.sort === 'due' ? [sql`${cases.nextDueAt} asc nulls last`, asc(cases.receivedAt)] : [desc(cases.receivedAt), desc(cases.id)];
  const [rows, [totalRow]] = await Promise.all([
    db.select().from(cases).where(where).orderBy(...order).limit(f.limit).offset(f.offset),
    // An exact count of a whole region at 1M rows costs a scan: count up to TOTAL_CAP + 1 rows.
    db.select({ n: count() }).from(db.select({ one: sql`1` }).from(cases).where(where).limit(TOTAL_CAP + 1).as('capped')),
  ]);
  return { rows, total: Number(totalRow?.n ?? 0) };
}

/** Where an export stopped: the last row's received_at, as PostgreSQL wrote it (microseconds kept), and id. */
export type ExportCursor = { receivedAt: string; id: string };

/**
 * One batch of the inbox's cases as an export lists them (the filters of the list, the oldest
 * received first, as a register is kept), after `cursor`: a keyset page on cases_received_idx, so
 * that the thousandth batch costs what the first does and no connection is held between batches.
 */
export async function exportBatch(db: Executor, f: Omit<CaseListFilters, 'limit' | 'offset' | 'sort'>, cursor: ExportCursor | null, limit: number): Promise<{ rows: CaseRow[]; cursor: ExportCursor | null }> {
  const after = cursor ? sql`(${cases.receivedAt}, ${cases.id}) > (${cursor.receivedAt}::timestamptz, ${cursor.id}::uuid)` : undefined;
  const found = await db
    .select({ row: cases, key: sql<string>`${cases.receivedAt}::text` })
    .from(cases)
    .where(and(listWhere(f), after))
    .orderBy(asc(cases.receivedAt), asc(cases.id))
    .limit(limit);
  const last = found.at(-1);
  return { rows: found.map((r) => r.row), cursor: last ? { receivedAt: last.key, id: last.row.id } : null };
}

/** Open cases (any office) for recomputation after a calendar change. */
export async function listOpenCases(db: Executor): Promise<CaseRow[]> {
  return db.select().from(cases).where(and(eq(cases.open, true), sql`${cases.kind} <> 'informasi-awal'`));
}

/**
 * The case is one of the ids a locking pick chose. The pick runs once, as an array (an InitPlan):
 * as `id in (…)` the planner may run it again for each row, and each run would skip the rows the
 * update already changed and pick others, updating more than its limit.
 */
function oneOf(pick: SQLWrapper) {
  return sql`${cases.id} = any((select array_agg(p.id) from (${pick}) p)::uuid[])`;
}

/**
 * The sweep's claim: mark overdue only rows not yet marked, so a second run changes nothing. Two
 * sweeps at once (several nodes) take different rows: the rows chosen are locked, and those another
 * sweep holds are skipped; the condition is checked again on the row as it is when updated.
 */
export async function claimOverdue(db: Executor, now: Date, limit: number): Promise<CaseRow[]> {
  const becameOverdue = and(eq(cases.open, true), eq(cases.overdue, false), lt(cases.nextDueAt, now));
  return db
    .update(cases)
    .set({ overdue: true, version: sql`${cases.version} + 1` })
    .where(and(oneOf(db.select({ id: cases.id }).from(cases).where(becameOverdue).limit(limit).for('update', { skipLocked: true })), becameOverdue))
    .returning();
}

/** Open cases whose next deadline falls within the window and that were not yet reminded for it. */
function dueForReminder(now: Date, windowEnd: Date) {
  return and(eq(cases.open, true), gte(cases.nextDueAt, now), lt(cases.nextDueAt, windowEnd), sql`${cases.remindedDueAt} is distinct from ${cases.nextDueAt}`);
}

/** Whether any case is due a reminder (so the mail server is asked only when there is mail). */
export async function anyReminderDue(db: Executor, now: Date, windowEnd: Date): Promise<boolean> {
  const rows = await db.select({ id: cases.id }).from(cases).where(dueForReminder(now, windowEnd)).limit(1);
  return rows.length > 0;
}

/**
 * Cases whose next deadline falls within the window and that were not yet reminded for it, the
 * nearest `limit` (and returned nearest first); the claim sets reminded_due_at = next_due_at, so
 * each deadline is reminded once. Two sweeps at once take different rows, as in claimOverdue.
 * `skip`: cases this sweep already tried (a mail given back to be sent later, not in this sweep).
 */
export async function claimReminders(db: Executor, now: Date, windowEnd: Date, limit: number, skip: readonly string[] = []): Promise<CaseRow[]> {
  const due = skip.length > 0 ? and(dueForReminder(now, windowEnd), notInArray(cases.id, [...skip])) : dueForReminder(now, windowEnd);
  return db
    .update(cases)
    .set({ remindedDueAt: sql`${cases.nextDueAt}`, version: sql`${cases.version} + 1` })
    .where(
      and(
        oneOf(db.select({ id: cases.id }).from(cases).where(due).orderBy(asc(cases.nextDueAt)).limit(limit).for('update', { skipLocked: true })),
        dueForReminder(now, windowEnd),
      ),
    )
    .returning()
    .then((rows) => rows.sort((a, b) => (a.nextDueAt?.getTime() ?? 0) - (b.nextDueAt?.getTime() ?? 0)));
}

/** How many times a case's mail for this deadline was answered "later" (4xx other than 421). */
export async function laterFailures(db: Executor, caseId: string, due: Date): Promise<number> {
  const rows = await db.execute(sql`
    select count(*)::int as n from audit_log
    where entity_type = 'case' and entity_id = ${caseId} and action = 'case.reminder-failed'
      and summary->>'due' = ${due.toISOString()} and (summary->>'responseCode')::int between 400 and 499 and (summary->>'responseCode')::int <> 421`);
  return rowsOf<{ n: number }>(rows)[0]!.n;
}

/**
 * Gives back claims whose mail could not go out, so the next sweep reminds them again. Only a claim
 * still standing for the case's present deadline is released (a moved deadline is due a reminder
 * anyway). Returns the ids released.
 */
export async function releaseReminders(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .update(cases)
    .set({ remindedDueAt: null, version: sql`${cases.version} + 1` })
    .where(and(inArray(cases.id, ids), sql`${cases.remindedDueAt} = ${cases.nextDueAt}`))
    .returning({ id: cases.id });
  return new Set(rows.map((r) => r.id));
}

/**
 * Where the deadline groups end, seen at `now`: the inbox's deadline filters, the board and the
 * home's counts all read them. A deadline before `now` has passed; one before `today` is due
 * today (deadlines end at 23:59:59 local, so within a day from now is today's); one before `week`
 * is due within seven days.
 */
export function deadlineWindows(now: Date): { today: Date; week: Date } {
  return { today: new Date(now.getTime() + 86_400_000), week: new Date(now.getTime() + 7 * 86_400_000) };
}

/**
 * Open cases of the scope by where their nearest deadline stands at `now` (deadlineWindows):
 * passed, due today, later within seven days. One range scan of the open cases' deadline index.
 */
export async function countDeadlines(db: Executor, scope: RegionScope, now: Date): Promise<{ overdue: number; today: number; week: number }> {
  const { today: day, week } = deadlineWindows(now);
  const [row] = await db
    .select({
      overdue: sql<number>`count(*) filter (where ${cases.nextDueAt} < ${now})`.mapWith(Number),
      today: sql<number>`count(*) filter (where ${cases.nextDueAt} >= ${now} and ${cases.nextDueAt} < ${day})`.mapWith(Number),
      week: sql<number>`count(*) filter (where ${cases.nextDueAt} >= ${day})`.mapWith(Number),
    })
    .from(cases)
    .where(and(caseScopeFilter(scope), eq(cases.open, true), lt(cases.nextDueAt, week)));
  return row ?? { overdue: 0, today: 0, week: 0 };
}

/** Open cases of an office due before `until` (or already overdue), nearest first: in-app reminders. */
export async function listDueSoon(db: Executor, scope: RegionScope, until: Date, limit: number): Promise<CaseRow[]> {
  return db
    .select()
    .from(cases)
    .where(and(caseScopeFilter(scope), eq(cases.open, true), lt(cases.nextDueAt, until)))
    .orderBy(asc(cases.nextDueAt))
    .limit(limit);
}

/** Who hears about a case's deadline: its assignee, else the office's case handlers. */
export async function reminderRecipients(db: Executor, row: CaseRow): Promise<{ email: string; displayName: string }[]> {
  const where = row.assigneeId
    ? eq(users.id, row.assigneeId)
    : and(eq(users.officeId, row.officeId), inArray(users.role, ['penanganan', 'pimpinan']));
  const list = await db.select({ email: users.email, displayName: users.displayName }).from(users).where(and(where, eq(users.active, true)));
  return list.filter((u): u is { email: string; displayName: string } => !!u.email);
}

// ── notes, evidence, documents ──
export async function insertNote(db: Executor, values: typeof caseNotes.$inferInsert) {
  const [row] = await db.insert(caseNotes).values(values).returning();
  return row!;
}
export async function listNotes(db: Executor, caseId: string) {
  return db.select().from(caseNotes).where(eq(caseNotes.caseId, caseId)).orderBy(asc(caseNotes.createdAt));
}
export async function insertEvidence(db: Executor, values: typeof evidence.$inferInsert) {
  const [row] = await db.insert(evidence).values(values).returning();
  return row!;
}
export async function listEvidence(db: Executor, caseId: string) {
  return db.select().from(evidence).where(eq(evidence.caseId, caseId)).orderBy(asc(evidence.createdAt));
}
/**
 * The evidence of a case with this content, if any, after taking a lock (for the transaction) on
 * adding evidence to that case: two uploads of one file at once find each other.
 */
export async function lockEvidenceOfContent(tx: Executor, caseId: string, sha256: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`evidence:${caseId}`}, 0))`);
  const [row] = await tx.select().from(evidence).where(and(eq(evidence.caseId, caseId), eq(evidence.sha256, sha256))).orderBy(asc(evidence.createdAt)).limit(1);
  return row;
}
export async function findEvidence(db: Executor, caseId: string, id: string) {
  const [row] = await db.select().from(evidence).where(and(eq(evidence.caseId, caseId), eq(evidence.id, id)));
  return row;
}
export async function nextDocumentVersion(db: Executor, caseId: string, kind: string): Promise<number> {
  const [row] = await db.select({ v: sql<number>`coalesce(max(${documents.version}), 0)::int` }).from(documents).where(and(eq(documents.caseId, caseId), eq(documents.kind, kind)));
  return Number(row?.v ?? 0) + 1;
}
export async function insertDocument(db: Executor, values: typeof documents.$inferInsert) {
  const [row] = await db.insert(documents).values(values).returning();
  return row!;
}
/** Marks a document as sent to the pelapor's e-mail address at `at`. */
export async function markDocumentEmailed(db: Executor, caseId: string, id: string, at: Date) {
  await db.update(documents).set({ emailedAt: at }).where(and(eq(documents.caseId, caseId), eq(documents.id, id)));
}
/**
 * Keeps `delivery` as the document's latest delivery to its addressee (`delivery.to`), in place of
 * the one recorded before for the same addressee; in one statement, so two staff recording the
 * deliveries to two parties at once both keep theirs.
 */
export async function putDocumentDelivery(db: Executor, caseId: string, id: string, delivery: { to: string | null }) {
  await db
    .update(documents)
    .set({
      deliveries: sql`(select coalesce(jsonb_agg(x), '[]'::jsonb) from jsonb_array_elements(${documents.deliveries}) x where x->'to' is distinct from ${JSON.stringify(delivery.to)}::jsonb) || jsonb_build_array(${JSON.stringify(delivery)}::jsonb)`,
    })
    .where(and(eq(documents.caseId, caseId), eq(documents.id, id)));
}
export async function listDocuments(db: Executor, caseId: string) {
  return db.select().from(documents).where(eq(documents.caseId, caseId)).orderBy(asc(documents.kind), asc(documents.version));
}
export async function findDocument(db: Executor, caseId: string, id: string) {
  const [row] = await db.select().from(documents).where(and(eq(documents.caseId, caseId), eq(documents.id, id)));
  return row;
}
