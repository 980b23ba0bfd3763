// The case page and the workflow actions read the caller's session in the same statement as the
// case (readCaseWithSession), and intake with the caller's office (readSessionWithIntakeOffice),
// not in the auth hook. Everything the hook enforces must still hold there: no session, an
// unknown, ended or expired one, a deactivated user, a missing CSRF token and a case outside the
// office's region are each refused, and a refused request changes nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let caseId: string;
let officeId: string;
let clock = new Date('2024-11-12T07:00:00Z');

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  officeId = office.id;
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), clock);
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
  expect(created.statusCode).toBe(201);
  caseId = created.json().id;
});
afterAll(() => t.app.close());

const page = (headers: Record<string, string>, id = caseId) => t.app.inject({ url: `/api/v1/cases/${id}`, headers });
const act = (headers: Record<string, string>, action = 'mulai-kajian-awal', id = caseId) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers, payload: {} });
const stateAndAudit = async () =>
  rowsOf<{ state: string; version: number; audited: number }>(
    await t.deps.db.execute(sql`select state, version, (select count(*)::int from audit_log where entity_id = ${caseId}) as audited from cases where id = ${caseId}`),
  )[0]!;

describe('the session read with the case', () => {
  it('shows the page and runs an action for a live session of an office that covers the case', async () => {
    const shown = await page(staff.headers);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id: caseId, state: 'diterima' });
    const acted = await act(staff.headers);
    expect(acted.statusCode).toBe(200);
    expect(acted.json().state).toBe('kajian-awal');
  });

  it('answers 401 without a cookie and with a cookie naming no session, and reads no case for them', async () => {
    const attempts: Record<string, string>[] = [{}, { cookie: 'netra_session=not-a-session' }, { cookie: 'netra_session=not-a-session', 'x-csrf-token': staff.csrf }];
    for (const headers of attempts) {
      const shown = await page(headers);
      expect(shown.statusCode).toBe(401);
      expect(shown.json().error.code).toBe('UNAUTHENTICATED');
      expect(shown.body).not.toContain(caseId);
      const acted = await act(headers, 'tidak-registrasi');
      expect(acted.statusCode).toBe(401);
    }
  });

  it('refuses an action without the CSRF token, or with a wrong one, and changes nothing', async () => {
    const before = await stateAndAudit();
    const attempts: Record<string, string>[] = [{ cookie: staff.cookie }, { cookie: staff.cookie, 'x-csrf-token': `${staff.csrf}x` }];
    for (const headers of attempts) {
      const res = await act(headers, 'minta-kelengkapan');
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('CSRF_INVALID');
    }
    expect(await stateAndAudit()).toEqual(before);
    // A read needs no CSRF token.
    expect((await page({ cookie: staff.cookie })).statusCode).toBe(200);
  });

  it('answers 404 for a case that does not exist, and for one outside the office region, as for any other', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await page(staff.headers, missing)).statusCode).toBe(404);
    expect((await act(staff.headers, 'mulai-kajian', missing)).statusCode).toBe(404);
    const cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }), clock);
    const before = await stateAndAudit();
    const foreignPage = await page(cilegon.headers);
    expect(foreignPage.statusCode).toBe(404);
    expect(foreignPage.body).not.toContain(caseId);
    expect((await act(cilegon.headers, 'minta-kelengkapan')).statusCode).toBe(404);
    expect(await stateAndAudit()).toEqual(before);
  });

  it('lets the province and the national office see it, and a province elsewhere not', async () => {
    const banten = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-provinsi', regionCode: '36' }), role: 'penanganan' }), clock);
    const national = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-ri', regionCode: null }), role: 'penanganan' }), clock);
    const jabar = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-provinsi', regionCode: '32' }), role: 'penanganan' }), clock);
    expect((await page(banten.headers)).statusCode).toBe(200);
    expect((await page(national.headers)).statusCode).toBe(200);
    expect((await page(jabar.headers)).statusCode).toBe(404);
  });

  it('takes a report in only for a live session with its CSRF token, numbered in that office region', async () => {
    const count = async () => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from cases where office_id = ${officeId}`))[0]!.n;
    const intake = (headers: Record<string, string>) => t.app.inject({ method: 'POST', url: '/api/v1/cases', headers, payload: laporanBody() });
    const before = await count();
    const refused: [Record<string, string>, number, string][] = [
      [{}, 401, 'UNAUTHENTICATED'],
      [{ cookie: 'netra_session=not-a-session', 'x-csrf-token': staff.csrf }, 401, 'UNAUTHENTICATED'],
      [{ cookie: staff.cookie }, 403, 'CSRF_INVALID'],
      [{ cookie: staff.cookie, 'x-csrf-token': `${staff.csrf}x` }, 403, 'CSRF_INVALID'],
    ];
    for (const [headers, status, code] of refused) {
      const res = await intake(headers);
      expect(res.statusCode).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    expect(await count()).toBe(before);
    const taken = await intake(staff.headers);
    expect(taken.statusCode).toBe(201);
    expect(taken.json().receiptNumber).toMatch(/^TBP\/36\.73\/2024\/\d{6}$/);
    expect(await count()).toBe(before + 1);
  });

  it('answers 401 once the session ended, expired, or its user was deactivated', async () => {
    const signOut = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }), clock);
    expect((await page(signOut.headers)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: signOut.headers })).statusCode).toBe(200);
    expect((await page(signOut.headers)).statusCode).toBe(401);

    const user = await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' });
    const deactivated = await signIn(t.app, user, clock);
    expect((await page(deactivated.headers)).statusCode).toBe(200);
    await t.deps.db.execute(sql`update users set active = false where id = ${user.id}`);
    expect((await page(deactivated.headers)).statusCode).toBe(401);
    expect((await act(deactivated.headers, 'minta-kelengkapan')).statusCode).toBe(401);

    const before = await stateAndAudit();
    clock = new Date(clock.getTime() + 25 * 3_600_000); // the sessions are 24 hours long
    const expired = await act(staff.headers, 'minta-kelengkapan');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('UNAUTHENTICATED');
    expect((await page(staff.headers)).statusCode).toBe(401);
    expect(await stateAndAudit()).toEqual(before);
  });
});
