// The database schema (PostgreSQL dialect; runs on PostgreSQL 15 and on embedded PGlite).
// Migrations in ./migrations are generated from this file by `npm run db:generate`.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Kemendagri regions: 38 provinces, 514 regencies/cities, 7,277 districts, 83,763 villages. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    /** 1 provinsi, 2 kabupaten/kota, 3 kecamatan, 4 kelurahan/desa */
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    timeZone: text('time_zone').notNull(),
    /** lower-cased name for search */
    searchName: text('search_name').notNull(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_search_idx').on(t.searchName),
  ],
);

export const offices = pgTable(
  'offices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** stable slug used in demo user names, e.g. "kota-serang" */
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** null for national offices (Bawaslu RI, BKN) */
    regionCode: text('region_code').references(() => regions.code),
    parentId: uuid('parent_id'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    /** the Ketua (chair), who signs the office's outgoing letters; the letters leave a line when unset */
    headName: text('head_name'),
    /** members (anggota) who sit in the office's plenary: UU 7/2017 arts 92 and 131 set 3, 5 or 7 */
    memberCount: integer('member_count'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('offices_code_uq').on(t.code), index('offices_region_idx').on(t.regionCode)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    role: text('role').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** sealed (decision 013): "v1.…" text, see crypto/sealed-data.ts */
    totpSecret: text('totp_secret'),
    totpEnabled: boolean('totp_enabled').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(sql`lower(${t.username})`), index('users_office_idx').on(t.officeId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the session token; the token itself is only in the cookie */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Append-only, hash-chained audit log. Each row's hash covers its content and the previous
 * row's hash; `audit_head` keeps the last id and hash so that deleting the newest rows is seen too.
 * A trigger refuses UPDATE and DELETE (see the migration).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    officeId: uuid('office_id'),
    regionCode: text('region_code'),
    summary: jsonb('summary').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entityType, t.entityId), index('audit_region_idx').on(t.regionCode)],
);

export const auditHead = pgTable('audit_head', {
  singleton: smallint('singleton').primaryKey().default(1),
  lastId: bigint('last_id', { mode: 'number' }).notNull(),
  lastHash: text('last_hash').notNull(),
  /** the hash before the last append: the appended row's prev_hash (set by the append statement) */
  priorHash: text('prior_hash'),
});

/**
 * Key/value of one-off facts about this installation (e.g. when regions were loaded), and the
 * blob key sealed under the data key (decision 014).
 */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The official calendar of non-working days, seeded from the SKB lists in core/law and then
 * maintained by administrators. A change recomputes the deadlines of open cases.
 */
export const calendarEntries = pgTable(
  'calendar_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** local date YYYY-MM-DD (the same date nationwide) */
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    nameId: text('name_id').notNull(),
    nameEn: text('name_en').notNull(),
    source: text('source').notNull(),
    provisional: boolean('provisional').notNull().default(false),
    note: text('note'),
    /** 'seed' for rows from the official table in core/law, 'admin' for rows added or edited here */
    origin: text('origin').notNull().default('seed'),
    /** a tombstone: an administrator removed this day (kept so the seed does not bring it back) */
    removed: boolean('removed').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('calendar_entries_date_kind_uq').on(t.date, t.kind), index('calendar_entries_date_idx').on(t.date)],
);

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

/**
 * Intakes sent with an `Idempotency-Key`: the same request sent again (its answer lost to the
 * network, a second click, the field app's sync) gets the case the first one made, not a second
 * case. The key is stored hashed with the sender's user id, never as sent, with a hash of the
 * request; rows are removed a day later by the sweep. The foreign key is checked at commit: the
 * key is claimed before the case is written, in one transaction.
 */
export const intakeKeys = pgTable(
  'intake_keys',
  {
    keyHash: text('key_hash').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    requestHash: text('request_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('intake_keys_created_idx').on(t.createdAt)],
);

/**
 * Documents made with an `Idempotency-Key`, as intake_keys: a document asked for again (its answer
 * lost, a second click) is the one already made, not a second letter with the next number of the
 * office's register. Claimed before the document is written, in one transaction (the foreign key
 * is checked at commit); removed a day later by the sweep.
 */
export const documentKeys = pgTable(
  'document_keys',
  {
    keyHash: text('key_hash').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    requestHash: text('request_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('document_keys_created_idx').on(t.createdAt)],
);

/**
 * Request counters of the rate limiter (http/rate-limit-store.ts), shared by every server process:
 * the key is an HMAC of the client address and the route, never the address itself.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    hits: integer('hits').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limits_expires_idx').on(t.expiresAt)],
);

/**
 * The keys personal data is stored sealed under (decision 013), by key id: start-up adds its key
 * and removes a previous key once nothing stored is sealed under it any more, so a start without a
 * key still in use is refused instead of leaving data that no longer opens.
 */
export const dataKeys = pgTable('data_keys', {
  keyId: text('key_id').primaryKey(),
  createdAt: createdAt(),
});

/**
 * Gapless sequences (receipt and register numbers) per office, kind and year: the counter row is
 * incremented inside the transaction that uses the number, so a rollback returns it.
 */
export const counters = pgTable('counters', {
  key: text('key').primaryKey(),
  value: integer('value').notNull(),
});

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

/** Internal notes sent with an `Idempotency-Key`, as document_keys: a note sent again after a lost answer is the note written. */
export const noteKeys = pgTable(
  'note_keys',
  {
    keyHash: text('key_hash').primaryKey(),
    noteId: uuid('note_id')
      .notNull()
      .references(() => caseNotes.id),
    requestHash: text('request_hash').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('note_keys_created_idx').on(t.createdAt)],
);
