// Recording how and when a letter reached its addressee: kept on the document, for each addressee
// of a letter to several, shown with the notice it carries, audited each time; refused for what
// is not a letter, for a day before the letter or after today, for an addressee the letter does
// not have, and for roles and offices that may not act on the case.
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let datin: Session;
let member: Session;
let cilegon: Session;
const NOW = new Date('2024-11-12T07:00:00Z'); // 14:00 WIB on 12 November

beforeAll(async () => {
  t = await testApp({ now: () => NOW });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
  member = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }));
  cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
});
afterAll(() => t.app.close());

const act = (id: string, action: string, payload: object = {}, s: Session = staff) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });
const make = async (id: string, kind: string) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; deliverable: boolean; addressees: string[]; deliveries: unknown[] };
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
    // The registration is told to the pelapor alone: the letter's one addressee, named by itself.
    expect(letter).toMatchObject({ deliverable: true, addressees: ['pelapor'], deliveries: [] });
    const first = await deliver(staff, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR123456789ID' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ to: 'pelapor', method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR123456789ID', recordedAt: NOW.toISOString() });

    const v = await page(id);
    expect(v.documents.find((d: { id: string }) => d.id === letter.id).deliveries).toEqual([first.json()]);
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
    const asStaff = (await page(id)).documents.find((d: { id: string }) => d.id === letter.id).deliveries[0].note;
    const asDatin = (await (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: datin.headers })).json()).documents.find((d: { id: string }) => d.id === letter.id).deliveries[0].note;
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
    expect(next.json().documents.find((d: { id: string }) => d.id === letter.id).deliveries).toEqual([expect.objectContaining({ to: 'pelapor', method: 'kurir' })]);
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
    const other = await deliver(staff, id, letter.id, { to: 'terlapor', method: 'pos', deliveredOn: '2024-11-12' });
    expect([other.statusCode, other.json().error.code]).toEqual([400, 'DELIVERY_ADDRESSEE_INVALID']);
    for (const payload of [{ method: 'merpati', deliveredOn: '2024-11-12' }, { to: 'tetangga', method: 'pos', deliveredOn: '2024-11-12' }, { method: 'pos', deliveredOn: '12-11-2024' }, { method: 'pos' }, { method: 'pos', deliveredOn: '2024-11-12', note: 'x'.repeat(501) }]) {
      expect((await deliver(staff, id, letter.id, payload)).statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
    }
    expect((await deliver(datin, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(403);
    expect((await deliver(cilegon, id, letter.id, { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(404);
    expect((await deliver(staff, id, '00000000-0000-4000-8000-000000000000', { method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(404);
    const v = await page(id);
    expect(v.documents.every((d: { deliveries: unknown[] }) => d.deliveries.length === 0)).toBe(true);
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string }[];
    expect(timeline.filter((i) => i.action === 'case.document-delivered')).toEqual([]);
  });

  it('to each party of a status notice on its own: the pelapor and the terlapor, each with their notices', async () => {
    const id = await registered();
    const invite = await act(id, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] });
    const invitationId = invite.json().invitations[0].id as string;
    for (const [action, payload, s] of [
      ['catat-klarifikasi', { invitationId, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024' }, staff],
      ['mulai-kajian', {}, staff],
      ['catat-kajian', { facts: 'Terlapor membagikan unggahan paslon.', actCodes: ['skb2022.4'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] }, staff],
      ['ajukan-pleno', { scheduledAt: '2024-11-12T13:00:00+07:00' }, staff],
      ['putus-pleno', { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' }, member],
    ] as const) expect((await act(id, action, payload, s)).statusCode, action).toBe(200);
    const letter = await make(id, 'pemberitahuan-status-laporan');
    expect(letter.addressees).toEqual(['pelapor', 'terlapor']);

    // To whom must be said, and be one of them.
    for (const payload of [{ method: 'pos', deliveredOn: '2024-11-12' }, { to: 'saksi', method: 'pos', deliveredOn: '2024-11-12' }]) {
      const res = await deliver(staff, id, letter.id, payload, 'en');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'DELIVERY_ADDRESSEE_INVALID', message: expect.stringContaining('more than one party') });
    }

    const delivered = async () => {
      const v = await page(id);
      const on = (to: string) => v.notices.filter((n: { notice: string; to: string; document: { id: string } | null }) => n.notice === 'pemberitahuan-status' && n.to === to && n.document?.id === letter.id).map((n: { document: { deliveredOn: string | null } }) => n.document.deliveredOn);
      return { deliveries: v.documents.find((d: { id: string }) => d.id === letter.id).deliveries.map((x: { to: string; method: string }) => `${x.to}:${x.method}`), pelapor: on('pelapor'), terlapor: on('terlapor') };
    };
    expect((await deliver(staff, id, letter.id, { to: 'pelapor', method: 'pos', deliveredOn: '2024-11-12' })).statusCode).toBe(200);
    // The pelapor's two notices (the registration, not announced before, and the decision) are delivered; the terlapor's not.
    expect(await delivered()).toEqual({ deliveries: ['pelapor:pos'], pelapor: ['2024-11-12', '2024-11-12'], terlapor: [null] });
    expect((await deliver(staff, id, letter.id, { to: 'terlapor', method: 'langsung', deliveredOn: '2024-11-12' })).statusCode).toBe(200);
    // A correction for the pelapor replaces theirs alone; the page lists them in the letter's order.
    expect((await deliver(staff, id, letter.id, { to: 'pelapor', method: 'kurir', deliveredOn: '2024-11-12' })).statusCode).toBe(200);
    expect(await delivered()).toEqual({ deliveries: ['pelapor:kurir', 'terlapor:langsung'], pelapor: ['2024-11-12', '2024-11-12'], terlapor: ['2024-11-12'] });
    const logged = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items.filter((i: { action: string }) => i.action === 'case.document-delivered');
    expect(logged.map((i: { summary: { to: string; method: string } }) => `${i.summary.to}:${i.summary.method}`)).toEqual(['pelapor:pos', 'terlapor:langsung', 'pelapor:kurir']);
  });

  it('migrations 0027 and 0028: a delivery recorded before is kept for the letter as a whole', async () => {
    const id = await registered();
    const letter = await make(id, 'pemberitahuan-status-laporan');
    const untouched = await make(id, 'formulir-kajian-awal');
    // As the code before them left a document: one `delivery`, no `deliveries`.
    const old = { method: 'pos', deliveredOn: '2024-11-12', note: 'Resi lama', recordedAt: NOW.toISOString(), recordedBy: null };
    await t.deps.db.execute(sql`alter table documents add column delivery jsonb`);
    await t.deps.db.execute(sql`update documents set delivery = ${JSON.stringify(old)}::jsonb, deliveries = '[]'::jsonb where id = ${letter.id}`);
    for (const file of ['0027_document_deliveries.sql', '0028_drop_document_delivery.sql']) {
      for (const statement of readFileSync(new URL(`../../db/migrations/${file}`, import.meta.url), 'utf8').split('--> statement-breakpoint')) await t.deps.db.execute(sql.raw(statement));
    }
    const rows = rowsOf<{ id: string; deliveries: unknown[] }>(await t.deps.db.execute(sql`select id, deliveries from documents where case_id = ${id}`));
    expect(rows.find((r) => r.id === letter.id)?.deliveries).toEqual([{ ...old, to: null }]);
    expect(rows.find((r) => r.id === untouched.id)?.deliveries).toEqual([]);
    // Read as delivered to every addressee, as it was recorded.
    const v = await page(id);
    expect(v.notices.find((n: { notice: string; to: string }) => n.notice === 'pemberitahuan-status' && n.to === 'pelapor').document.deliveredOn).toBe('2024-11-12');
    expect(v.documents.find((d: { id: string }) => d.id === letter.id).deliveries).toEqual([{ to: null, method: 'pos', deliveredOn: '2024-11-12', note: 'Resi lama', recordedAt: NOW.toISOString() }]);
  });
});
