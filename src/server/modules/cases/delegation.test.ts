// Pelimpahan: a case delegated to the office with jurisdiction keeps its identity (id, receipt
// number, history) and moves to that office's jurisdiction.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { updateOffice, type OfficeRow } from '../offices/offices.repository.js';

let t: TestApp;
let fromStaff: Session;
let fromMember: Session;
let toStaff: Session;
let toDatin: Session;
let target: OfficeRow;
let from: OfficeRow;

beforeAll(async () => {
  t = await testApp({ now: () => new Date('2024-11-10T03:00:00Z'), config: { sessionHours: 24 * 30 } });
  const at = new Date('2024-11-10T03:00:00Z');
  from = await makeOffice(t.deps.db, { regionCode: '36.73' });
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

  describe('the receiving office', () => {
    // A laporan received by Kota Serang about an event in Kabupaten Serang (kecamatan 36.04.05).
    const elsewhere = async () => {
      const body = laporanBody();
      const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: fromStaff.headers, payload: { ...body, event: { ...body.event, regionCode: '36.04.05' } } });
      expect(created.statusCode, created.body).toBe(201);
      return created.json() as { id: string; receiptNumber: string };
    };
    const targets = (s: Session, id: string, q?: string, lang = 'id') =>
      t.app.inject({ url: `/api/v1/cases/${id}/delegation-targets${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, headers: { ...s.headers, 'accept-language': lang } });
    const history = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: fromStaff.headers })).json().items.map((i: { action: string }) => i.action);

    let province: OfficeRow;
    let kecamatan: OfficeRow;
    let agency: OfficeRow;
    let closed: OfficeRow;
    beforeAll(async () => {
      province = await makeOffice(t.deps.db, { kind: 'bawaslu-provinsi', regionCode: '36', name: 'Bawaslu Provinsi Ujicoba Delegasi' });
      kecamatan = await makeOffice(t.deps.db, { kind: 'panwaslu-kecamatan', regionCode: '36.04.05', name: 'Panwaslu Kecamatan Uji' });
      agency = await makeOffice(t.deps.db, { kind: 'instansi-ppk', regionCode: '36.04', name: 'Pemerintah Kabupaten Uji' });
      closed = await makeOffice(t.deps.db, { kind: 'bawaslu-kabkota', regionCode: '36.04', name: 'Bawaslu Kabupaten Uji Lama' });
      await updateOffice(t.deps.db, closed.id, { active: false });
    });

    it('lists the offices that handle violations where the event took place, the kabupaten/kota first, and finds others by name', async () => {
      const { id } = await elsewhere();
      type Item = { id: string; kind: string; regionCode: string | null; suggested: boolean };
      // Other suites may have made offices in the same database (PostgreSQL runs share one): the
      // checks look at this suite's offices, and at the rule for all the others.
      const mine = (items: Item[]) => items.filter((o) => [target.id, province.id, kecamatan.id, agency.id, closed.id, from.id].includes(o.id)).map((o) => [o.id, o.suggested]);
      const suggested = await targets(fromStaff, id);
      expect(suggested.statusCode, suggested.body).toBe(200);
      const items = suggested.json().items as Item[];
      // Not the office handling it, not a PPK's agency, not an inactive office; not Bawaslu RI unasked.
      expect(mine(items)).toEqual([
        [target.id, true],
        [province.id, true],
        [kecamatan.id, true],
      ]);
      expect(items.every((o) => o.suggested && ['36', '36.04', '36.04.05'].includes(o.regionCode ?? ''))).toBe(true);
      const ranks = items.map((o) => ['bawaslu-kabkota', 'bawaslu-provinsi', 'panwaslu-kecamatan'].indexOf(o.kind));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(items.find((o) => o.id === target.id)).toMatchObject({ kind: 'bawaslu-kabkota', regionCode: '36.04', regionName: expect.stringMatching(/serang/i) });
      expect(suggested.json().basis).toMatch(/Pasal 454/);

      // A search by the words of a name or a region, in any order, over the whole country; the
      // suggested ones still first.
      expect((await targets(fromStaff, id, 'delegasi provinsi ujicoba')).json().items.map((o: Item) => o.id)).toEqual([province.id]);
      const byRegion = (await targets(fromStaff, id, 'serang')).json().items as Item[];
      expect(mine(byRegion)).toEqual([[target.id, true]]);
      const flags = byRegion.map((o) => o.suggested);
      expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
      expect(mine((await targets(fromStaff, id, 'Kramatwatu')).json().items)).toEqual([[kecamatan.id, true]]);
      expect((await targets(fromStaff, id, '%')).json().items).toEqual([]);
    });

    it('is read only by who may act on the case, within its jurisdiction', async () => {
      const { id } = await elsewhere();
      expect((await targets(toStaff, id)).statusCode).toBe(404);
      const datin = await signIn(t.app, await makeUser(t.deps.db, { office: from, role: 'datin' }), new Date('2024-11-10T03:00:00Z'));
      expect((await targets(datin, id)).statusCode).toBe(403);
      const bad = await targets(fromStaff, id, 'x'.repeat(101), 'en');
      expect(bad.statusCode).toBe(400);
    });

    it('refuses an office that does not handle violations, or is inactive, saying why, and writes nothing', async () => {
      const { id } = await elsewhere();
      for (const [office, key] of [
        [agency, 'pelimpahan.bukan-kantor-penanganan'],
        [closed, 'pelimpahan.kantor-nonaktif'],
      ] as const) {
        const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/limpahkan`, headers: { ...fromMember.headers, 'accept-language': 'en' }, payload: { toOfficeId: office.id, toOfficeRegionCode: office.regionCode, reason: 'Kewenangan kantor lain.' } });
        expect(res.statusCode, res.body).toBe(409);
        expect(res.json().error).toMatchObject({ code: 'PRECONDITION_FAILED', missing: [expect.objectContaining({ key })] });
      }
      const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: fromStaff.headers })).json();
      expect(page).toMatchObject({ state: 'diterima', revision: 0 });
      expect(await history(id)).toEqual(['case.received']);
    });

    it("records the receiving office's region as the office has it, whatever the request said", async () => {
      const { id } = await elsewhere();
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/limpahkan`, headers: fromMember.headers, payload: { toOfficeId: province.id, toOfficeRegionCode: '36.73', reason: 'Terlapor pejabat provinsi.' } });
      expect(res.statusCode, res.body).toBe(200);
      const [row] = rowsOf<{ delegation: unknown; region: string }>(await t.deps.db.execute(sql`select facts->'machine'->'delegation' as delegation, region_code as region from cases where id = ${id}`));
      expect(row).toEqual({ delegation: { toOfficeId: province.id, toOfficeRegionCode: '36' }, region: '36' });
      // The history names the receiving office, and the reason given.
      const [delegated] = rowsOf<{ summary: unknown }>(await t.deps.db.execute(sql`select summary from audit_log where entity_id = ${id} and action = 'case.limpahkan'`));
      expect(delegated!.summary).toMatchObject({ toOfficeName: 'Bawaslu Provinsi Ujicoba Delegasi', payload: { reason: 'Terlapor pejabat provinsi.' } });
      // The sending office's audit log keeps what its member did, though the case has left it.
      const audit = (await t.app.inject({ url: '/api/v1/audit?limit=200', headers: fromMember.headers })).json().items as { action: string; entityId: string; regionCode: string }[];
      expect(audit.filter((a) => a.entityId === id).map((a) => [a.action, a.regionCode])).toEqual([
        ['case.limpahkan', '36.73'],
        ['case.received', '36.73'],
      ]);
    });

    it('answers a delegation sent again with its Idempotency-Key as taken, with the receipt, though the case has left the sender', async () => {
      const { id } = await elsewhere();
      const body = { toOfficeId: target.id, toOfficeRegionCode: '36.04', reason: 'Peristiwa terjadi di Kabupaten Serang.' };
      const send = (payload: object, key: string) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/limpahkan`, headers: { ...fromMember.headers, 'idempotency-key': key }, payload });
      const first = await send(body, 'limpah-1');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ state: 'dilimpahkan', office: { id: target.id } });

      const again = await send(body, 'limpah-1');
      expect(again.statusCode, again.body).toBe(200);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers['preference-applied']).toBe('return=minimal');
      // The receipt only: no name, no page of a case now in another office's hands.
      expect(Object.keys(again.json()).sort()).toEqual(['id', 'invitations', 'links', 'registerNumber', 'revision', 'state', 'version']);
      expect(again.json()).toMatchObject({ id, state: 'dilimpahkan', revision: first.json().revision });

      // Another body under the same key, or another key, or the key of another user: as before.
      expect((await send({ ...body, reason: 'Alasan lain.' }, 'limpah-1')).statusCode).toBe(422);
      expect((await send(body, 'limpah-2')).statusCode).toBe(404);
      const other = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/limpahkan`, headers: { ...fromStaff.headers, 'idempotency-key': 'limpah-1' }, payload: body });
      expect(other.statusCode).toBe(404);
      const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: toStaff.headers })).json().items.map((i: { action: string }) => i.action);
      expect(timeline).toEqual(['case.received', 'case.limpahkan']);
    });
  });
});
