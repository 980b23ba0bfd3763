import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { makeOffice, makeUser, signIn, totpCode, type TestUser } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ config: { login: { maxFailures: 3, lockMinutes: 15, ratePerMinute: 10_000 } } });
});
afterAll(() => t.app.close());

const login = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body, headers });

async function staff(role: 'penanganan' | 'administrator' = 'penanganan', totp?: boolean): Promise<TestUser> {
  return makeUser(t.deps.db, { office: await makeOffice(t.deps.db), role, ...(totp === undefined ? {} : { totp }) });
}

describe('sign-in', () => {
  it('sets an HttpOnly, SameSite=Strict, Secure session cookie and returns the user and a CSRF token', async () => {
    const u = await staff();
    const res = await login({ username: u.username, password: u.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'netra_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', secure: true, path: '/' });
    expect(res.json().user).toMatchObject({ username: u.username, role: 'penanganan', mustEnrollTotp: false });
    expect(res.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(res.body).not.toContain('passwordHash');
  });

  it('signing in while signed in replaces the session: no CSRF token asked, and the old session ends', async () => {
    const first = await signIn(t.app, await staff());
    const other = await staff();
    // the cookie of the first session, without its CSRF token (a second user at the same browser)
    const res = await login({ username: other.username, password: other.password }, { cookie: first.cookie });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().user.username).toBe(other.username);
    const me = (cookie: string) => t.app.inject({ url: '/api/v1/auth/me', headers: { cookie } });
    expect((await me(first.cookie)).statusCode).toBe(401);
    expect((await me(`netra_session=${res.cookies.find((c) => c.name === 'netra_session')!.value}`)).json().user.username).toBe(other.username);
    // A failed sign-in leaves the session it was given alone.
    const second = await signIn(t.app, other);
    expect((await login({ username: other.username, password: 'not the password' }, { cookie: second.cookie })).statusCode).toBe(401);
    expect((await me(second.cookie)).statusCode).toBe(200);
  });

  it('accepts the username in any case', async () => {
    const u = await staff();
    expect((await login({ username: u.username.toUpperCase(), password: u.password })).statusCode).toBe(200);
  });

  it('refuses a wrong password and an unknown user with the same answer', async () => {
    const u = await staff();
    const wrong = await login({ username: u.username, password: 'not the password' });
    const unknown = await login({ username: 'nobody-here', password: 'whatever-it-is' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.message).toBe('Nama pengguna atau kata sandi salah.');
  });

  it('locks the account after repeated failures, even against the right password', async () => {
    const u = await staff();
    for (let i = 0; i < 2; i++) expect((await login({ username: u.username, password: 'bad-password' })).statusCode).toBe(401);
    const third = await login({ username: u.username, password: 'bad-password' });
    expect(third.statusCode).toBe(423);
    const right = await login({ username: u.username, password: u.password }, { 'accept-language': 'en' });
    expect(right.statusCode).toBe(423);
    expect(right.json().error).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    expect(right.json().error.message).toMatch(/locked/);
  });

  it('asks for the TOTP code once enrolled, and refuses a wrong one', async () => {
    const u = await staff('penanganan', true);
    const noCode = await login({ username: u.username, password: u.password });
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error.code).toBe('TOTP_REQUIRED');
    const wrongCode = await login({ username: u.username, password: u.password, totp: totpCode(u.totpSecret!, new Date(Date.now() - 3_600_000)) });
    expect(wrongCode.json().error.code).toBe('TOTP_INVALID');
    expect((await login({ username: u.username, password: u.password, totp: totpCode(u.totpSecret!) })).statusCode).toBe(200);
  });

  it('validates the body with a localised message', async () => {
    const res = await login({ username: '', password: 5 }, { 'accept-language': 'id' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    expect(res.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.password', 'body.username']);
  });

});

describe('sign-in attempts per client address', () => {
  // Each test its own client addresses (TEST-NET-3): the counters live in the shared database.
  let next = Math.floor(Math.random() * 1000);
  const client = () => `203.0.113.${(next++ % 250) + 1}`;
  const attempt = (app: TestApp['app'], remoteAddress: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'x-rate', password: 'y' }, remoteAddress, headers });
  const limitedApp = () => testApp({ config: { login: { maxFailures: 100, lockMinutes: 1, ratePerMinute: 3 } } });

  it('are limited, in both languages, and the counters hold no address', async () => {
    const limited = await limitedApp();
    const ip = client();
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await attempt(limited.app, ip)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const en = await attempt(limited.app, ip, { 'accept-language': 'en' });
    expect(en.json().error).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(en.headers['retry-after'])).toBeGreaterThan(0);
    expect((await attempt(limited.app, client())).statusCode).toBe(401); // another client is not held back
    const keys = rowsOf<{ key: string }>(await limited.deps.db.execute(sql`select key from rate_limits`)).map((r) => r.key);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join(' ')).not.toContain('203.0.113');
    await limited.app.close();
  });

  it('count against one limit across server processes on the same database', async () => {
    const [a, b] = [await limitedApp(), await limitedApp()];
    const ip = client();
    const codes: number[] = [];
    for (const app of [a, b, a, b, a, b]) codes.push((await attempt(app.app, ip)).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429, 429]);
    await a.app.close();
    await b.app.close();
  });

  it('trust X-Forwarded-For only from a trusted proxy (by default on the same machine or a private network)', async () => {
    const limited = await limitedApp();
    // From an untrusted peer the header is ignored: a new made-up address each time changes nothing.
    const peer = client();
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await attempt(limited.app, peer, { 'x-forwarded-for': `198.51.100.${i + 1}` })).statusCode);
    expect(codes).toEqual([401, 401, 401, 429]);
    // Behind the local reverse proxy, each client is counted by the address the proxy names.
    const [first, second] = [client(), client()];
    for (let i = 0; i < 3; i++) expect((await attempt(limited.app, '127.0.0.1', { 'x-forwarded-for': first })).statusCode).toBe(401);
    expect((await attempt(limited.app, '127.0.0.1', { 'x-forwarded-for': first })).statusCode).toBe(429);
    expect((await attempt(limited.app, '127.0.0.1', { 'x-forwarded-for': second })).statusCode).toBe(401);
    await limited.app.close();
  });
});

