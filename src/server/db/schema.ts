// The database schema (PostgreSQL dialect; runs on PostgreSQL 15 and on embedded PGlite), one
// module per concept under ./schema. Migrations in ./migrations are generated from this file by
// `npm run db:generate`.
export * from './schema/organisation.js';
export * from './schema/system.js';
export * from './schema/cases.js';
export * from './schema/request-keys.js';
