// Documents that print the reporter's identity (the receipt, the notice to complete) are personal
// data like the identity itself: only roles allowed to read the reporter make or download them,
// and every download is recorded as a read of the identity. Other documents stay open to every
// role that reads the case.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
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
    expect(id.json().error.details[0].message).toMatch(/memuat identitas pelapor \(data pribadi\)/);
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
