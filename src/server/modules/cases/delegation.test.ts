// Pelimpahan: a case delegated to the office with jurisdiction keeps its identity (id, receipt
// number, history) and moves to that office's jurisdiction.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import type { OfficeRow } from '../offices/offices.repository.js';

let t: TestApp;
let fromStaff: Session;
let fromMember: Session;
let toStaff: Session;
let toDatin: Session;
let target: OfficeRow;

beforeAll(async () => {
  t = await testApp({ now: () => new Date('2024-11-10T03:00:00Z'), config: { sessionHours: 24 * 30 } });
  const at = new Date('2024-11-10T03:00:00Z');
  const from = await makeOffice(t.deps.db, { regionCode: '36.73' });
  target = await makeOffice(t.deps.db, { regionCode: '36.04' });
  fromStaff = await signIn(t.app, await makeUser(t.deps.db, { office: from, role: 'penanganan' }), at);
  fromMember = await signIn(t.app, await makeUser(t.deps.db, { office: from, role: 'pimpinan' }), at);
  toStaff = await signIn(t.app, await makeUser(t.deps.db, { office: target, role: 'penanganan' }), at);
  toDatin = await signIn(t.app, await makeUser(t.deps.db, { office: target, role: 'datin' }), at);
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

  it('owes the pelapor a notice of delegation, which the receiving office makes as a letter to them', async () => {
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: fromStaff.headers, payload: laporanBody() })).json();
    const reason = 'Peristiwa terjadi di wilayah Kabupaten Serang.';
    expect((await act(fromMember, created.id, 'limpahkan', { toOfficeId: target.id, toOfficeRegionCode: '36.04', reason })).statusCode).toBe(200);
    const page = async () => (await t.app.inject({ url: `/api/v1/cases/${created.id}`, headers: toStaff.headers })).json();
    const owed = (await page()).notices.filter((n: { notice: string }) => n.notice === 'pemberitahuan-pelimpahan');
    expect(owed.map((n: { to: string; outcome: string; carrier: string }) => [n.to, n.outcome, n.carrier])).toEqual([
      ['kantor-tujuan', 'netra', 'netra'],
      ['pelapor', 'belum', 'pemberitahuan-pelimpahan'],
    ]);
    const owing = await t.app.inject({ url: '/api/v1/cases?notices=belum', headers: toStaff.headers });
    expect(owing.json().items.map((c: { id: string }) => c.id)).toContain(created.id);

    // It prints the pelapor's name and address: not for a role that may not read them.
    const make = (s: Session) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${created.id}/documents`, headers: s.headers, payload: { kind: 'pemberitahuan-pelimpahan' } });
    expect((await make(toDatin)).statusCode).toBe(403);
    const letter = await make(toStaff);
    expect(letter.statusCode, letter.body).toBe(201);
    expect(letter.json()).toMatchObject({ kind: 'pemberitahuan-pelimpahan', personalData: true, toPelapor: true, number: expect.stringMatching(/^001\/PL\/36\.04\//) });

    const after = await page();
    expect(after.notices.find((n: { to: string; notice: string }) => n.notice === 'pemberitahuan-pelimpahan' && n.to === 'pelapor')).toMatchObject({ outcome: 'dibuat', document: { id: letter.json().id } });
    const still = await t.app.inject({ url: '/api/v1/cases?notices=belum', headers: toStaff.headers });
    expect(still.json().items.map((c: { id: string }) => c.id)).not.toContain(created.id);
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${created.id}/timeline`, headers: toStaff.headers })).json().items;
    expect(timeline.at(-1)).toMatchObject({ action: 'case.document-generated', summary: { kind: 'pemberitahuan-pelimpahan', reporterIdentityUsed: true } });
  });

  it('refuses a notice of delegation for a case never delegated, saying why', async () => {
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: toStaff.headers, payload: laporanBody() })).json();
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${created.id}/documents`, headers: { ...toStaff.headers, 'accept-language': 'en' }, payload: { kind: 'pemberitahuan-pelimpahan' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('DOCUMENT_NOT_APPLICABLE');
    expect(JSON.stringify(res.json().error)).toContain('never delegated');
  });

  it('migration 0025: a case delegated before owes its notice of delegation; others are left as they were', async () => {
    const delegated = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: fromStaff.headers, payload: laporanBody() })).json().id as string;
    expect((await act(fromMember, delegated, 'limpahkan', { toOfficeId: target.id, toOfficeRegionCode: '36.04', reason: 'Kewenangan Kabupaten Serang.' })).statusCode).toBe(200);
    const other = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: toStaff.headers, payload: laporanBody() })).json().id as string;
    // As the code before it left them: the notice to the pelapor did not count as owed.
    await t.deps.db.execute(sql`update cases set notices_owed = false where id in (${delegated}, ${other})`);
    const migration = readFileSync(new URL('../../db/migrations/0025_notice_of_delegation_owed.sql', import.meta.url), 'utf8');
    const flags = async () => Object.fromEntries(rowsOf<{ id: string; owed: boolean }>(await t.deps.db.execute(sql`select id, notices_owed as owed from cases where id in (${delegated}, ${other})`)).map((r) => [r.id, r.owed]));
    for (let run = 0; run < 2; run++) {
      await t.deps.db.execute(sql.raw(migration));
      expect(await flags()).toEqual({ [delegated]: true, [other]: false });
    }
  });
});
