// What the installation keeps for itself: the hash-chained audit log, one-off facts, the holiday
// calendar, the rate limiter's counters, the data keys and the number sequences.
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

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
