// Recording how and when a letter reached its addressee: kept on the document, shown with the
// notice it carries, audited each time; refused for what is not a letter, for a day before the
// letter or after today, and for roles and offices that may not act on the case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let datin: Session;
let cilegon: Session;
const NOW = new Date('2024-11-12T07:00:00Z'); // 14:00 WIB on 12 November

beforeAll(async () => {
  t = await testApp({ now: () => NOW });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
  cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
});
afterAll(() => t.app.close());

const act = (id: string, action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
const make = async (id: string, kind: string) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; deliverable: boolean; delivery: unknown };
};
const deliver = (s: Session, id: string, docId: string, payload: object, lang = 'id') =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents/${docId}/delivery`, headers: { ...s.headers, 'accept-language': lang }, payload });
const page = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();

async function registered(): Promise<string> {
  const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ receivedAt: '2024-11-10T10:00:00+07:00' }) })).json().id as string;
  for (const [action, payload] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()], ['registrasi', {}]] as const) expect((await act(id, action, payload)).statusCode).toBe(200);
  return id;
}

describe('a letter delivered', () => {
  it('records how and when, shows it with the document and the notice it carries, and audits each record', async () => {
    const id = await registered();
    const letter = await make(id, 'pemberitahuan-status-laporan');
    expect(letter).toMatchObject({ deliverable: true, delivery: null });
    const first = await deliver(staff, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR123456789ID' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR123456789ID', recordedAt: NOW.toISOString() });

    const v = await page(id);
    expect(v.documents.find((d: { id: string }) => d.id === letter.id).delivery).toEqual(first.json());
    const notice = v.notices.find((n: { notice: string; to: string }) => n.notice === 'pemberitahuan-status' && n.to === 'pelapor');
    expect(notice.document).toMatchObject({ id: letter.id, deliveredOn: '2024-11-12' });

    // A correction replaces what the page shows; the audit log keeps both.
    const again = await deliver(staff, id, letter.id, { method: 'langsung', deliveredOn: '2024-11-12' });
    expect(again.json()).toMatchObject({ method: 'langsung', note: null });
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string; summary: Record<string, unknown> }[];
    const logged = timeline.filter((i) => i.action === 'case.document-delivered').map((i) => i.summary);
    expect(logged).toEqual([
      expect.objectContaining({ documentId: letter.id, method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR123456789ID' }),
      expect.objectContaining({ documentId: letter.id, method: 'langsung', deliveredOn: '2024-11-12' }),
    ]);
  });

  it('withholds the pelapor named in a note from a role that may not read them', async () => {
    const id = await registered();
    const letter = await make(id, 'pemberitahuan-status-laporan');
    expect((await deliver(staff, id, letter.id, { method: 'langsung', deliveredOn: '2024-11-12', note: 'Diterima sendiri oleh Ahmad Fauzi' })).statusCode).toBe(200);
    const asStaff = (await page(id)).documents.find((d: { id: string }) => d.id === letter.id).delivery.note;
    const asDatin = (await (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: datin.headers })).json()).documents.find((d: { id: string }) => d.id === letter.id).delivery.note;
    expect(asStaff).toBe('Diterima sendiri oleh Ahmad Fauzi');
    expect(asDatin).toMatch(/^Diterima sendiri oleh /);
    expect(asDatin).not.toContain('Ahmad');
    expect(asDatin).not.toContain('Fauzi');
  });

  it('shows the delivery in the page the next action answers, not the page cached before it', async () => {
    const id = await registered();
    const letter = await make(id, 'pemberitahuan-status-laporan');
    const invite = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };
    expect((await act(id, 'undang-klarifikasi', invite)).statusCode).toBe(200); // this process now holds the page
    expect((await deliver(staff, id, letter.id, { method: 'kurir', deliveredOn: '2024-11-12' })).statusCode).toBe(200);
    const next = await act(id, 'undang-klarifikasi', invite);
    expect(next.json().documents.find((d: { id: string }) => d.id === letter.id).delivery).toMatchObject({ method: 'kurir' });
  });

  it('refuses what is not a letter, a day outside the letter\'s life, a bad method, and those who may not act on the case, recording nothing', async () => {
    const id = await registered();
    const form = await make(id, 'formulir-kajian-awal');
    expect(form.deliverable).toBe(false);
    const notLetter = await deliver(staff, id, form.id, { method: 'pos', deliveredOn: '2024-11-12' }, 'en');
    expect(notLetter.statusCode).toBe(409);
    expect(notLetter.json().error).toMatchObject({ code: 'DOCUMENT_NOT_DELIVERABLE', message: expect.stringContaining('not sent to anyone') });

    const letter = await make(id, 'pemberitahuan-status-laporan');
    for (const deliveredOn of ['2024-11-11', '2024-11-13']) {
      const res = await deliver(staff, id, letter.id, { method: 'pos', deliveredOn });
      expect(res.statusCode, deliveredOn).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'DELIVERY_DATE_INVALID', message: expect.stringContaining('sebelum surat dibuat') });
    }
    for (const payload of [{ method: 'merpati', deliveredOn: '2024-11-12' }, { method: 'pos', deliveredOn: '12-11-2024' }, { method: 'pos' }, { method: 'pos', deliveredOn: '2024-11-12', note: 'x'.repeat(501) }]) {
      expect((await deliver(staff, id, letter.id, payload)).statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
    }
    expect((await deliver(datin, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(403);
    expect((await deliver(cilegon, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(404);
    expect((await deliver(staff, id, '00000000-0000-4000-8000-000000000000', { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(404);
    const v = await page(id);
    expect(v.documents.every((d: { delivery: unknown }) => d.delivery === null)).toBe(true);
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string }[];
    expect(timeline.filter((i) => i.action === 'case.document-delivered')).toEqual([]);
  });
});
