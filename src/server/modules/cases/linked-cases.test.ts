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
import type { OfficeRow } from '../offices/offices.repository.js';

let t: TestApp;
let staff: Session;
let office: OfficeRow;
const clock = new Date('2024-11-10T05:00:00Z'); // 12:00 WIB

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
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

  it('triages in bulk at the revisions the inbox showed: a case assessed again since is left as it is, and says by whom', async () => {
    const late = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'tepat-waktu' ? { ...e, result: 'tidak-memenuhi', note: 'Melewati 7 hari.' } : e)) };
    const [kept, closed] = [await laporan(), await laporan()];
    for (const id of [kept, closed]) {
      await act(id, 'mulai-kajian-awal');
      expect((await act(id, 'nilai-syarat', late)).statusCode).toBe(200);
    }
    // The inbox as one person reads it…
    const inbox = (await t.app.inject({ url: '/api/v1/cases?state=kajian-awal&limit=200', headers: staff.headers })).json();
    const seen = Object.fromEntries((inbox.items as { id: string; revision: number }[]).filter((c) => c.id === kept || c.id === closed).map((c) => [c.id, c.revision]));
    expect(seen).toEqual({ [kept]: 2, [closed]: 2 }); // begun and assessed
    // …while a colleague finds the report was on time after all, but filed by someone without
    // standing: still not registrable (so the machine alone would let the bulk through), though not
    // for the reason the bulk gives.
    const colleagueUser = await makeUser(t.deps.db, { office, role: 'penanganan' });
    const colleague = await signIn(t.app, colleagueUser);
    const noStanding = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'kedudukan-pelapor' ? { ...e, result: 'tidak-memenuhi', note: 'Bukan pemilih di daerah ini.' } : e)) };
    const reassessed = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${kept}/actions/nilai-syarat`, headers: colleague.headers, payload: noStanding });
    expect(reassessed.statusCode, reassessed.body).toBe(200);
    const auditRows = async (id: string) => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${id}`))[0]!.n;
    const before = await auditRows(kept);

    const res = await post('/api/v1/cases/bulk', { caseIds: [kept, closed], revisions: seen, action: 'tidak-registrasi', payload: { reason: 'Terlambat disampaikan.' } });
    expect(res.statusCode, res.body).toBe(200);
    const results = res.json().results as { caseId: string; ok: boolean; code?: string; message?: string; lastAction?: string }[];
    expect(results.find((r) => r.caseId === closed)).toEqual({ caseId: closed, ok: true });
    const refused = results.find((r) => r.caseId === kept)!;
    expect(refused).toMatchObject({ ok: false, code: 'CASE_CHANGED' });
    expect(refused.message).toContain('sudah diubah dengan tindakan lain');
    expect(refused.message).toContain(`«Nilai syarat formal dan materiil» oleh ${colleagueUser.username}`);
    expect(refused.lastAction).toMatch(new RegExp(`^Tindakan terakhir: «Nilai syarat formal dan materiil» oleh ${colleagueUser.username.replace('.', '\\.')}, .+ WIB\\.$`));
    expect(refused.message!.endsWith(refused.lastAction!)).toBe(true);
    // Left as the colleague decided it: nothing written, not even an audit row.
    expect(await view(kept)).toMatchObject({ state: 'kajian-awal', revision: 3 });
    expect(await auditRows(kept)).toBe(before);
    expect((await view(closed)).state).toBe('tidak-diregistrasi');

    // In English, for an API client that asks so; a revision that is not a number is refused whole.
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/cases/bulk', headers: { ...staff.headers, 'accept-language': 'en' }, payload: { caseIds: [kept], revisions: { [kept]: 2 }, action: 'tidak-registrasi', payload: { reason: 'Terlambat.' } } });
    expect(again.json().results[0].message).toMatch(/^This case was changed by another action .* The last action: "Assess formal and material requirements" by /);
    for (const revisions of [{ [kept]: -1 }, { [kept]: 'r2' }, { 'bukan-uuid': 2 }]) {
      const bad = await post('/api/v1/cases/bulk', { caseIds: [kept], revisions, action: 'tidak-registrasi', payload: { reason: 'Terlambat.' } });
      expect(bad.statusCode, JSON.stringify(revisions)).toBe(400);
      expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await auditRows(kept)).toBe(before);
  });
});
