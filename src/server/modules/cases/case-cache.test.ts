// A workflow action on a case this process last read or wrote is decided on what it cached and
// written only if the write confirms it (decision 011). These tests make the cache stale the way
// another server process would (the database changes, this process's cache does not) and check
// that nothing is ever decided or answered on the stale copy: the request reads afresh.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, LIFECYCLE_STEPS, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { createCaseCache } from './case-cache.js';
import type { CaseWithExtras } from './case-statements.js';

const NOW = new Date('2024-11-12T07:00:00Z');
let t: TestApp;
let staff: Session;
let office: Awaited<ReturnType<typeof makeOffice>>;

beforeAll(async () => {
  t = await testApp({ now: () => NOW, config: { sessionHours: 24 } });
  office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), NOW);
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });
const page = (s: Session, id: string) => t.app.inject({ url: `/api/v1/cases/${id}`, headers: s.headers });
const counts = () => ({ ...t.deps.caseCache.counts });
const stored = async (id: string) =>
  rowsOf<{ state: string; version: number; audited: number }>(
    await t.deps.db.execute(sql`select state, version, (select count(*)::int from audit_log where entity_id = ${id}) as audited from cases where id = ${id}`),
  )[0]!;
const intake = async (s: Session = staff) => {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody() });
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
};
/** A copy of what the cache holds now, to put back later as a stale entry. */
const snapshot = (id: string): CaseWithExtras => structuredClone(t.deps.caseCache.getCase(id)!);

