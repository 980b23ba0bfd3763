// Who sees which audit rows: an office sees its region and everything below it, never a sibling,
// a parent or a neighbour whose code merely starts the same way.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { isolatedDatabase } from '../../test/harness.js';
import { appendAudit } from './append-audit.js';
import { listAudit } from './audit.repository.js';

let database: Database;
// '36.7' and '36.730' start like 36.73 without being inside it.
const REGIONS = ['36', '36.73', '36.73.01', '36.73.01.1001', '36.72', '36.7', '36.730', '31.71', null];

beforeAll(async () => {
  database = await isolatedDatabase();
  for (const regionCode of REGIONS) {
    await appendAudit(database.db, { at: new Date(), actor: { id: null, label: 'uji' }, action: 'test.scope', entityType: 'test', regionCode, summary: {} });
  }
});
afterAll(() => database.close());

const seen = async (scope: string | null) => (await listAudit(database.db, { scope, limit: 100 })).map((r) => r.regionCode).sort();

describe('audit rows by scope', () => {
  it('a regency/city sees itself and below', async () => {
    expect(await seen('36.73')).toEqual(['36.73', '36.73.01', '36.73.01.1001']);
  });

  it('a province sees all of its regions, not its neighbour', async () => {
    expect(await seen('36')).toEqual(['36', '36.7', '36.72', '36.73', '36.73.01', '36.73.01.1001', '36.730']);
  });

  it('a district sees only itself and its villages', async () => {
    expect(await seen('36.73.01')).toEqual(['36.73.01', '36.73.01.1001']);
  });

  it('a national office sees every row, the ones without a region too', async () => {
    expect(await seen(null)).toHaveLength(REGIONS.length);
  });
});
