// The notices the law requires of each transition, shown on the case page with the document that
// carries each, or as still owed — through the HTTP API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { pdfText } from '../../test/pdf-text.js';

let t: TestApp;
let staff: Session;
let member: Session;
let officeCode: string;
let clock = new Date('2024-11-10T03:00:00Z');

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  officeCode = office.code;
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  member = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }));
});
afterAll(() => t.app.close());

type Notice = { id: string; notice: string; to: string; status: string | null; invitationId: string | null; carrier: string; outcome: string; document: { id: string; number: string } | null };
const act = async (s: Session, id: string, action: string, payload: object = {}) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json() as { notices: Notice[]; invitations: { id: string; name: string }[] };
};
const view = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json() as { notices: Notice[] };
const makeDoc = async (id: string, kind: string, extra: object = {}) => {
  const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind, ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string };
};
const owing = async () => ((await t.app.inject({ url: '/api/v1/cases?notices=belum&limit=200', headers: staff.headers })).json() as { items: { id: string }[] }).items.map((c) => c.id);
const brief = (ns: Notice[]) => ns.map((n) => `${n.notice}→${n.to}${n.status ? `:${n.status}` : ''} ${n.outcome}`);
const intake = async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
  expect(res.statusCode).toBe(201);
  return (res.json() as { id: string }).id;
};