/** A new case with a note the cache does not hold: as if another process had added it. */
async function noteBehindTheCache(body: string): Promise<{ id: string; noteId: string }> {
  const id = await intake();
  const stale = snapshot(id);
  const note = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/notes`, headers: staff.headers, payload: { body } });
  expect(note.statusCode).toBe(201);
  t.deps.caseCache.putCase(stale); // cached without the note
  return { id, noteId: note.json().id as string };
}

describe('an action on a cached case', () => {
  it('is written in one statement when nothing changed, and answers what a fresh read shows', async () => {
    const id = await intake();
    expect(t.deps.caseCache.getCase(id)?.row.state).toBe('diterima'); // intake caches the new case
    const before = counts();
    const acted = await act(staff, id, 'mulai-kajian-awal');
    expect(acted.statusCode).toBe(200);
    expect(counts()).toEqual({ ...before, confirmed: before.confirmed + 1 });
    const fresh = await page(staff, id);
    expect(acted.json()).toEqual(fresh.json());
    expect(await stored(id)).toEqual({ state: 'kajian-awal', version: 2, audited: 2 });
  });

  it('holds after each action of a lifecycle the record and deadlines a fresh read gives, key for key, frozen', async () => {
    // The write caches the objects it sent, not a parse of them (case-statements.ts): they must be
    // plain JSON, as a read gives them; and the next action must build on them without changing
    // them (apply-action.ts), which the freeze under the test runner enforces (case-cache.ts).
    const pimpinan = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }), NOW);
    const id = await intake();
    const readBack = async () =>
      rowsOf<{ facts: unknown; deadlines: unknown }>(await t.deps.db.execute(sql`select facts, deadlines from cases where id = ${id}`))[0]!;
    let invitationId: string | undefined;
    for (const { action, by, body } of LIFECYCLE_STEPS) {
      const who = by === 'pimpinan' ? pimpinan : staff;
      const before = counts();
      const res = await act(who, id, action, body({ invitationId }));
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      // Decided on the cached copy (the pimpinan's first request reads their session afresh).
      if (who === staff) expect(counts().confirmed, action).toBe(before.confirmed + 1);
      if (action === 'undang-klarifikasi') invitationId = res.json().invitations[0].id as string;
      const cached = t.deps.caseCache.getCase(id)!;
      expect(Object.isFrozen(cached.row.facts), action).toBe(true);
      const stored = await readBack();
      expect(cached.row.facts, action).toStrictEqual(stored.facts);
      expect(cached.row.deadlines, action).toStrictEqual(stored.deadlines);
    }
    expect(t.deps.caseCache.getCase(id)?.row.state).toBe('diteruskan');
  });

  it('does not answer a refusal decided on a stale copy: it reads afresh and decides again', async () => {
    const id = await intake();
    await act(staff, id, 'mulai-kajian-awal');
    const stale = snapshot(id); // kajian-awal, requirements not yet assessed
    expect((await act(staff, id, 'nilai-syarat', allRequirementsMet())).statusCode).toBe(200);
    t.deps.caseCache.putCase(stale); // as if another process had assessed them
    const before = counts();
    const registered = await act(staff, id, 'registrasi'); // refused on the stale copy ("belum dinilai")
    expect(registered.statusCode).toBe(200);
    expect(registered.json().state).toBe('diregistrasi');
    expect(counts()).toEqual({ ...before, fellBack: before.fellBack + 1 });
    expect(await stored(id)).toMatchObject({ state: 'diregistrasi', version: 4, audited: 4 });
  });

  it('does not write an action the stale copy allows but the case no longer does', async () => {
    const id = await intake();
    const stale = snapshot(id); // diterima
    expect((await act(staff, id, 'mulai-kajian-awal')).statusCode).toBe(200);
    t.deps.caseCache.putCase(stale);
    const before = await stored(id);
    const again = await act(staff, id, 'mulai-kajian-awal'); // allowed in diterima, not in kajian-awal
    expect(again.statusCode).toBe(409);
    expect(await stored(id)).toEqual(before);
    // The cache now holds the case as it is, and the next action is confirmed again.
    expect(t.deps.caseCache.getCase(id)?.row.version).toBe(before.version);
    const confirmed = counts().confirmed;
    expect((await act(staff, id, 'nilai-syarat', allRequirementsMet())).statusCode).toBe(200);
    expect(counts().confirmed).toBe(confirmed + 1);
  });

  it('lists evidence, documents and notes added since it was cached', async () => {
    const { id, noteId } = await noteBehindTheCache('Terlapor sudah dihubungi.');
    const before = counts();
    const acted = await act(staff, id, 'mulai-kajian-awal');
    expect(acted.statusCode).toBe(200);
    expect(counts().confirmed).toBe(before.confirmed + 1); // the case row itself had not changed
    expect(acted.json().notes).toEqual([expect.objectContaining({ id: noteId, body: 'Terlapor sudah dihubungi.' })]);
    expect(acted.json()).toEqual((await page(staff, id)).json());
  });

  it('lists them on the next page after receipts: an action answered with a receipt does not count them, and keeps the list it had', async () => {
    const { id, noteId } = await noteBehindTheCache('Saksi sudah dihubungi.');
    const before = counts();
    const minimal = { ...staff.headers, prefer: 'return=minimal' };
    const receipt = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/mulai-kajian-awal`, headers: minimal, payload: {} });
    expect([receipt.statusCode, receipt.json().state]).toEqual([200, 'kajian-awal']);
    // Confirmed without listing: the cache still holds the list it had, without the note.
    expect(counts()).toEqual({ ...before, confirmed: before.confirmed + 1 });
    expect(t.deps.caseCache.getCase(id)?.extras.notes).toEqual([]);
    // The next action answered with the page counts what the page lists, and lists it afresh.
    const acted = await act(staff, id, 'nilai-syarat', allRequirementsMet());
    expect(acted.statusCode).toBe(200);
    expect(counts().confirmed).toBe(before.confirmed + 2);
    expect(acted.json().notes).toEqual([expect.objectContaining({ id: noteId, body: 'Saksi sudah dihubungi.' })]);
    expect(acted.json()).toEqual((await page(staff, id)).json());
  });

  it('answers 401 and writes nothing once the session ended elsewhere', async () => {
    const user = await makeUser(t.deps.db, { office, role: 'penanganan' });
    const other = await signIn(t.app, user, NOW);
    const id = await intake(other); // caches the session and the case
    await t.deps.db.execute(sql`delete from sessions where user_id = ${user.id}`); // signed out through another process
    const before = await stored(id);
    const res = await act(other, id, 'mulai-kajian-awal');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
    expect(await stored(id)).toEqual(before);
  });

  it('decides with the user as they are now: a role without workflow rights gets 403, a deactivated user 401', async () => {
    const user = await makeUser(t.deps.db, { office, role: 'penanganan' });
    const s = await signIn(t.app, user, NOW);
    const id = await intake(s);
    const before = await stored(id);
    await t.deps.db.execute(sql`update users set role = 'datin' where id = ${user.id}`);
    const demoted = await act(s, id, 'mulai-kajian-awal');
    expect(demoted.statusCode).toBe(403);
    expect(demoted.json().error.code).toBe('FORBIDDEN');
    await t.deps.db.execute(sql`update users set role = 'penanganan', active = false where id = ${user.id}`);
    expect((await act(s, id, 'mulai-kajian-awal')).statusCode).toBe(401);
    expect(await stored(id)).toEqual(before);
  });

  it('answers 404 once the case left the office region, even if its version did not change', async () => {
    const id = await intake();
    await t.deps.db.execute(sql`update cases set region_code = '36.72' where id = ${id}`);
    const before = await stored(id);
    const res = await act(staff, id, 'mulai-kajian-awal');
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(id);
    expect(await stored(id)).toEqual(before);
  });

  it('refuses a wrong CSRF token for a cached session, and writes nothing', async () => {
    const id = await intake();
    const before = await stored(id);
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/mulai-kajian-awal`, headers: { cookie: staff.cookie, 'x-csrf-token': `${staff.csrf}x` }, payload: {} });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_INVALID');
    expect(await stored(id)).toEqual(before);
  });
});

describe('with the cache off (NETRA_CASE_CACHE=0)', () => {
  it('reads afresh for every action', async () => {
    const off = await testApp({ now: () => NOW, config: { sessionHours: 24, caseCacheEntries: 0 } });
    try {
      const o = await makeOffice(off.deps.db, { regionCode: '36.73' });
      const s = await signIn(off.app, await makeUser(off.deps.db, { office: o, role: 'penanganan' }), NOW);
      const created = await off.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody() });
      const id = created.json().id as string;
      for (const action of ['mulai-kajian-awal', 'nilai-syarat', 'registrasi']) {
        const res = await off.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload: action === 'nilai-syarat' ? allRequirementsMet() : {} });
        expect(res.statusCode).toBe(200);
      }
      expect(off.deps.caseCache.counts).toEqual({ confirmed: 0, fellBack: 0, missed: 3 });
      expect(off.deps.caseCache.size).toEqual({ cases: 0, sessions: 0 });
    } finally {
      await off.app.close();
    }
  });
});

describe('the cache itself', () => {
  it('forgets the least recently used case beyond its limit', () => {
    const cache = createCaseCache(2);
    const entry = (id: string) => ({ row: { id }, extras: {} }) as unknown as CaseWithExtras;
    cache.putCase(entry('a'));
    cache.putCase(entry('b'));
    expect(cache.getCase('a')?.row.id).toBe('a'); // a is now the most recently used
    cache.putCase(entry('c'));
    expect(cache.getCase('b')).toBeUndefined();
    expect(cache.getCase('a')?.row.id).toBe('a');
    expect(cache.getCase('c')?.row.id).toBe('c');
    cache.dropCase('a');
    expect(cache.size.cases).toBe(1);
  });
});
