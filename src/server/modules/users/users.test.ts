import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import type { OfficeRow } from '../offices/offices.repository.js';

let t: TestApp;
let office: OfficeRow;
let admin: Session;
beforeAll(async () => {
  t = await testApp();
  office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  admin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'administrator' }));
});
afterAll(() => t.app.close());

const post = (url: string, payload: object, s = admin) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
const patch = (url: string, payload: object, s = admin) => t.app.inject({ method: 'PATCH', url, headers: s.headers, payload });
const newName = () => `staf${Math.random().toString(36).slice(2, 9)}`;

describe('user administration', () => {
  it('creates a user who can then sign in, and records it in the audit log', async () => {
    const username = newName();
    const res = await post('/api/v1/users', { username, displayName: 'Siti Rahma', officeId: office.id, role: 'penanganan', password: 'sebuah kata sandi' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username, role: 'penanganan', active: true, office: { id: office.id } });
    const login = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: 'sebuah kata sandi' } });
    expect(login.statusCode).toBe(200);
    const audit = await t.app.inject({ url: `/api/v1/audit?entityType=user&entityId=${res.json().id}`, headers: admin.headers });
    expect(audit.json().items.map((i: { action: string }) => i.action)).toEqual(['auth.login', 'user.created']);
    expect(JSON.stringify(audit.json())).not.toContain('sebuah kata sandi');
  });

  it('refuses a taken username (any case), a short password and a role the office cannot hold', async () => {
    const username = newName();
    const first = await post('/api/v1/users', { username, displayName: 'A a', officeId: office.id, role: 'datin', password: 'long enough pw' });
    expect(first.statusCode).toBe(201);
    const taken = await post('/api/v1/users', { username: username.toUpperCase(), displayName: 'B b', officeId: office.id, role: 'datin', password: 'long enough pw' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('USERNAME_TAKEN');
    const short = await post('/api/v1/users', { username: newName(), displayName: 'C c', officeId: office.id, role: 'datin', password: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('body.password');
    const wrongRole = await post('/api/v1/users', { username: newName(), displayName: 'D d', officeId: office.id, role: 'bkn', password: 'long enough pw' });
    expect(wrongRole.statusCode).toBe(422);
    expect(wrongRole.json().error.code).toBe('ROLE_NOT_ALLOWED_FOR_OFFICE');
  });

  it('disabling a user ends their sessions at once', async () => {
    const u = await makeUser(t.deps.db, { office, role: 'pencegahan' });
    const s = await signIn(t.app, u);
    expect((await patch(`/api/v1/users/${u.id}`, { active: false })).json().active).toBe(false);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers })).statusCode).toBe(401);
  });

  it('unlocks a locked account', async () => {
    const u = await makeUser(t.deps.db, { office, role: 'pencegahan' });
    for (let i = 0; i < 5; i++) await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: 'wrong-wrong' } });
    expect((await t.app.inject({ url: `/api/v1/users/${u.id}`, headers: admin.headers })).json().locked).toBe(true);
    expect((await patch(`/api/v1/users/${u.id}`, { unlock: true })).json().locked).toBe(false);
    await expect(signIn(t.app, u)).resolves.toBeDefined();
  });

  it('an administrator cannot demote or disable themself', async () => {
    const me = (await t.app.inject({ url: '/api/v1/auth/me', headers: admin.headers })).json().user;
    expect((await patch(`/api/v1/users/${me.id}`, { role: 'datin' })).statusCode).toBe(403);
  });

  it('staff without users.manage cannot create users', async () => {
    const staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
    const res = await post('/api/v1/users', { username: newName(), displayName: 'E e', officeId: office.id, role: 'datin', password: 'long enough pw' }, staff);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });
});

describe('office administration', () => {
  it('creates a Panwaslu Kecamatan below the office, with its region name', async () => {
    const res = await post('/api/v1/offices', { code: `kec-${newName()}`, name: 'Panwaslu Kecamatan Kasemen', kind: 'panwaslu-kecamatan', regionCode: '36.73.02' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'panwaslu-kecamatan', regionCode: '36.73.02', regionName: 'Kasemen', parentId: office.id });
  });

  it('refuses a kind at the wrong level, a second Bawaslu at its own level, and an unknown region', async () => {
    const wrongLevel = await post('/api/v1/offices', { code: `x-${newName()}`, name: 'Salah tingkat', kind: 'panwaslu-kecamatan', regionCode: '36.73' });
    expect(wrongLevel.json().error.code).toBe('OFFICE_REGION_MISMATCH');
    const sameLevel = await post('/api/v1/offices', { code: `x-${newName()}`, name: 'Kembaran', kind: 'bawaslu-kabkota', regionCode: '36.73' });
    expect(sameLevel.json().error.code).toBe('OUT_OF_JURISDICTION');
    const unknown = await post('/api/v1/offices', { code: `x-${newName()}`, name: 'Tidak ada', kind: 'panwaslu-kecamatan', regionCode: '36.73.99' });
    expect(unknown.json().error.code).toBe('OFFICE_REGION_MISMATCH');
  });

  it('registers a partner agency at its own region', async () => {
    const res = await post('/api/v1/offices', { code: `ppk-${newName()}`, name: 'Pemerintah Kota Serang', kind: 'instansi-ppk', regionCode: '36.73' });
    expect(res.statusCode).toBe(201);
  });

  it('edits the letterhead details and refuses an empty change', async () => {
    const res = await patch(`/api/v1/offices/${office.id}`, { address: 'Jl. Jenderal Sudirman No. 1, Kota Serang', phone: '0254-123456' });
    expect(res.json()).toMatchObject({ address: 'Jl. Jenderal Sudirman No. 1, Kota Serang', phone: '0254-123456' });
    expect((await patch(`/api/v1/offices/${office.id}`, {})).statusCode).toBe(400);
  });

  it('records the Ketua who signs the letters, and clears it', async () => {
    const set = await patch(`/api/v1/offices/${office.id}`, { headName: '  Fadhli Rahman, S.H.  ' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().headName).toBe('Fadhli Rahman, S.H.');
    expect((await patch(`/api/v1/offices/${office.id}`, { headName: 'X' })).statusCode).toBe(400);
    expect((await patch(`/api/v1/offices/${office.id}`, { headName: null })).json().headName).toBeNull();
  });
});
