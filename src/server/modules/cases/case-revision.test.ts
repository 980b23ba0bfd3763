// If-Match on workflow actions (decision 018): an action sent with the revision its sender saw is
// refused with 412 when someone acted on the case in between, and nothing of it is written. The
// revision moves with workflow actions only, not with notes, assignment, documents or the sweep.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session, type TestUser } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { multipartForm, pngOf } from '../../test/multipart.js';
import type { CaseWithExtras } from './case-statements.js';
import { sweepOverdue } from './sweep-overdue.js';

let t: TestApp;
let clock = new Date('2024-11-10T03:00:00Z');
let alice: Session;
let bob: Session;
let bobUser: TestUser;

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  alice = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), clock);
  bobUser = await makeUser(t.deps.db, { office, role: 'penanganan' });
  bob = await signIn(t.app, bobUser, clock);
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: { ...s.headers, ...headers }, payload });
const page = (s: Session, id: string, lang = 'id') => t.app.inject({ url: `/api/v1/cases/${id}`, headers: { ...s.headers, 'accept-language': lang } });
const stored = async (id: string) =>
  rowsOf<{ version: number; facts: unknown; audited: number }>(
    await t.deps.db.execute(sql`select version, facts, (select count(*)::int from audit_log where entity_id = ${id}) as audited from cases where id = ${id}`),
  )[0]!;
const intake = async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: alice.headers, payload: laporanBody() });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};
/** A case in kajian awal (revision 1), as both read it. */
const inKajianAwal = async () => {
  const id = await intake();
  expect((await act(alice, id, 'mulai-kajian-awal', {})).statusCode).toBe(200);
  return id;
};
const checklist = (result: 'memenuhi' | 'tidak-memenuhi') => ({
  entries: allRequirementsMet().entries.map((e) => ({ ...e, result, ...(result === 'tidak-memenuhi' ? { note: 'Belum dilampirkan.' } : {}) })),
});
const invitation = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-14T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };

