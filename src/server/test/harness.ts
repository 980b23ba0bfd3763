// The real app on a real database, one database per test worker (PGlite copy of the template, or
// the shared PostgreSQL database). Tests build their own offices and users through factories and
// never depend on each other's rows.
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { buildApp } from '../http/app.js';
import { makeDeps, type Deps } from '../http/deps.js';
import { TEST_DATA_KEY } from './data-key.js';
import { createServerDatabase } from './server-database.js';

let shared: Promise<Database> | undefined;
const testBlobRoot = mkdtempSync(path.join(os.tmpdir(), 'netra-test-blobs-'));

export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    const databaseUrl = inject('databaseUrl');
    if (databaseUrl) return openDatabase({ databaseUrl, poolSize: 5 });
    const template = readFileSync(inject('pgliteTemplate'));
    return openDatabase({ loadDataDir: new Blob([template]) });
  })();
  return shared;
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  const base = loadConfig({ NETRA_DEMO: '0', NETRA_LOG_LEVEL: 'silent', NETRA_SWEEP_SECONDS: '0' });
  return { ...base, webDist: '/nonexistent', blobDir: path.join(testBlobRoot, 'blobs'), login: { ...base.login, ratePerMinute: 10_000 }, dataKey: TEST_DATA_KEY, ...overrides };
}

export type TestApp = { app: FastifyInstance; deps: Deps; database: Database };

export async function testApp(opts: { config?: Partial<Config>; now?: () => Date } = {}): Promise<TestApp> {
  const database = await testDatabase();
  const deps: Deps = makeDeps({ db: database.db, config: testConfig(opts.config), ...(opts.now ? { now: opts.now } : {}) });
  const app = await buildApp(deps);
  await app.ready();
  return { app, deps, database };
}

/**
 * A database of its own, for tests that damage data on purpose (the audit tamper tests): a fresh
 * PGlite in memory, or a new database on the PostgreSQL server, dropped at close.
 */
export async function isolatedDatabase(): Promise<Database> {
  const databaseUrl = inject('databaseUrl');
  if (!databaseUrl) {
    const db = await openDatabase({});
    await db.migrate();
    return db;
  }
  const server = await createServerDatabase(databaseUrl, 'netra_iso');
  const db = await openDatabase({ databaseUrl: server.url, poolSize: 2 });
  await db.migrate();
  return {
    ...db,
    close: async () => {
      await db.close();
      await server.drop();
    },
  };
}
