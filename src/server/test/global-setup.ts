// Runs once before the server suite. PGlite: builds one migrated database with the full region
// table and dumps it, so each test worker starts from a copy in ~2 s instead of loading 91,592
// regions again. PostgreSQL (DATABASE_URL set): migrates and loads regions once into that database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client.js';
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
    console.log(`[server tests] PostgreSQL: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
    const db = await openDatabase({ databaseUrl });
    await db.migrate();
    await loadRegions({ db: db.db });
    await seedCalendar(db.db, OFFICIAL_CALENDAR);
    await db.close();
    project.provide('pgliteTemplate', '');
    return;
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