describe('the case revision', () => {
  it('starts at 0, moves by one with each workflow action, and is the ETag of the page and of the answer', async () => {
    const id = await intake();
    const first = await page(alice, id);
    expect(first.headers.etag).toBe('"r0"');
    expect(first.json().revision).toBe(0);
    const started = await act(alice, id, 'mulai-kajian-awal', {}, { 'if-match': '"r0"' });
    expect(started.statusCode, started.body).toBe(200);
    expect(started.headers.etag).toBe('"r1"');
    expect(started.json().revision).toBe(1);
    const assessed = await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1"', prefer: 'return=minimal' });
    expect(assessed.statusCode, assessed.body).toBe(200);
    expect(assessed.headers.etag).toBe('"r2"');
    expect(assessed.json().revision).toBe(2);
    expect((await page(bob, id)).headers.etag).toBe('"r2"');
  });

  it('does not move with a note, an assignment, a document, evidence, or the sweep marking the case overdue', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await inKajianAwal();
    const before = await stored(id);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/notes`, headers: bob.headers, payload: { body: 'Sudah dihubungi.' } })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/assign`, headers: bob.headers, payload: { assigneeId: bobUser.id } })).statusCode).toBe(200);
    const doc = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: bob.headers, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
    expect(doc.statusCode, doc.body).toBe(201);
    const { payload, contentType } = multipartForm({ label: 'Tangkapan layar' }, { name: 'layar.png', type: 'image/png', body: pngOf('unggahan') });
    const evidence = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/evidence`, headers: { ...bob.headers, 'content-type': contentType }, payload });
    expect(evidence.statusCode, evidence.body).toBe(201);
    clock = new Date('2024-11-13T02:00:00Z'); // past the kajian awal deadline (12 Nov 23:59:59 WIB)
    expect(await sweepOverdue(t.deps)).toBeGreaterThan(0);

    const after = await stored(id);
    expect(after.version).toBeGreaterThan(before.version); // all of them wrote to the case or beside it
    expect(after.audited).toBe(before.audited + 5); // note, assignment, document, evidence, overdue
    expect((await page(alice, id)).headers.etag).toBe('"r1"');
    const res = await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().revision).toBe(2);
  });
});

describe('an action sent with If-Match', () => {
  it('is refused with 412 when someone acted since, writes nothing, and says what was done, by whom and when', async () => {
    clock = new Date('2024-11-11T07:05:00Z'); // 14.05 WIB
    const id = await inKajianAwal();
    // Both opened the case at revision 1; Bob assesses first.
    expect((await act(bob, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1"' })).statusCode).toBe(200);
    const before = await stored(id);

    const refused = await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r1"' });
    expect(refused.statusCode, refused.body).toBe(412);
    expect(refused.headers.etag).toBe('"r2"');
    const error = refused.json().error;
    expect(error.code).toBe('CASE_CHANGED');
    expect(error.message).toMatch(/^Perkara ini sudah diubah dengan tindakan lain sejak Anda membukanya/);
    expect(error.details).toEqual([
      {
        path: 'headers.if-match',
        message: `Tindakan terakhir: «Nilai syarat formal dan materiil» oleh ${bobUser.username}, Senin, 11 November 2024 pukul 14.05 WIB / The last action: "Assess formal and material requirements" by ${bobUser.username}, Monday, 11 November 2024 at 14:05 WIB`,
      },
    ]);
    const inEnglish = await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r1"', 'accept-language': 'en' });
    expect(inEnglish.json().error.message).toMatch(/^This case was changed by another action since you opened it/);

    expect(await stored(id)).toEqual(before); // nothing of Alice's assessment, not even an audit row
    expect((await page(alice, id)).json().checklist.every((c: { result: string }) => c.result === 'memenuhi')).toBe(true);

    // Having seen Bob's assessment, Alice sends hers with the new revision: it is taken.
    const again = await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r2"' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().checklist.every((c: { result: string }) => c.result === 'tidak-memenuhi')).toBe(true);
  });

  it('names the last action however much of the history came after it (notes, a read of personal data)', async () => {
    clock = new Date('2024-11-11T07:05:00Z');
    const id = await inKajianAwal();
    expect((await act(bob, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1"' })).statusCode).toBe(200);
    // A busy case: sixty notes and a read of the pelapor's identity, each a row of its history.
    for (let i = 0; i < 60; i++) {
      expect((await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/notes`, headers: bob.headers, payload: { body: `Catatan ${i}` } })).statusCode).toBe(201);
    }
    expect((await t.app.inject({ url: `/api/v1/cases/${id}/reporter`, headers: bob.headers })).statusCode).toBe(200);
    expect((await stored(id)).audited).toBeGreaterThan(60);
    const refused = await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r1"' });
    expect(refused.statusCode).toBe(412);
    expect(refused.json().error.details[0].message).toMatch(new RegExp(`^Tindakan terakhir: «Nilai syarat formal dan materiil» oleh ${bobUser.username.replace('.', '\\.')}, `));
  });

  it('takes a step once when it is sent again after its answer was lost; without If-Match it is taken twice', async () => {
    const invitedTwice = async (headers: Record<string, string>) => {
      const id = await inKajianAwal();
      await act(alice, id, 'nilai-syarat', checklist('memenuhi'));
      expect((await act(alice, id, 'registrasi', {})).statusCode).toBe(200);
      const revision = (await page(alice, id)).json().revision as number;
      const tag = { ...headers, ...(headers['if-match'] ? { 'if-match': `"r${revision}"` } : {}) };
      const first = await act(alice, id, 'undang-klarifikasi', invitation, tag);
      expect(first.statusCode).toBe(200);
      const second = await act(alice, id, 'undang-klarifikasi', invitation, tag); // the same request again
      return { second, invitations: (await page(alice, id)).json().invitations.length as number };
    };
    const guarded = await invitedTwice({ 'if-match': 'set below' });
    expect(guarded.second.statusCode).toBe(412);
    expect(guarded.second.json().error.details[0].message).toContain('«Undang klarifikasi»');
    expect(guarded.invitations).toBe(1);
    const unguarded = await invitedTwice({});
    expect(unguarded.second.statusCode).toBe(200);
    expect(unguarded.invitations).toBe(2);
  });

  it('is checked against the case as stored, not as this process cached it', async () => {
    const id = await inKajianAwal();
    const stale: CaseWithExtras = structuredClone(t.deps.caseCache.getCase(id)!); // at revision 1
    expect((await act(bob, id, 'nilai-syarat', checklist('memenuhi'))).statusCode).toBe(200); // revision 2, as if through another process
    t.deps.caseCache.putCase(stale);
    // The cached copy matches "r1", but the case does not: refused.
    expect((await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r1"' })).statusCode).toBe(412);
    t.deps.caseCache.putCase(stale);
    // The cached copy does not match "r2", but the case does: taken.
    const taken = await act(alice, id, 'nilai-syarat', checklist('tidak-memenuhi'), { 'if-match': '"r2"' });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json().revision).toBe(3);
  });

  it('comes before the state machine: a stale sender is told the case changed, not what the new state refuses', async () => {
    const id = await inKajianAwal();
    expect((await act(bob, id, 'tandai-duplikat', { duplicateOfCaseId: await intake() })).statusCode).toBe(200);
    const res = await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1"' });
    expect(res.statusCode).toBe(412);
    expect(res.json().error.details[0].message).toContain('«Tandai sebagai duplikat»');
    // Without the header, the same request meets the machine's refusal, as before.
    expect((await act(alice, id, 'nilai-syarat', checklist('memenuhi'))).statusCode).toBe(409);
  });

  it('accepts *, and a list of tags', async () => {
    const id = await inKajianAwal();
    expect((await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '*' })).statusCode).toBe(200);
    expect((await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1", "r2"' })).statusCode).toBe(200);
    expect((await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': '"r1", "r2"' })).statusCode).toBe(412);
  });

  it('refuses a malformed or weak tag with 400 in both languages, before anything is read or written', async () => {
    const id = await inKajianAwal();
    const before = await stored(id);
    for (const bad of ['W/"r1"', 'r1', '1', '"r01"', '"abc"']) {
      const res = await act(alice, id, 'nilai-syarat', checklist('memenuhi'), { 'if-match': bad });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.details).toEqual([expect.objectContaining({ path: 'headers.if-match', message: expect.stringContaining('If-Match') })]);
    }
    expect(await stored(id)).toEqual(before);
  });

  it('is in the OpenAPI document, with its 412', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const op = spec.paths['/api/v1/cases/{id}/actions/{action}'].post;
    expect(op.parameters.find((p: { in: string; name: string }) => p.in === 'header' && p.name === 'if-match')).toBeDefined();
    expect(op.responses['412']).toBeDefined();
    expect(spec.components.schemas.CaseView.properties.revision).toBeDefined();
  });
});