describe('administrators must use two-factor sign-in', () => {
  it('lets a new administrator do nothing but enrol, then works', async () => {
    const admin = await staff('administrator', false);
    const s = await signIn(t.app, admin);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers });
    expect(me.json().user.mustEnrollTotp).toBe(true);
    const blocked = await t.app.inject({ url: '/api/v1/users', headers: s.headers });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('TOTP_ENROLLMENT_REQUIRED');

    const setup = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/setup', headers: s.headers });
    const { secret, otpauthUri } = setup.json();
    expect(otpauthUri).toContain(`secret=${secret}`);
    const bad = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: s.headers, payload: { code: '000000' === totpCode(secret) ? '111111' : '000000' } });
    expect(bad.json().error.code).toBe('TOTP_INVALID');
    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/auth/totp/enable', headers: s.headers, payload: { code: totpCode(secret) } });
    expect(ok.json().user).toMatchObject({ totpEnabled: true, mustEnrollTotp: false });
    expect((await t.app.inject({ url: '/api/v1/users', headers: s.headers })).statusCode).toBe(200);

    const again = await login({ username: admin.username, password: admin.password });
    expect(again.json().error.code).toBe('TOTP_REQUIRED');
  });
});

describe('sessions and CSRF', () => {
  it('refuses a cookie-authenticated write without the CSRF token, and with a wrong one', async () => {
    const s = await signIn(t.app, await staff());
    const payload = { currentPassword: 'x', newPassword: 'y'.repeat(12) };
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: s.cookie }, payload });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('CSRF_INVALID');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie: s.cookie, 'x-csrf-token': `${s.csrf}x` }, payload });
    expect(wrong.json().error.code).toBe('CSRF_INVALID');
  });

  it('ends the session at sign-out', async () => {
    const s = await signIn(t.app, await staff());
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: s.headers })).statusCode).toBe(200);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('changes the password and the old one stops working', async () => {
    const u = await staff();
    const s = await signIn(t.app, u);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: s.headers, payload: { currentPassword: u.password, newPassword: 'a brand new passphrase' } });
    expect(res.statusCode).toBe(200);
    expect((await login({ username: u.username, password: u.password })).statusCode).toBe(401);
    expect((await login({ username: u.username, password: 'a brand new passphrase' })).statusCode).toBe(200);
  });
});

describe('HTTP basics', () => {
  it('answers health, sends security headers, and serves OpenAPI and its reference page', async () => {
    const health = await t.app.inject({ url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: 'ok', worker: 0 });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(health.headers['strict-transport-security']).toBeDefined();
    // No answer of the API is kept by the browser: a signed-in one carries personal data.
    const u = await staff();
    const s = await signIn(t.app, u);
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: s.headers });
    expect([me.statusCode, me.headers['cache-control']]).toEqual([200, 'no-store']);
    expect((await t.app.inject({ url: '/api/v1/nothing-here' })).headers['cache-control']).toBe('no-store');
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    for (const p of ['/api/v1/auth/login', '/api/v1/regions/{code}', '/api/v1/users', '/api/v1/offices/{id}']) expect(Object.keys(spec.paths)).toContain(p);
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('answers an unknown API path with the error shape', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'Unknown API address.' } });
  });

  it('answers malformed JSON with 400, not 500', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('MALFORMED_BODY');
  });
});
