// A case from intake to forwarding through the HTTP API, as Bawaslu Kota Serang handles it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let member: Session;
let foreign: Session;
let officeCode: string;
const NOW = new Date('2024-11-10T03:00:00Z'); // 10:00 WIB
let clock = NOW;

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30 } }); // the clock moves days ahead
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  officeCode = office.code;
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  member = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }));
  foreign = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });

describe('case lifecycle', () => {
  it('takes a laporan from intake to forwarding to BKN, on the legal clock', async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
    expect(created.statusCode).toBe(201);
    const { id, receiptNumber } = created.json();
    expect(receiptNumber).toMatch(/36\.73/);

    let view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(view).toMatchObject({ state: 'diterima', hasReporter: true });
    expect(JSON.stringify(view)).not.toContain('3673011205900001'); // the reporter's NIK stays out of the case page
    expect(view.deadlines.decision).toMatchObject({ baseLastDay: '2024-11-13', lastDayIfExtended: '2024-11-15' });
    expect(view.running[0]).toMatchObject({ clock: 'kajianAwal', status: 'tepat-waktu' });

    expect((await act(staff, id, 'mulai-kajian-awal')).json().state).toBe('kajian-awal');
    const early = await act(staff, id, 'registrasi');
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/belum dinilai/);
    expect(early.json().error.missing.length).toBeGreaterThan(0);

    expect((await act(staff, id, 'nilai-syarat', allRequirementsMet())).statusCode).toBe(200);
    view = (await act(staff, id, 'registrasi')).json();
    expect(view.state).toBe('diregistrasi');
    expect(view.registerNumber).toMatch(/^001\/Reg\/LP\/PW\/Kota\/36\.73\/XI\/2024$/);

    view = (await act(staff, id, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] })).json();
    const invitationId = view.invitations[0].id;
    clock = new Date('2024-11-11T05:00:00Z'); // the next day, after the hearing
    const heard = await act(staff, id, 'catat-klarifikasi', { invitationId, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024', summary: 'Terlapor mengakui membagikan unggahan.' });
    expect(heard.statusCode).toBe(200);
    view = heard.json();
    expect(view.state).toBe('klarifikasi');
    expect((await act(staff, id, 'mulai-kajian')).json().state).toBe('kajian');
    view = (await act(staff, id, 'catat-kajian', { facts: 'Terlapor membagikan unggahan paslon.', actCodes: ['skb2022.4'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] })).json();
    expect((await act(staff, id, 'ajukan-pleno', { scheduledAt: '2024-11-12T13:00:00+07:00' })).json().state).toBe('pleno');

    clock = new Date('2024-11-12T07:00:00Z'); // plenary on 12 November, within the 3-day clock
    const byStaff = await act(staff, id, 'putus-pleno', { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' });
    expect(byStaff.statusCode).toBe(403); // only members decide in plenary
    view = (await act(member, id, 'putus-pleno', { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' })).json();
    expect(view.state).toBe('pelanggaran');

    expect(view.decision).toMatchObject({ outcome: 'pelanggaran', types: ['peraturan-lain'] });
    expect(view.running).toEqual([]);
    view = (await act(staff, id, 'teruskan', { type: 'peraturan-lain', letterRef: '012/PP.01/K.BT-13/XI/2024' })).json();
    expect(view.state).toBe('diteruskan');
    expect(view.forwardings[0]).toMatchObject({ type: 'peraturan-lain', recipient: 'BKN' });
    expect(view.terminal).toBe(true);

    // Every official document, generated from the case, downloadable as a real PDF.
    const kinds = ['tanda-bukti-penyampaian-laporan', 'formulir-kajian-awal', 'undangan-klarifikasi', 'berita-acara-klarifikasi', 'kajian-dugaan-pelanggaran', 'pemberitahuan-status-laporan', 'surat-penerusan'];
    for (const kind of kinds) {
      const doc = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind } });
      expect(doc.statusCode, `${kind}: ${doc.body}`).toBe(201);
      expect(doc.json()).toMatchObject({ kind, version: 1 });
      const file = await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.json().id}/file`, headers: staff.headers });
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(`attachment; filename="${kind}-v1.pdf"`);
      expect(file.headers['cache-control']).toBe('no-store');
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      // The same file for the case page's viewer: inline, framable by Netra alone.
      const shown = await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.json().id}/file?tampil=1`, headers: staff.headers });
      expect([shown.headers['content-disposition'], shown.headers['content-security-policy']]).toEqual([`inline; filename="${kind}-v1.pdf"`, "default-src 'none'; frame-ancestors 'self'"]);
      expect(shown.rawPayload.equals(file.rawPayload)).toBe(true);
    }
    // The status notice is public, by office, and carries nothing of the reporter.
    // (The office's board: on a shared database, another test's office of Kota Serang numbers its cases alike.)
    const boardRes = await t.app.inject({ url: `/api/v1/public/notices?office=${officeCode}&limit=100` });
    const board = boardRes.json().items as { caseNumber: string; documentId: string }[];
    const notice = board.find((n) => n.caseNumber === view.registerNumber)!;
    expect(notice).toBeDefined();
    const publicPdf = await t.app.inject({ url: `/api/v1/public/notices/${notice.documentId}/file` });
    expect(publicPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    // Public, unlike the rest of the API: a proxy may keep the board a minute (a browser asks
    // again), and anyone a notice ten.
    expect([boardRes.headers['cache-control'], publicPdf.headers['cache-control']]).toEqual(['public, max-age=0, s-maxage=60', 'public, max-age=600']);
    expect((await t.app.inject({ url: '/api/v1/public/notices?limit=0' })).headers['cache-control']).toBe('no-store');
    expect(JSON.stringify(board)).not.toMatch(/Ahmad Fauzi|3673011205900001|081234567890/);

    const again = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'surat-penerusan' } });
    expect(again.json().version).toBe(2);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: foreign.headers, payload: { kind: 'surat-penerusan' } })).statusCode).toBe(404);

    const items = (await t.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: staff.headers })).json().items as { action: string; at: string }[];
    const timeline = items.map((i) => i.action);
    expect(timeline[0]).toBe('case.received');
    expect(timeline).toContain('case.teruskan');
    expect(timeline.at(-1)).toBe('case.document-generated');
    // The history is told on the same clock as the case: each step at the time the server gave it.
    const at = (action: string) => items.find((i) => i.action === action)?.at;
    expect([at('case.received'), at('case.mulai-kajian-awal')]).toEqual([NOW.toISOString(), NOW.toISOString()]);
    expect(at('case.teruskan')).toBe(clock.toISOString());
  });

  it('refuses a hearing recorded before it happened, saying so in both languages', async () => {
    clock = NOW;
    const { id } = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json();
    await act(staff, id, 'mulai-kajian-awal');
    await act(staff, id, 'nilai-syarat', allRequirementsMet());
    await act(staff, id, 'registrasi');
    const inv = (await act(staff, id, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: 'Budi', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor' }] })).json().invitations[0].id;
    const res = await act(staff, id, 'catat-klarifikasi', { invitationId: inv, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/1' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.missing[0]).toMatchObject({ id: expect.stringContaining('klarifikasi'), en: expect.stringContaining('hearing') });
    const en = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/catat-klarifikasi`, headers: { ...staff.headers, 'accept-language': 'en' }, payload: { invitationId: inv, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/1' } });
    expect(en.json().error.message).toContain('The hearing time cannot be later than now');
  });

  it('keeps the reporter’s identity behind its own endpoint, and logs every read', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json();
    const res = await t.app.inject({ url: `/api/v1/cases/${id}/reporter`, headers: staff.headers });
    expect(res.json()).toMatchObject({ name: 'Ahmad Fauzi', nik: '3673011205900001' });
    const audit = await t.app.inject({ url: `/api/v1/audit?entityType=case&entityId=${id}`, headers: member.headers });
    expect(audit.json().items.map((i: { action: string }) => i.action)).toContain('case.reporter-read');
  });

  it('takes a laporan brought by a kuasa, keeps the kuasa with the reporter’s identity, and prints them on the receipt', async () => {
    const kuasa = { name: 'Hendra Gunawan, S.H.', address: 'Jl. Veteran No. 3, Kota Serang', phone: '0813-9999-1234', powerOfAttorney: 'SKK/12/XI/2024 tanggal 9 November 2024' };
    const body = laporanBody();
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: { ...body, reporter: { ...body.reporter, representative: kuasa } } });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    // Personal data: not in the case view, only behind the logged reporter endpoint.
    expect((await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).body).not.toContain('Hendra');
    expect((await t.app.inject({ url: `/api/v1/cases/${id}/reporter`, headers: staff.headers })).json().representative).toEqual(kuasa);
    const receipt = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
    expect(receipt.statusCode).toBe(201);

    // A kuasa without the surat kuasa khusus is a 400 naming that field, and nothing is written.
    const { powerOfAttorney: _left, ...withoutLetter } = kuasa;
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: { ...body, reporter: { ...body.reporter, representative: withoutLetter } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toContain('body.reporter.representative.powerOfAttorney');

    // The kuasa outside the identity (where the case record would carry it, open to every reader)
    // is refused, saying where it belongs, in both languages; nothing is written.
    const before = await t.app.inject({ url: '/api/v1/cases?limit=1', headers: staff.headers });
    for (const [lang, text] of [['id', /Kuasa pelapor dicatat di reporter\.representative/], ['en', /under reporter\.representative/]] as const) {
      const outside = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...staff.headers, 'accept-language': lang }, payload: { ...body, representative: { name: kuasa.name, powerOfAttorneyRef: 'SKK/12/XI/2024' } } });
      expect(outside.statusCode).toBe(400);
      const detail = outside.json().error.details.find((d: { path: string }) => d.path === 'body.representative');
      expect(detail?.message).toMatch(text);
    }
    expect((await t.app.inject({ url: '/api/v1/cases?limit=1', headers: staff.headers })).json().total).toBe(before.json().total);
  });

  it('gives gapless receipt numbers and refuses nothing that is well-formed', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 3; i++) numbers.push((await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().receiptNumber);
    const seqs = numbers.map((n) => Number(n.split('/').at(-1)));
    expect(seqs[1]! - seqs[0]!).toBe(1);
    expect(seqs[2]! - seqs[1]!).toBe(1);
  });

  it('answers a malformed intake with 400 and writes nothing', async () => {
    const before = (await t.app.inject({ url: '/api/v1/cases?limit=1', headers: staff.headers })).json().total;
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ event: { description: 'x' } }) });
    expect(bad.statusCode).toBe(400);
    expect((await t.app.inject({ url: '/api/v1/cases?limit=1', headers: staff.headers })).json().total).toBe(before);
  });

  it('refuses a time of receipt that cannot be (later than now, before the event was known), naming the field in both languages, and stores nothing', async () => {
    const total = async () => (await t.app.inject({ url: '/api/v1/cases?limit=1', headers: staff.headers })).json().total as number;
    const send = (receivedAt: string, lang = 'id') => t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...staff.headers, 'accept-language': lang }, payload: laporanBody({ receivedAt }) });
    const before = await total();
    const detail = (res: Awaited<ReturnType<typeof send>>) => (res.json().error.details as { path: string; message: string }[]).find((d) => d.path === 'body.receivedAt')?.message;
    const later = await send(new Date(clock.getTime() + 3_600_000).toISOString());
    expect(later.statusCode).toBe(400);
    expect(detail(later)).toMatch(/^Waktu diterima tidak boleh setelah waktu sekarang \/ the time received cannot be later than now$/);
    const farAhead = await send('9999-12-31T23:59:59Z', 'en'); // was a 500
    expect([farAhead.statusCode, farAhead.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const beforeKnown = await send('2024-11-08T10:00:00+07:00'); // the pelapor knew of it on 9 November
    expect(beforeKnown.statusCode).toBe(400);
    expect(detail(beforeKnown)).toContain('sebelum tanggal diketahui (2024-11-09)');
    expect(await total()).toBe(before);
    // A desk clock a minute or two ahead of the server's is not the future.
    expect((await send(new Date(clock.getTime() + 120_000).toISOString())).statusCode).toBe(201);
  });

  it('hides the case from another regency', async () => {
    const { id } = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json();
    expect((await t.app.inject({ url: `/api/v1/cases/${id}`, headers: foreign.headers })).statusCode).toBe(404);
    expect((await act(foreign, id, 'mulai-kajian-awal')).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/v1/cases/${id}/reporter`, headers: foreign.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/cases?limit=200', headers: foreign.headers })).body).not.toContain(id);
  });
});
