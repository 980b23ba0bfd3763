// Runs once before the server suite. PGlite: builds one migrated database with the full region
// table and dumps it, so each test worker starts from a copy in ~2 s instead of loading 91,592
// regions again. PostgreSQL (DATABASE_URL set): makes a database of this run's own on that server,
// migrates it and loads the regions once, and drops it at the end, so that a second run on the
// same server starts as empty as the first (tests that count what they made do not meet the last
// run's rows).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.js';
import { createServerDatabase } from './server-database.js';
import { loadRegions } from '../modules/regions/load-regions.js';
import { seedCalendar } from '../modules/law/calendar.repository.js';
import { OFFICIAL_CALENDAR } from '../../core/law/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const databaseUrl = process.env.DATABASE_URL ?? '';
  project.provide('databaseUrl', databaseUrl);
  if (databaseUrl) {
    const run = await createServerDatabase(databaseUrl, 'netra_run');
    console.log(`[server tests] PostgreSQL: ${new URL(databaseUrl).host}, database ${run.name} (this run's own, dropped at the end)`);
    project.provide('databaseUrl', run.url);
    const db = await openDatabase({ databaseUrl: run.url });
    await db.migrate();
    await loadRegions({ db: db.db });
    await seedCalendar(db.db, OFFICIAL_CALENDAR);
    await db.close();
    project.provide('pgliteTemplate', '');
    return () => run.drop();
  }
  console.log('[server tests] PGlite (embedded); set DATABASE_URL to run against PostgreSQL');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-test-'));
  const db = await openDatabase({});
  await db.migrate();
  await loadRegions({ db: db.db });
  await seedCalendar(db.db, OFFICIAL_CALENDAR);
  const dump = await db.pglite!.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await db.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
