// The real app on a real database, one database per test worker (PGlite copy of the template, or
// the shared PostgreSQL database). Tests build their own offices and users through factories and
// never depend on each other's rows.
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type Database } from '../db/client.js';
import { buildApp } from '../http/app.js';
import type { Deps } from '../http/deps.js';

let shared: Promise<Database> | undefined;

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
  const base = loadConfig({ NETRA_DEMO: '0', NETRA_LOG_LEVEL: 'silent' });
  return { ...base, webDist: '/nonexistent', login: { ...base.login, ratePerMinute: 10_000 }, ...overrides };
}

export type TestApp = { app: FastifyInstance; deps: Deps; database: Database };

export async function testApp(opts: { config?: Partial<Config>; now?: () => Date } = {}): Promise<TestApp> {
  const database = await testDatabase();
  const deps: Deps = { db: database.db, config: testConfig(opts.config), now: opts.now ?? (() => new Date()) };
  const app = await buildApp(deps);
  await app.ready();
  return { app, deps, database };
}