describe('notices owed', () => {
  it('asks the pelapor to complete the report, and the notice is owed until its letter is made', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    expect((await view(id)).notices).toEqual([]);
    await act(staff, id, 'mulai-kajian-awal');
    const [first, ...rest] = allRequirementsMet().entries;
    await act(staff, id, 'nilai-syarat', { entries: [{ ...first!, result: 'tidak-memenuhi', note: 'Alamat belum lengkap' }, ...rest] });
    const asked = await act(staff, id, 'minta-kelengkapan');
    expect(brief(asked.notices)).toEqual(['pemberitahuan-kelengkapan→pelapor belum']);
    expect(asked.notices[0]).toMatchObject({ carrier: 'pemberitahuan-kelengkapan', document: null });

    // A document that carries no notice changes nothing.
    await makeDoc(id, 'formulir-kajian-awal');
    expect(brief((await view(id)).notices)).toEqual(['pemberitahuan-kelengkapan→pelapor belum']);
    expect(await owing()).toContain(id);
    const letter = await makeDoc(id, 'pemberitahuan-kelengkapan');
    expect(await owing()).not.toContain(id);
    const after = (await view(id)).notices;
    expect(brief(after)).toEqual(['pemberitahuan-kelengkapan→pelapor dibuat']);
    expect(after[0]!.document).toMatchObject({ id: letter.id, number: letter.number });
  });

  it('registration, invitations, the plenary and forwarding each owe their notices; each invitation is its own letter', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    await act(staff, id, 'mulai-kajian-awal');
    await act(staff, id, 'nilai-syarat', allRequirementsMet());
    expect(brief((await act(staff, id, 'registrasi')).notices)).toEqual(['pemberitahuan-status→pelapor:diregistrasi belum']);

    const invited = await act(staff, id, 'undang-klarifikasi', {
      invitations: [
        { party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
        { party: 'saksi', name: 'Sari Dewi', scheduledAt: '2024-11-11T10:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
      ],
    });
    const undangan = invited.notices.filter((n) => n.notice === 'undangan-klarifikasi');
    expect(undangan.map((n) => [n.to, n.invitationId])).toEqual([
      ['terlapor', invited.invitations[0]!.id],
      ['saksi', invited.invitations[1]!.id],
    ]);

    // The saksi's invitation carries the saksi's notice only.
    await makeDoc(id, 'undangan-klarifikasi', { invitationId: invited.invitations[1]!.id });
    expect(brief((await view(id)).notices)).toEqual([
      'pemberitahuan-status→pelapor:diregistrasi belum',
      'undangan-klarifikasi→terlapor belum',
      'undangan-klarifikasi→saksi dibuat',
    ]);
    expect(await owing()).toContain(id);
    const registered = await makeDoc(id, 'pemberitahuan-status-laporan');
    expect(await owing()).toContain(id); // the terlapor's invitation is still owed
    await makeDoc(id, 'undangan-klarifikasi', { invitationId: invited.invitations[0]!.id });
    expect(await owing()).not.toContain(id);

    clock = new Date('2024-11-11T05:00:00Z');
    await act(staff, id, 'catat-klarifikasi', { invitationId: invited.invitations[0]!.id, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024', summary: 'Hadir.' });
    await act(staff, id, 'catat-klarifikasi', { invitationId: invited.invitations[1]!.id, heldAt: '2024-11-11T10:00:00+07:00', attended: false });
    await act(staff, id, 'mulai-kajian');
    await act(staff, id, 'catat-kajian', { facts: 'Terlapor membagikan unggahan paslon.', actCodes: ['skb2022.4'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] });
    await act(staff, id, 'ajukan-pleno', { scheduledAt: '2024-11-12T13:00:00+07:00' });
    clock = new Date('2024-11-12T07:00:00Z');
    await act(member, id, 'putus-pleno', { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' });
    const forwarded = await act(staff, id, 'teruskan', { type: 'peraturan-lain', letterRef: '012/PP.01/K.BT-13/XI/2024' });
    expect(brief(forwarded.notices).slice(3)).toEqual([
      'pemberitahuan-status→pelapor:pelanggaran belum',
      'pemberitahuan-status→terlapor:pelanggaran belum',
      'pemberitahuan-status→pelapor:diteruskan belum',
      'pemberitahuan-status→terlapor:diteruskan belum',
    ]);

    // The status notice of the forwarding announces the present status to both parties, and with
    // it the decision's; the registration's stays with the notice made at the time.
    expect(await owing()).toContain(id);
    await makeDoc(id, 'surat-penerusan'); // carries no notice: still owed
    expect(await owing()).toContain(id);
    const status = await makeDoc(id, 'pemberitahuan-status-laporan');
    expect(await owing()).not.toContain(id);
    const done = (await view(id)).notices;
    expect(done.every((n) => n.outcome === 'dibuat')).toBe(true);
    expect(done[0]!.document!.id).toBe(registered.id);
    expect(done.slice(3).every((n) => n.document!.id === status.id)).toBe(true);

    // The public board shows each status notice with the status it announced, not the case's present one.
    const board = (await t.app.inject({ url: `/api/v1/public/notices?office=${officeCode}&limit=100` })).json() as { items: { documentId: string; status: { id: string } }[] };
    const shown = (docId: string) => board.items.find((i) => i.documentId === docId)?.status.id;
    expect(shown(registered.id)).toBe('Klarifikasi'); // made after the invitations were sent
    expect(shown(status.id)).toMatch(/diteruskan/i);

    // Each tells, besides the present status, the earlier ones no notice announced yet, with their days.
    const text = async (docId: string) => pdfText((await t.app.inject({ url: `/api/v1/public/notices/${docId}/file` })).rawPayload);
    const [first, last] = [await text(registered.id), await text(status.id)];
    if (first !== undefined && last !== undefined) {
      expect(first).toMatch(/Status sebelumnya\s*:?\s*Diregistrasi \(10 November 2024\)/);
      expect(last).toMatch(/Status sebelumnya\s*:?\s*Pelanggaran \(12 November 2024\)/);
      expect(last).not.toContain('Diregistrasi (');
      // Made again, once every status was announced: the present one alone.
      expect(await text((await makeDoc(id, 'pemberitahuan-status-laporan')).id)).not.toContain('Status sebelumnya');
    }

    // The document's audit row says which notices it carries: every status notice so far.
    const audit = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json() as { items: { action: string; summary: { documentId?: string; notices?: string[] } }[] };
    const made = audit.items.find((i) => i.action === 'case.document-generated' && i.summary.documentId === status.id);
    expect(made?.summary.notices).toEqual(done.filter((n) => n.notice === 'pemberitahuan-status').map((n) => n.id));
  });

  it('a temuan owes no notice to a pelapor it does not have', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: staff.headers,
      payload: { ...laporanBody(), kind: 'temuan', reporter: undefined, finder: { name: 'Pengawas Kelurahan', position: 'PKD' }, foundOn: '2024-11-09' },
    });
    if (res.statusCode !== 201) return expect.fail(res.body);
    const id = (res.json() as { id: string }).id;
    await act(staff, id, 'mulai-kajian-awal');
    await act(staff, id, 'nilai-syarat', allRequirementsMet('pilkada', 'temuan'));
    expect((await act(staff, id, 'registrasi')).notices).toEqual([]);
  });
});

describe('the public notice board', () => {
  it("dates a notice on the office's day, as its letter does, also just after midnight", async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    await act(staff, id, 'mulai-kajian-awal');
    await act(staff, id, 'nilai-syarat', allRequirementsMet());
    await act(staff, id, 'registrasi');
    clock = new Date('2024-11-10T17:30:00Z'); // 11 November, 00:30 WIB
    const doc = await makeDoc(id, 'pemberitahuan-status-laporan');
    const board = (await t.app.inject({ url: `/api/v1/public/notices?office=${officeCode}&limit=100` })).json() as { items: { documentId: string; issuedAt: string; issuedOn: string }[] };
    const item = board.items.find((i) => i.documentId === doc.id)!;
    expect(item.issuedAt).toBe('2024-11-10T17:30:00.000Z');
    expect(item.issuedOn).toBe('2024-11-11');
    const text = pdfText((await t.app.inject({ url: `/api/v1/public/notices/${doc.id}/file` })).rawPayload);
    if (text !== undefined) expect(text).toMatch(/Serang, 11 November 2024/);
  });
});
