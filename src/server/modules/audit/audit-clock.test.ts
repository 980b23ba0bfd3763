// Every audit row is dated by the app's clock (deps.now()), the clock of the change it records,
// not by whatever the process's clock says: sign-in, a failed sign-in, sign-out, a new office, a
// new user. (The case rows are checked in lifecycle.test.ts.) A test or the demo runs the app on
// a clock of its own; with rows dated otherwise, the history would read out of order.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { makeOffice, makeUser, signIn } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

const CLOCK = new Date('2024-11-05T02:15:00.000Z'); // weeks before the machine's date

describe('audit rows outside the cases', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp({ now: () => CLOCK });
  });
  afterAll(() => t.app.close());

  it('are dated by the app clock, as the change they record', async () => {
    const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
    const admin = await makeUser(t.deps.db, { office, role: 'administrator' });
    const failed = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: admin.username, password: 'not the password' } });
    expect(failed.statusCode).toBe(401);
    const session = await signIn(t.app, admin, CLOCK);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/offices',
      headers: session.headers,
      payload: { code: `k-${randomUUID().slice(0, 8)}`, name: 'Panwaslu Kecamatan Uji', kind: 'panwaslu-kecamatan', regionCode: '36.73.02' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const user = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: session.headers,
      payload: { username: `uji-${randomUUID().slice(0, 8)}`, displayName: 'Staf Uji', officeId: office.id, role: 'penanganan', password: 'long enough password' },
    });
    expect(user.statusCode, user.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session.headers })).statusCode).toBeLessThan(300);

    const rows = rowsOf<{ action: string; at: string }>(
      await t.deps.db.execute(sql`select action, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at from audit_log where actor_id = ${admin.id} order by id`),
    );
    expect(rows.map((r) => r.action)).toEqual(['auth.login-failed', 'auth.login', 'office.created', 'user.created', 'auth.logout']);
    expect(new Set(rows.map((r) => r.at))).toEqual(new Set([CLOCK.toISOString()]));
  });
});
