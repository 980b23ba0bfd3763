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
});

/** Key/value of one-off facts about this installation (e.g. when regions were loaded). */
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
