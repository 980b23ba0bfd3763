// Documents that print the reporter's identity (the receipt, the notice to complete) or name (an
// invitation to the pelapor) are personal data like the identity itself: only roles allowed to
// read the reporter make or download them, and every download is recorded as a read of the
// identity. Other documents stay open to every role that reads the case. The pelapor's name typed
// into an invitation is withheld from the other roles wherever the case is shown.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { pdfText } from '../../test/pdf-text.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session; // penanganan: may read the reporter
let datin: Session; // reads cases, not the reporter
let field: Session; // pengawas: acts on cases, not the reporter
let caseId: string;
let receiptId: string;
let formId: string;

const generate = (s: Session, kind: string, lang = 'id') =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents`, headers: { ...s.headers, 'accept-language': lang }, payload: { kind } });
const download = (s: Session, docId: string) => t.app.inject({ url: `/api/v1/cases/${caseId}/documents/${docId}/file`, headers: s.headers });
const identityReads = async () =>
  rowsOf<{ summary: Record<string, unknown>; actor: string }>(
    await t.deps.db.execute(sql`select summary, actor_label as actor from audit_log where entity_id = ${caseId} and action = 'case.reporter-read' order by id`),
  );
const documentCount = async () => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from documents where case_id = ${caseId}`))[0]!.n;

