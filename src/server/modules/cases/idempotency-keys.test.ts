// A request sent again with its Idempotency-Key (its answer lost, a second click) gets what the
// first one made. An intake: one case, one receipt number, one audit row, never a second count of
// the same report. A document: one letter, one number of the office's register. A note: one note.
// A key sent with another request is refused; another user's key (or, for a document or a note,
// the same key on another case) is another key. A workflow action: one step, whoever acted since.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { rowsOf } from '../../db/client.js';
import { forgetKeys } from './idempotency-keys.js';

let t: TestApp;
let staff: Session;
let colleague: Session;
let clock = new Date('2024-11-10T03:00:00Z');

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  colleague = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
});
afterAll(() => t.app.close());

const send = (key: string | undefined, body: object, who: Session = staff) =>
  t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...who.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) }, payload: body });
/** Cases (and their audit rows) of a report told apart by its place. */
const stored = async (place: string) => ({
  cases: rowsOf<{ id: string }>(await t.deps.db.execute(sql`select id from cases where event_place = ${place}`)).map((r) => r.id),
  audits: rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log a join cases c on c.id::text = a.entity_id where c.event_place = ${place} and a.action = 'case.received'`))[0]!.n,
});
const report = (place: string) => laporanBody({ event: { ...laporanBody().event, place } });

describe('Idempotency-Key on intake', () => {
  it('answers a report sent again with its key with the same receipt, and stores one case', async () => {
    const key = 'c8a1f0de-5b1e-4c1e-9f3a-2d7c0b1e9a01';
    const first = await send(key, report('Pasar Rau, lapak 12'));
    expect(first.statusCode).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await send(key, report('Pasar Rau, lapak 12'));
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await stored('Pasar Rau, lapak 12')).toEqual({ cases: [first.json().id], audits: 1 });
    // The answer tells the case as it stands now: someone has started on it since.
    await t.app.inject({ method: 'POST', url: `/api/v1/cases/${first.json().id}/actions/mulai-kajian-awal`, headers: staff.headers, payload: {} });
    const later = await send(key, report('Pasar Rau, lapak 12'));
    expect(later.json()).toEqual({ ...first.json(), state: 'kajian-awal' });
  });

  it('makes one case of the same report sent several times at once', async () => {
    const key = 'field-app-sync-0001';
    const answers = await Promise.all(Array.from({ length: 5 }, () => send(key, report('Alun-alun Kota Serang'))));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().receiptNumber)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await stored('Alun-alun Kota Serang')).toEqual({ cases: [answers[0]!.json().id], audits: 1 });
    // The repeats drew no receipt number: the next report has the next one.
    const next = await send('field-app-sync-0002', report('Taman Sari Kota Serang'));
    const serial = (n: string) => Number(n.split('/').at(-1));
    expect(serial(next.json().receiptNumber)).toBe(serial(answers[0]!.json().receiptNumber) + 1);
  });

  it('refuses the key with a different report (422, both languages), writing nothing', async () => {
    const key = 'kunci-dipakai-ulang-01';
    expect((await send(key, report('Kantor Kecamatan Taktakan'))).statusCode).toBe(201);
    const other = await send(key, report('Kantor Kecamatan Walantaka'));
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.stringContaining('sudah dipakai untuk permintaan lain') });
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...staff.headers, 'idempotency-key': key, 'accept-language': 'en' }, payload: report('Kantor Kecamatan Walantaka') });
    expect(en.json().error.message).toContain('was already used for another request');
    expect(await stored('Kantor Kecamatan Walantaka')).toEqual({ cases: [], audits: 0 });
  });

  it("keeps each user's keys apart, and takes reports without a key as before", async () => {
    const key = 'sama-untuk-dua-pengguna';
    const mine = await send(key, report('Stadion Maulana Yusuf'));
    const theirs = await send(key, report('Stadion Maulana Yusuf'), colleague);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    await send(undefined, report('Stadion Maulana Yusuf'));
    await send(undefined, report('Stadion Maulana Yusuf'));
    expect((await stored('Stadion Maulana Yusuf')).cases).toHaveLength(4);
  });

  it('refuses a malformed key with a 400 naming the header', async () => {
    for (const bad of ['pendek', 'dengan spasi di dalamnya', 'x'.repeat(256), 'ünïcödé-kunci']) {
      const res = await send(bad, report('Terminal Pakupatan'));
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.details, bad).toEqual([{ path: 'headers.idempotency-key', message: expect.stringContaining('8–255') }]);
    }
    expect(await stored('Terminal Pakupatan')).toEqual({ cases: [], audits: 0 });
  });

  it('is documented: the header, and the answer that says a report was already taken in', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const intakeOp = spec.paths['/api/v1/cases'].post;
    expect(intakeOp.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: false })]));
    expect(intakeOp.description).toContain('Idempotent-Replayed: true');
    const upload = spec.paths['/api/v1/cases/{id}/evidence'].post.responses;
    expect(Object.keys(upload)).toEqual(expect.arrayContaining(['200', '201']));
    expect(JSON.stringify(upload['200'])).toContain('EvidenceAdded');
  });

  it('forgets a key after a day: the same report sent then is a new case', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const key = 'lupa-setelah-sehari';
    const first = await send(key, report('Kampus Untirta'));
    clock = new Date('2024-11-10T23:00:00Z');
    expect(await forgetKeys(t.deps.db, clock)).toBe(0);
    expect((await send(key, report('Kampus Untirta'))).json().id).toBe(first.json().id);
    clock = new Date('2024-11-11T03:00:01Z');
    expect(await forgetKeys(t.deps.db, clock)).toBeGreaterThanOrEqual(1);
    const later = await send(key, report('Kampus Untirta'));
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(later.json().id).not.toBe(first.json().id);
    clock = new Date('2024-11-10T03:00:00Z');
  });
});

const intake = async () => (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json().id as string;
const make = (caseId: string, key: string | undefined, kind = 'tanda-bukti-penyampaian-laporan', who: Session = staff) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents`, headers: { ...who.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) }, payload: { kind } });
const letters = async (caseId: string) => ({
  documents: rowsOf<{ number: string }>(await t.deps.db.execute(sql`select number from documents where case_id = ${caseId} order by created_at, number`)).map((r) => r.number),
  audits: rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${caseId} and action = 'case.document-generated'`))[0]!.n,
});
/** The serial of a document number ("001/…" → 1). */
const serial = (number: string) => Number(number.split('/')[0]);

describe('Idempotency-Key on documents', () => {
  it('answers a document asked for again with the one made, and draws no second number', async () => {
    const id = await intake();
    const first = await make(id, 'dokumen-tanda-bukti-01');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await make(id, 'dokumen-tanda-bukti-01');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await letters(id)).toEqual({ documents: [first.json().number], audits: 1 });
    // The register goes on from the first number: the repeat used none.
    const next = await make(id, undefined);
    expect(serial(next.json().number)).toBe(serial(first.json().number) + 1);
  });

  it('makes one document of the same request sent several times at once', async () => {
    const id = await intake();
    const answers = await Promise.all(Array.from({ length: 5 }, () => make(id, 'lima-klik-sekaligus')));
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.json().id)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await letters(id)).toEqual({ documents: [answers[0]!.json().number], audits: 1 });
  });

  it('refuses the key with another document (422), writing nothing', async () => {
    const id = await intake();
    expect((await make(id, 'kunci-untuk-satu-dokumen')).statusCode).toBe(201);
    const before = await letters(id);
    const other = await make(id, 'kunci-untuk-satu-dokumen', 'formulir-kajian-awal');
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await letters(id)).toEqual(before);
  });

  it("keeps keys apart per user and per case, and makes documents without a key as before", async () => {
    const [a, b] = [await intake(), await intake()];
    const mine = await make(a, 'kunci-yang-sama-01');
    const theirs = await make(a, 'kunci-yang-sama-01', undefined, colleague);
    const otherCase = await make(b, 'kunci-yang-sama-01');
    expect(new Set([mine.json().id, theirs.json().id, otherCase.json().id]).size).toBe(3);
    expect([theirs, otherCase].map((r) => r.headers['idempotent-replayed'])).toEqual([undefined, undefined]);
    await make(a, undefined);
    expect((await letters(a)).documents).toHaveLength(3);
  });

  it('refuses a malformed key with a 400 naming the header, and documents the header', async () => {
    const id = await intake();
    const res = await make(id, 'pendek');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual([{ path: 'headers.idempotency-key', message: expect.stringContaining('8–255') }]);
    expect(await letters(id)).toEqual({ documents: [], audits: 0 });
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/v1/cases/{id}/documents'].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: false })]));
  });

  it('forgets a key after a day', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    const first = await make(id, 'lupa-dokumen-sehari');
    clock = new Date('2024-11-11T03:00:01Z');
    expect(await forgetKeys(t.deps.db, clock)).toBeGreaterThanOrEqual(1);
    const later = await make(id, 'lupa-dokumen-sehari');
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect(later.json().id).not.toBe(first.json().id);
    clock = new Date('2024-11-10T03:00:00Z');
  });
});

describe('Idempotency-Key on internal notes', () => {
  const note = (caseId: string, key: string | undefined, body: string, who: Session = staff) =>
    t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/notes`, headers: { ...who.headers, ...(key === undefined ? {} : { 'idempotency-key': key }) }, payload: { body } });
  const notes = async (caseId: string) => ({
    bodies: rowsOf<{ body: string }>(await t.deps.db.execute(sql`select body from case_notes where case_id = ${caseId} order by body`)).map((r) => r.body),
    audits: rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${caseId} and action = 'case.note-added'`))[0]!.n,
  });

  it('answers a note sent again with the note written, also when sent several times at once', async () => {
    const id = await intake();
    const first = await note(id, 'catatan-kunci-0001', 'Pelapor dihubungi lewat telepon.');
    expect(first.statusCode).toBe(201);
    const again = await note(id, 'catatan-kunci-0001', 'Pelapor dihubungi lewat telepon.');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    const burst = await Promise.all(Array.from({ length: 4 }, () => note(id, 'catatan-kunci-0002', 'Terlapor belum dapat dihubungi.')));
    expect(new Set(burst.map((r) => r.json().id)).size).toBe(1);
    expect(await notes(id)).toEqual({ bodies: ['Pelapor dihubungi lewat telepon.', 'Terlapor belum dapat dihubungi.'], audits: 2 });
  });

  it('refuses the key with another note (422), keeps users apart, and takes notes without a key as before', async () => {
    const id = await intake();
    await note(id, 'catatan-kunci-0003', 'Satu.');
    expect((await note(id, 'catatan-kunci-0003', 'Dua.')).statusCode).toBe(422);
    expect((await note(id, 'catatan-kunci-0003', 'Satu.', colleague)).headers['idempotent-replayed']).toBeUndefined();
    await note(id, undefined, 'Satu.');
    expect((await notes(id)).bodies).toEqual(['Satu.', 'Satu.', 'Satu.']);
    expect((await note(id, 'pendek', 'Tiga.')).statusCode).toBe(400);
  });
});

describe('Idempotency-Key on workflow actions', () => {
  const act = (caseId: string, action: string, key: string | undefined, body: object, headers: Record<string, string> = {}, who: Session = staff) =>
    t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/actions/${action}`, headers: { ...who.headers, ...headers, ...(key === undefined ? {} : { 'idempotency-key': key }) }, payload: body });
  const invite = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-14T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };
  const taken = async (caseId: string, action: string) =>
    rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${caseId} and action = ${`case.${action}`}`))[0]!.n;
  /** A laporan registered and ready for its invitations (revision 3). */
  const registered = async () => {
    const id = await intake();
    for (const [action, body] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()], ['registrasi', {}]] as const) expect((await act(id, action, undefined, body)).statusCode).toBe(200);
    return id;
  };

  it('takes a step sent again with its key once: the repeat answers the case as it stands, marked replayed, even with a stale If-Match', async () => {
    const id = await registered();
    const first = await act(id, 'undang-klarifikasi', 'undangan-antrean-0001', invite, { 'if-match': '"r3"' });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(first.json()).toMatchObject({ state: 'klarifikasi', revision: 4 });
    // The field app's queue sends it again (its answer was lost), with the revision it saw then.
    const again = await act(id, 'undang-klarifikasi', 'undangan-antrean-0001', invite, { 'if-match': '"r3"' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.etag).toBe('"r4"');
    expect(again.json().invitations).toHaveLength(1);
    expect(await taken(id, 'undang-klarifikasi')).toBe(1);
    // A receipt for a client that asks for one, also when replayed.
    const minimal = await act(id, 'undang-klarifikasi', 'undangan-antrean-0001', invite, { prefer: 'return=minimal' });
    expect(minimal.headers['idempotent-replayed']).toBe('true');
    expect(minimal.json()).toMatchObject({ id, state: 'klarifikasi', revision: 4 });
    // Without a key the same body is a second invitation, as before (If-Match is what guards that).
    expect((await act(id, 'undang-klarifikasi', undefined, invite)).statusCode).toBe(200);
    expect(await taken(id, 'undang-klarifikasi')).toBe(2);
  });

  it('writes a keyed step in one statement, as any other (decision 011), and sends only its repeat to the locked path', async () => {
    const id = await registered();
    const counts = () => ({ ...t.deps.caseCache.counts });
    const before = counts();
    const first = await act(id, 'undang-klarifikasi', 'undangan-satu-kali', invite);
    expect(first.statusCode, first.body).toBe(200);
    // Decided on the case and the session as this process holds them, confirmed by the write.
    expect(counts()).toEqual({ ...before, confirmed: before.confirmed + 1 });
    const claims = rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from action_keys where case_id = ${id}`))[0]!.n;
    expect(claims).toBe(1);
    // The repeat: the write finds its key claimed and applies nothing; the locked path answers it.
    const again = await act(id, 'undang-klarifikasi', 'undangan-satu-kali', invite);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(counts()).toEqual({ ...before, confirmed: before.confirmed + 1, fellBack: before.fellBack + 1 });
    expect(await taken(id, 'undang-klarifikasi')).toBe(1);
  });

  it('takes one step of the same request sent several times at once', async () => {
    const id = await registered();
    const burst = await Promise.all(Array.from({ length: 5 }, () => act(id, 'undang-klarifikasi', 'undangan-serentak-01', invite)));
    expect(burst.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200]);
    expect(burst.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
    expect(await taken(id, 'undang-klarifikasi')).toBe(1);
    const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(page.invitations).toHaveLength(1);
  });

  it('claims no key for a refused step, keeps keys apart per user, case and action, and refuses a key reused for another body', async () => {
    const id = await intake();
    expect((await act(id, 'mulai-kajian-awal', undefined, {})).statusCode).toBe(200);
    // Registration before the assessment: refused, and the key is not spent on it.
    const early = await act(id, 'registrasi', 'registrasi-kunci-01', {});
    expect(early.statusCode).toBe(409);
    expect((await act(id, 'nilai-syarat', 'registrasi-kunci-01', allRequirementsMet())).headers['idempotent-replayed']).toBeUndefined(); // another action: another key
    const now = await act(id, 'registrasi', 'registrasi-kunci-01', {});
    expect(now.statusCode, now.body).toBe(200);
    expect(now.headers['idempotent-replayed']).toBeUndefined();
    expect(now.json().state).toBe('diregistrasi');
    // The same key with another body: 422, nothing written.
    const reused = await act(id, 'registrasi', 'registrasi-kunci-01', { note: 'lain' }, { 'accept-language': 'en' });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    // A colleague's key of the same text is another key: their step is decided on its own (refused here).
    expect((await act(id, 'registrasi', 'registrasi-kunci-01', {}, {}, colleague)).statusCode).toBe(409);
    expect(await taken(id, 'registrasi')).toBe(1);
    expect((await act(id, 'mulai-klarifikasi', 'pendek', {})).statusCode).toBe(400);
  });

  it('is documented on the actions, and forgotten after a day', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/v1/cases/{id}/actions/{action}'].post.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: false }), expect.objectContaining({ in: 'header', name: 'if-match' })]),
    );
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    expect((await act(id, 'mulai-kajian-awal', 'mulai-sehari-lalu', {})).statusCode).toBe(200);
    const keys = async () => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from action_keys where case_id = ${id}`))[0]!.n;
    expect(await keys()).toBe(1);
    clock = new Date('2024-11-11T03:00:01Z');
    expect(await forgetKeys(t.deps.db, clock)).toBeGreaterThanOrEqual(1);
    expect(await keys()).toBe(0);
    clock = new Date('2024-11-10T03:00:00Z');
  });
});
