// Pelimpahan: a case delegated to the office with jurisdiction keeps its identity (id, receipt
// number, history) and moves to that office's jurisdiction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import type { OfficeRow } from '../offices/offices.repository.js';

let t: TestApp;
let fromStaff: Session;
let fromMember: Session;
let toStaff: Session;
let target: OfficeRow;

beforeAll(async () => {
  t = await testApp({ now: () => new Date('2024-11-10T03:00:00Z'), config: { sessionHours: 24 * 30 } });
  const at = new Date('2024-11-10T03:00:00Z');
  const from = await makeOffice(t.deps.db, { regionCode: '36.73' });
  target = await makeOffice(t.deps.db, { regionCode: '36.04' });
  fromStaff = await signIn(t.app, await makeUser(t.deps.db, { office: from, role: 'penanganan' }), at);
  fromMember = await signIn(t.app, await makeUser(t.deps.db, { office: from, role: 'pimpinan' }), at);
  toStaff = await signIn(t.app, await makeUser(t.deps.db, { office: target, role: 'penanganan' }), at);
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });

describe('pelimpahan', () => {
  it('moves the case to the competent office under the same identity', async () => {
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: fromStaff.headers, payload: laporanBody() })).json();
    // Staff cannot delegate; a member can.
    expect((await act(fromStaff, created.id, 'limpahkan', { toOfficeId: target.id, toOfficeRegionCode: '36.04', reason: 'Peristiwa di Kabupaten Serang' })).statusCode).toBe(403);
    const delegated = await act(fromMember, created.id, 'limpahkan', { toOfficeId: target.id, toOfficeRegionCode: '36.04', reason: 'Peristiwa di Kabupaten Serang' });
    expect(delegated.statusCode, delegated.body).toBe(200);
    expect(delegated.json().state).toBe('dilimpahkan');

    // Now in the receiving office's jurisdiction, and out of the sender's.
    expect((await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: fromStaff.headers })).statusCode).toBe(404);
    const accepted = await act(toStaff, created.id, 'terima-limpahan');
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ id: created.id, receiptNumber: created.receiptNumber, state: 'kajian-awal', office: { id: target.id } });
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${created.id}/timeline`, headers: toStaff.headers })).json().items.map((i: { action: string }) => i.action);
    expect(timeline).toEqual(['case.received', 'case.limpahkan', 'case.terima-limpahan']);
  });
});