beforeAll(async () => {
  t = await testApp();
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  const staffUser = await makeUser(t.deps.db, { office, role: 'penanganan' });
  staff = await signIn(t.app, staffUser);
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }));
  field = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pengawas' }));
  caseId = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id;
  const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/actions/${action}`, headers: staff.headers, payload });
  await act('mulai-kajian-awal');
  await act('nilai-syarat', allRequirementsMet());
});
afterAll(() => t.app.close());

describe('documents that print the reporter’s identity', () => {
  it('are made by a role that may read the reporter, and marked as personal data in the case page', async () => {
    const receipt = await generate(staff, 'tanda-bukti-penyampaian-laporan');
    expect(receipt.statusCode).toBe(201);
    expect(receipt.json()).toMatchObject({ kind: 'tanda-bukti-penyampaian-laporan', personalData: true });
    receiptId = receipt.json().id;
    const form = await generate(staff, 'formulir-kajian-awal');
    expect(form.statusCode).toBe(201);
    expect(form.json().personalData).toBe(false);
    formId = form.json().id;

    const page = (await t.app.inject({ url: `/api/v1/cases/${caseId}`, headers: datin.headers })).json();
    const marks = Object.fromEntries(page.documents.map((d: { kind: string; personalData: boolean }) => [d.kind, d.personalData]));
    expect(marks).toEqual({ 'tanda-bukti-penyampaian-laporan': true, 'formulir-kajian-awal': false });
  });

  it('are refused to a field supervisor, in both languages, and nothing is made', async () => {
    const before = await documentCount();
    const id = await generate(field, 'tanda-bukti-penyampaian-laporan');
    expect(id.statusCode).toBe(403);
    expect(id.json().error.code).toBe('FORBIDDEN');
    expect(id.json().error.details[0].message).toMatch(/memuat identitas atau nama pelapor \(data pribadi\)/);
    const en = await generate(field, 'pemberitahuan-kelengkapan', 'en');
    expect(en.statusCode).toBe(403);
    expect(en.json().error.message).toBe('You are not allowed to do this.');
    expect(await documentCount()).toBe(before);
    // The documents without personal data stay the field supervisor's to make.
    expect((await generate(field, 'formulir-kajian-awal')).statusCode).toBe(201);
  });

  it('are not downloaded by a role that only reads cases, which still downloads the others', async () => {
    const readsBefore = (await identityReads()).length;
    const refused = await download(datin, receiptId);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toMatch(/%PDF|Ahmad Fauzi/);
    expect((await download(field, receiptId)).statusCode).toBe(403);
    const form = await download(datin, formId);
    expect(form.statusCode).toBe(200);
    expect(form.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await identityReads()).length).toBe(readsBefore);
  });

  it('are downloaded by a role that may read the reporter, each download recorded as a read of the identity', async () => {
    const readsBefore = (await identityReads()).length;
    for (let i = 0; i < 2; i++) {
      const file = await download(staff, receiptId);
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    const reads = (await identityReads()).slice(readsBefore);
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ summary: { documentId: receiptId, kind: 'tanda-bukti-penyampaian-laporan', version: 1 } });
    expect(reads[0]!.summary.number).toEqual(expect.any(String));
    // The case history says so, to everyone who reads the case.
    const timeline = (await t.app.inject({ url: `/api/v1/cases/${caseId}/timeline`, headers: datin.headers })).json().items;
    expect(timeline.filter((i: { action: string }) => i.action === 'case.reporter-read').length).toBeGreaterThanOrEqual(2);
    // Downloading a document without personal data records no such read.
    expect((await download(staff, formId)).statusCode).toBe(200);
    expect((await identityReads()).length).toBe(readsBefore + 2);
  });
});

describe('the pelapor’s name typed into an invitation', () => {
  let id: string;
  let pelaporInvitation: string;
  let terlaporInvitation: string;
  const act = (s: Session, action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });
  const make = (s: Session, kind: string, invitationId: string) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: s.headers, payload: { kind, invitationId } });
  const invitationNames = async (s: Session) =>
    Object.fromEntries((await t.app.inject({ url: `/api/v1/cases/${id}`, headers: s.headers })).json().invitations.map((i: { party: string; name: string | null }) => [i.party, i.name]));
  const invitedInHistory = async (s: Session, url: string) =>
    (await t.app.inject({ url, headers: s.headers })).json().items.find((i: { action: string }) => i.action === 'case.undang-klarifikasi').summary.payload.invitations.map((i: { party: string; name: string | null }) => [i.party, i.name]);

  beforeAll(async () => {
    id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id;
    await act(staff, 'mulai-kajian-awal');
    await act(staff, 'nilai-syarat', allRequirementsMet());
    await act(staff, 'registrasi');
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const invited = await act(staff, 'undang-klarifikasi', {
      invitations: [
        { party: 'pelapor', name: 'Ahmad Fauzi', scheduledAt: at, place: 'Kantor Bawaslu Kota Serang' },
        { party: 'terlapor', name: 'Budi Santoso', scheduledAt: at, place: 'Kantor Bawaslu Kota Serang' },
      ],
    });
    expect(invited.statusCode).toBe(200);
    const byParty = Object.fromEntries(invited.json().invitations.map((i: { party: string; id: string }) => [i.party, i.id]));
    pelaporInvitation = byParty.pelapor;
    terlaporInvitation = byParty.terlapor;
  });

  it('is withheld from the case page, the case history and the audit log of a role that may not read the reporter', async () => {
    expect(await invitationNames(staff)).toEqual({ pelapor: 'Ahmad Fauzi', terlapor: 'Budi Santoso' });
    expect(await invitationNames(datin)).toEqual({ pelapor: null, terlapor: 'Budi Santoso' });
    expect(await invitationNames(field)).toEqual({ pelapor: null, terlapor: 'Budi Santoso' });
    const history = `/api/v1/cases/${id}/timeline`;
    expect(await invitedInHistory(staff, history)).toEqual([['pelapor', 'Ahmad Fauzi'], ['terlapor', 'Budi Santoso']]);
    expect(await invitedInHistory(datin, history)).toEqual([['pelapor', null], ['terlapor', 'Budi Santoso']]);
    // datin reads the audit log (audit.read) but not the reporter; the stored entry is unchanged.
    const audit = `/api/v1/audit?entityType=case&entityId=${id}`;
    expect(await invitedInHistory(datin, audit)).toEqual([['pelapor', null], ['terlapor', 'Budi Santoso']]);
    const stored = rowsOf<{ name: string }>(
      await t.deps.db.execute(sql`select summary->'payload'->'invitations'->0->>'name' as name from audit_log where entity_id = ${id} and action = 'case.undang-klarifikasi'`),
    );
    expect(stored[0]!.name).toBe('Ahmad Fauzi');
  });

  it('makes the invitation to the pelapor personal data, made and downloaded only by roles that may read the reporter', async () => {
    const toPelapor = await make(staff, 'undangan-klarifikasi', pelaporInvitation);
    expect(toPelapor.statusCode).toBe(201);
    expect(toPelapor.json().personalData).toBe(true);
    const toTerlapor = await make(staff, 'undangan-klarifikasi', terlaporInvitation);
    expect(toTerlapor.json()).toMatchObject({ personalData: false, version: 2 });

    // A field supervisor may make the terlapor's invitation, not the pelapor's; the refusal
    // stores nothing and uses up no number.
    const refused = await make(field, 'undangan-klarifikasi', pelaporInvitation);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.details[0].message).toMatch(/identitas atau nama pelapor/);
    const next = await make(field, 'undangan-klarifikasi', terlaporInvitation);
    expect(next.statusCode).toBe(201);
    const seq = (n: string) => Number(n.split('/')[0]);
    expect(seq(next.json().number)).toBe(seq(toTerlapor.json().number) + 1);
    expect(next.json().version).toBe(3);

    const get = (s: Session, docId: string) => t.app.inject({ url: `/api/v1/cases/${id}/documents/${docId}/file`, headers: s.headers });
    expect((await get(datin, toPelapor.json().id)).statusCode).toBe(403);
    expect((await get(datin, toTerlapor.json().id)).statusCode).toBe(200);
    const letter = await get(staff, toPelapor.json().id);
    expect(letter.statusCode).toBe(200);
    // Addressed to the pelapor at their address, read from the sealed identity (and said so).
    const text = pdfText(letter.rawPayload);
    if (text !== undefined) expect(text).toContain(laporanBody().reporter.address);
    const made = rowsOf<{ used: boolean }>(
      await t.deps.db.execute(sql`select (summary->>'reporterIdentityUsed')::boolean as used from audit_log where entity_id = ${id} and action = 'case.document-generated' and summary->>'documentId' = ${toPelapor.json().id as string}`),
    );
    expect(made).toEqual([{ used: true }]);
    const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: datin.headers })).json();
    expect(page.documents.map((d: { version: number; personalData: boolean }) => [d.version, d.personalData])).toEqual([[1, true], [2, false], [3, false]]);
  });
});

describe('free text that names the pelapor', () => {
  // A checklist note (free text staff type) that gives the pelapor's name, or their phone number.
  const formWithNote = async (note: string) => {
    const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
    const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
    await act('mulai-kajian-awal');
    const entries = allRequirementsMet().entries.map((e, i) => (i === 0 ? { ...e, note } : e));
    expect((await act('nilai-syarat', { entries })).statusCode).toBe(200);
    const made = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'formulir-kajian-awal' } });
    expect(made.statusCode, made.body).toBe(201);
    return { id, doc: made.json() as { id: string; personalData: boolean } };
  };

  it('makes a document that prints it personal data, refused to roles that may not read the reporter', async () => {
    const { reporter } = laporanBody();
    for (const note of [`Identitas ${reporter.name} sesuai KTP`, `Dikonfirmasi lewat telepon ${reporter.phone}`]) {
      const { id, doc } = await formWithNote(note);
      expect(doc.personalData, note).toBe(true);
      expect((await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.id}/file`, headers: datin.headers })).statusCode).toBe(403);
      // and the field supervisor cannot make it either
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: field.headers, payload: { kind: 'formulir-kajian-awal' } })).statusCode).toBe(403);
    }
  });

  it('leaves a document that does not (a first name alone is not enough) open to every reader of the case', async () => {
    const { id, doc } = await formWithNote('Pelapor Ahmad hadir sendiri; identitas sesuai KTP');
    expect(doc.personalData).toBe(false);
    expect((await t.app.inject({ url: `/api/v1/cases/${id}/documents/${doc.id}/file`, headers: datin.headers })).statusCode).toBe(200);
  });
});

