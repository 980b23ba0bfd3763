// Where Netra works and who works in it: the Kemendagri regions, the Bawaslu offices, their users
// and their sessions.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.js';

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
