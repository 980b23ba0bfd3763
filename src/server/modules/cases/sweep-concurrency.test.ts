// Two deadline sweeps at once (several nodes each run one, docs/operations.md) must not claim the
// same case: each case is marked overdue, audited and reminded once. One sweep's claim is held open
// while the other's runs, as two nodes overlap. On PostgreSQL the second claim then waits on the
// rows the first locked; PGlite runs one transaction at a time, so there the second simply comes
// after (CI runs this file on both).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Executor } from '../../db/client.js';
import { buildApp } from '../../http/app.js';
import { makeDeps } from '../../http/deps.js';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn } from '../../test/factories.js';
import { isolatedDatabase, testConfig } from '../../test/harness.js';
import { claimOverdue, claimReminders, type CaseRow } from './cases.repository.js';

// A database of its own: a claim takes every office's cases, and other test files sweep too.
let db: Database;
let ids: string[] = [];
const CASES = 12;

beforeAll(async () => {
  db = await isolatedDatabase();
  await db.db.execute(sql`insert into regions (code, name, level, parent_code, time_zone, search_name)
    values ('36', 'Banten', 1, null, 'WIB', 'banten'), ('36.73', 'Kota Serang', 2, '36', 'WIB', 'kota serang')`);
  const received = new Date('2024-11-10T03:00:00Z'); // kajian awal due 12 Nov 23:59:59 WIB
  const app = await buildApp(makeDeps({ db: db.db, config: testConfig(), now: () => received }));
  await app.ready();
  try {
    const staff = await signIn(app, await makeUser(db.db, { office: await makeOffice(db.db, { regionCode: '36.73' }), role: 'penanganan' }), received);
    for (let i = 0; i < CASES; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
      expect(res.statusCode, res.body).toBe(201);
      ids.push(res.json().id as string);
    }
  } finally {
    await app.close();
  }
  ids = ids.sort();
});
afterAll(() => db?.close());

/**
 * Claims in a transaction held open a while, and, once it has claimed, a second claim outside it.
 * Returns the ids each took.
 */
async function overlapping(claim: (ex: Executor) => Promise<CaseRow[]>) {
  let claimed!: () => void;
  const firstHasClaimed = new Promise<void>((resolve) => (claimed = resolve));
  const first = db.db.transaction(async (tx) => {
    const rows = await claim(tx);
    claimed();
    await new Promise((resolve) => setTimeout(resolve, 300)); // the second runs meanwhile
    return rows;
  });
  await Promise.race([firstHasClaimed, first]); // (a failed claim ends the test, not a hang)
  const second = claim(db.db);
  const [a, b] = await Promise.all([first, second]);
  return { first: a.map((r) => r.id).sort(), second: b.map((r) => r.id).sort() };
}

describe('two sweeps at once', () => {
  it('never claim the same reminder', async () => {
    const now = new Date('2024-11-12T02:00:00Z'); // due the same day
    const windowEnd = new Date(now.getTime() + 24 * 3_600_000);
    const { first, second } = await overlapping((ex) => claimReminders(ex, now, windowEnd, 1000));
    expect(first).toEqual(ids);
    expect(second).toEqual([]);
  });

  it('never mark the same case overdue twice', async () => {
    const now = new Date('2024-11-13T02:00:00Z'); // past 12 Nov 23:59:59 WIB
    const { first, second } = await overlapping((ex) => claimOverdue(ex, now, 1000));
    expect(first).toEqual(ids);
    expect(second).toEqual([]);
  });

  it('share the work when each takes a batch: no case twice, none left', async () => {
    // Reminded again for a moved deadline: the claims are reset, then two sweeps take 5 at a time.
    await db.db.execute(sql`update cases set reminded_due_at = null`);
    const now = new Date('2024-11-12T02:00:00Z');
    const windowEnd = new Date(now.getTime() + 24 * 3_600_000);
    const { first, second } = await overlapping((ex) => claimReminders(ex, now, windowEnd, 5));
    expect(first).toHaveLength(5);
    expect(second.filter((id) => first.includes(id))).toEqual([]);
    const rest = (await claimReminders(db.db, now, windowEnd, 1000)).map((r) => r.id);
    expect([...first, ...second, ...rest].sort()).toEqual(ids);
  });
});