describe('the pelapor in free text', () => {
  // The pelapor's own chronology names them; staff add a note with their phone number and a kajian
  // that names them in full.
  const { reporter } = laporanBody();
  const chronology = `Saya, ${reporter.name} (NIK ${reporter.nik}), tinggal di Jl. Ki Mas Jong No. 7, melihat unggahan terlapor Budi Santoso.`;
  const PRIVATE = [reporter.name, reporter.nik, reporter.phone, '0812-3456-7890', 'Jl. Ki Mas Jong No. 7'];
  let id: string;
  let noteId: string;

  beforeAll(async () => {
    const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ chronology }) });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const note = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/notes`, headers: staff.headers, payload: { body: `Pelapor minta dihubungi di 0812-3456-7890 (${reporter.name}).` } });
    expect(note.statusCode, note.body).toBe(201);
    noteId = note.json().id;
    // A checklist note that names them: in the case page, and in the action's audit entry.
    const act = (action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
    expect((await act('mulai-kajian-awal')).statusCode).toBe(200);
    const entries = allRequirementsMet().entries.map((e, i) => (i === 0 ? { ...e, note: `Identitas ${reporter.name} sesuai KTP` } : e));
    expect((await act('nilai-syarat', { entries })).statusCode).toBe(200);
  });

  const read = (s: Session, url: string) => t.app.inject({ url, headers: s.headers });

  it('is withheld from the case page, its history and the audit log of roles that may not read the reporter', async () => {
    for (const s of [datin, field]) {
      const page = await read(s, `/api/v1/cases/${id}`);
      expect(page.statusCode).toBe(200);
      for (const word of PRIVATE) expect(page.body, word).not.toContain(word);
      const view = page.json();
      // What is not about the pelapor stays: the terlapor, the rest of the sentence, the ids.
      expect(view.intake.chronology).toBe('Saya, [disamarkan] (NIK [disamarkan]), tinggal di [disamarkan], melihat unggahan terlapor Budi Santoso.');
      expect(view.notes.find((n: { id: string }) => n.id === noteId).body).toBe('Pelapor minta dihubungi di [disamarkan] ([disamarkan]).');
      expect(view.checklist.map((c: { note?: string }) => c.note).filter(Boolean)).toEqual(['Identitas [disamarkan] sesuai KTP']);
      expect(view.id).toBe(id);
      const history = await read(s, `/api/v1/cases/${id}/timeline`);
      expect(history.statusCode).toBe(200);
      expect(history.body).toContain('Identitas [disamarkan] sesuai KTP');
      for (const word of PRIVATE) expect(history.body, word).not.toContain(word);
    }
    // datin reads the audit log (audit.read): its entries of the case say no more.
    const audit = await read(datin, `/api/v1/audit?entityType=case&entityId=${id}`);
    expect(audit.statusCode).toBe(200);
    expect(audit.body).toContain('Identitas [disamarkan] sesuai KTP');
    for (const word of PRIVATE) expect(audit.body, word).not.toContain(word);
  });

  it('is shown as written to roles that may read the reporter, and stored as written', async () => {
    const page = (await read(staff, `/api/v1/cases/${id}`)).json();
    expect(page.intake.chronology).toBe(chronology);
    expect(page.notes.find((n: { id: string }) => n.id === noteId).body).toContain('0812-3456-7890');
    expect((await read(staff, `/api/v1/cases/${id}/timeline`)).body).toContain(`Identitas ${reporter.name} sesuai KTP`);
    const stored = rowsOf<{ chronology: string }>(await t.deps.db.execute(sql`select facts->'intake'->>'chronology' as chronology from cases where id = ${id}`));
    expect(stored[0]!.chronology).toBe(chronology);
  });
});
