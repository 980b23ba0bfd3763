// The cases and what belongs to each: the sealed reporter and contacts, evidence, documents and
// internal notes.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';
import { offices } from './organisation.js';

/**
 * A case: one identity from intake (laporan, temuan, informasi awal) to forwarding, kept through
 * delegation (pelimpahan). `regionCode` is the handling office's region: jurisdiction filters on it.
 * Workflow facts that the state machine reads live in `facts` (JSONB next to typed core columns).
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    regionCode: text('region_code').notNull(),
    kind: text('kind').notNull(),
    regime: text('regime').notNull(),
    state: text('state').notNull(),
    receiptNumber: text('receipt_number').notNull(),
    registerNumber: text('register_number'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    knownOn: text('known_on'),
    occurredOn: text('occurred_on'),
    eventRegionCode: text('event_region_code'),
    eventPlace: text('event_place'),
    summary: text('summary').notNull(),
    /** reported party: name, NIP, agency, position, kind (PNS / PPPK / lainnya) */
    reported: jsonb('reported'),
    reportedAgency: text('reported_agency'),
    assigneeId: uuid('assignee_id'),
    duplicateOfId: uuid('duplicate_of_id'),
    facts: jsonb('facts').notNull(),
    /** computed deadlines of the case (law engine output), recomputed when the calendar changes */
    deadlines: jsonb('deadlines').notNull(),
    /** fingerprint of the calendar the deadlines were computed with (reused only while it is current) */
    deadlinesCalendar: text('deadlines_calendar'),
    /** the earliest open deadline, for the deadline board and the sweep */
    nextDueAt: timestamp('next_due_at', { withTimezone: true }),
    overdue: boolean('overdue').notNull().default(false),
    /** the due instant a reminder was last sent for (a new deadline gets a new reminder) */
    remindedDueAt: timestamp('reminded_due_at', { withTimezone: true }),
    open: boolean('open').notNull().default(true),
    /** A notice the law required (facts.notices) has no letter yet: set by a transition that owes one, recomputed when a document is made. */
    noticesOwed: boolean('notices_owed').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_receipt_uq').on(t.receiptNumber),
    // Also the index for lookups by office (its leading column); no separate office index, since
    // every index costs each transition that changes an indexed column (bench/README.md).
    uniqueIndex('cases_register_uq').on(t.officeId, t.registerNumber),
    index('cases_inbox_idx').on(t.regionCode, t.state, t.receivedAt),
    // Newest first (the default inbox order) with the filters in the key: scope, state and open
    // are checked in the index and only the rows shown are read (bench/README.md, 1M cases).
    index('cases_received_idx').on(t.receivedAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.regionCode, t.state, t.open),
    // sort=due&open=true, the deadline board and the overdue sweep.
    index('cases_open_due_idx').on(t.nextDueAt, t.receivedAt, t.regionCode).where(sql`${t.open}`),
    // The inbox total with a state filter (several states at once): only the matching entries are
    // counted, whatever the region (bench/README.md, 1M cases).
    index('cases_state_region_idx').on(t.state, t.regionCode),
    // The same civil servant's other cases, by the terlapor's NIP (the case page's "other cases"
    // and ?nip= of the inbox). One more entry per transition for cases with a NIP (bench/README.md).
    index('cases_reported_nip_idx').on(sql`(${t.reported}->>'nip')`).where(sql`(${t.reported}->>'nip') is not null`),
    // The cases owing a notice letter (the inbox's ?notices=belum, the console's count): few, by area.
    index('cases_notices_owed_idx').on(t.regionCode, t.receivedAt).where(sql`${t.noticesOwed}`),
  ],
);

/**
 * Reporter identity: personal data (UU 27/2022), kept apart from the case, shown only to roles that
 * need it, and every read is written to the audit log.
 */
export const caseReporters = pgTable(
  'case_reporters',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    /** sealed (decision 013): "v1.…" text, see crypto/sealed-data.ts */
    identity: text('identity').notNull(),
    createdAt: createdAt(),
  },
  // Rows still in plaintext (from before migration 0013), for start-up to find without reading
  // every identity; empty once they are sealed, and sealed rows never enter it.
  (t) => [index('case_reporters_unsealed_idx').on(t.caseId).where(sql`identity not like 'v1.%'`)],
);

/**
 * The address and phone of each saksi and of the terlapor as given at intake (decision 008), kept
 * out of the case record: one row per case that gave any, written with the case.
 */
export const caseContacts = pgTable(
  'case_contacts',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id),
    /** sealed (decision 013): "v1.…" text of PartyContacts JSON */
    contacts: text('contacts').notNull(),
    createdAt: createdAt(),
  },
  // Rows moved out of older cases by migration 0017 in plaintext, until start-up seals them.
  (t) => [index('case_contacts_unsealed_idx').on(t.caseId).where(sql`contacts not like 'v1.%'`)],
);

export const evidence = pgTable(
  'evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    label: text('label').notNull(),
    /** for a social-media post: the URL, when it was captured, and the stored copy of what was seen */
    sourceUrl: text('source_url'),
    capturedAt: timestamp('captured_at', { withTimezone: true }),
    uploadedBy: uuid('uploaded_by'),
    createdAt: createdAt(),
  },
  (t) => [index('evidence_case_idx').on(t.caseId), index('evidence_sha_idx').on(t.sha256)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    version: integer('version').notNull(),
    sha256: text('sha256').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** It prints the pelapor's identity or name: read like the identity itself (decision 008). */
    personalData: boolean('personal_data').notNull().default(false),
    /** The personal data it prints is a saksi's address (an invitation): read like the contacts. */
    printsContacts: boolean('prints_contacts').notNull().default(false),
    /** The ids of the notices owed by the case (its record's `notices`) this document carries. */
    notices: jsonb('notices').notNull().default([]),
    /** The case state a status notice announced when it was made (the public board shows it). */
    announcesState: text('announces_state'),
    /** When a letter to the pelapor was last sent to their e-mail address. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    /**
     * A letter's deliveries as staff recorded them, the latest for each addressee:
     * [{ to, method, deliveredOn, note, recordedAt, recordedBy }]. `to` is the party (pelapor,
     * terlapor…) for a letter that carries notices to several; null: the letter's one addressee.
     */
    deliveries: jsonb('deliveries').notNull().default([]),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('documents_case_kind_version_uq').on(t.caseId, t.kind, t.version)],
);

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId)],
);
