// Actions whose effects write more than the case: an informasi awal turned into a temuan, a
// withdrawn or unregistered report kept as informasi awal, a duplicate linked to its original,
// and bulk triage. Each is all or nothing, and the links run both ways.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { verifyAudit } from '../audit/verify-audit.js';

let t: TestApp;
let staff: Session;
const clock = new Date('2024-11-10T05:00:00Z'); // 12:00 WIB

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
});
afterAll(() => t.app.close());

const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: staff.headers, payload });
const act = (id: string, action: string, payload: object = {}) => post(`/api/v1/cases/${id}/actions/${action}`, payload);
const view = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
const laporan = async () => (await post('/api/v1/cases', laporanBody({ receivedAt: '2024-11-10T10:00:00+07:00' }))).json().id as string;
const caseCount = async () => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from cases`))[0]!.n;

describe('actions that open or link another case', () => {
  it('turns an informasi awal into a temuan: a new case with its own receipt number, linked both ways', async () => {
    const tip = await post('/api/v1/cases', { kind: 'informasi-awal', regime: 'pilkada-2024', source: 'media-sosial', description: 'Akun ASN membagikan unggahan paslon.', regionCode: '36.73' });
    expect(tip.statusCode).toBe(201);
    const res = await act(tip.json().id, 'jadikan-temuan', { foundOn: '2024-11-10', summary: 'Pengawas menemukan unggahan yang dibagikan ASN.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().state).toBe('dijadikan-temuan');
    const link = res.json().links.find((l: { relation: string }) => l.relation === 'menjadi');
    const temuan = await view(link.caseId);
    expect(temuan).toMatchObject({ kind: 'temuan', state: 'diterima' });
    expect(temuan.receiptNumber).not.toBe(tip.json().receiptNumber);
    expect(temuan.links).toContainEqual({ relation: 'berasal-dari', caseId: tip.json().id });
    expect(temuan.deadlines.kajianAwal.due).toBeTruthy(); // a temuan runs on the clock at once
  });

  it('keeps a withdrawn report as informasi awal when asked, and only then', async () => {
    const kept = await laporan();
    const before = await caseCount();
    const withdrawn = await act(kept, 'cabut', { withdrawnAt: '2024-11-10T11:00:00+07:00', reason: 'Pelapor mencabut laporan.', jadikanInformasiAwal: true });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await caseCount()).toBe(before + 1);
    const opened = withdrawn.json().links.find((l: { relation: string }) => l.relation === 'menjadi');
    expect(await view(opened.caseId)).toMatchObject({ kind: 'informasi-awal', state: 'informasi-awal' });

    const dropped = await laporan();
    const res = await act(dropped, 'cabut', { withdrawnAt: '2024-11-10T11:00:00+07:00', reason: 'Pelapor mencabut laporan.' });
    expect(res.json()).toMatchObject({ state: 'dicabut', links: [] });
    expect(await caseCount()).toBe(before + 2); // the second report only
  });

  it('links a duplicate to its original and lists it so', async () => {
    const original = await laporan();
    const copy = await laporan();
    const res = await act(copy, 'tandai-duplikat', { duplicateOfCaseId: original, note: 'Laporan yang sama dari pelapor lain.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'duplikat', duplicateOfId: original });
    const list = (await t.app.inject({ url: '/api/v1/cases?state=duplikat&limit=100', headers: staff.headers })).json();
    expect(list.items.find((c: { id: string }) => c.id === copy)).toMatchObject({ duplicateOfId: original });
  });

  it('triages in bulk: each case on its own, a refusal says why and undoes nothing else', async () => {
    // Two reports whose kajian awal found them late: they may be closed as not registered.
    const late = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'tepat-waktu' ? { ...e, result: 'tidak-memenuhi', note: 'Melewati 7 hari.' } : e)) };
    const ready = [await laporan(), await laporan()];
    for (const id of ready) {
      await act(id, 'mulai-kajian-awal');
      expect((await act(id, 'nilai-syarat', late)).statusCode).toBe(200);
    }
    const untouched = await laporan(); // still diterima: not registrable yet, so not "not registered" either
    const res = await post('/api/v1/cases/bulk', { caseIds: [...ready, untouched], action: 'tidak-registrasi', payload: { reason: 'Bukan pelanggaran netralitas ASN.' } });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json().results as { caseId: string; ok: boolean; code?: string; message?: string }[];
    expect(results.filter((r) => r.ok).map((r) => r.caseId).sort()).toEqual([...ready].sort());
    const refused = results.find((r) => r.caseId === untouched)!;
    expect(refused.ok).toBe(false);
    expect(refused.message).toBeTruthy();
    for (const id of ready) expect((await view(id)).state).toBe('tidak-diregistrasi');
    expect((await view(untouched)).state).toBe('diterima');
    expect(await verifyAudit({ db: t.deps.db })).toMatchObject({ ok: true });
  });
});
