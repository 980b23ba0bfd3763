// NUL characters cannot be stored by PostgreSQL and cannot be seen by anyone who would have to
// remove them: every route drops them from bodies, query strings and paths, and goes on. A report
// is never refused over one (it was a 500 before). A lone surrogate (an emoji cut in half) becomes
// U+FFFD the same way (jsonb refused it: a 500 before).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.js';
import { laporanBody } from '../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../test/factories.js';
import { testApp, type TestApp } from '../test/harness.js';
import { hasUnstorableText, storableText } from './text-guard.js';

let t: TestApp;
let staff: Session;
/** a session of its own for the sweep over every route (which includes signing out) */
let prober: Session;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  t = await testApp();
  const user = await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' });
  staff = await signIn(t.app, user);
  prober = await signIn(t.app, user);
  const spec = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
});
afterAll(() => t.app.close());

const fill = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');

describe('a NUL character in the input', () => {
  it('is found in nested values and keys, and removed from them, and nothing else changes', () => {
    expect(hasUnstorableText({ a: [{ b: 'x\u0000y' }] })).toBe(true);
    expect(hasUnstorableText({ ['k\u0000']: 1 })).toBe(true);
    const clean = { a: ['\\u0000 as typed text', 'ü', 0, null, true], n: { d: 1.5 } };
    expect(hasUnstorableText(clean)).toBe(false);
    expect(storableText(clean)).toEqual(clean);
    expect(storableText({ ['k\u0000']: ['x\u0000y', { z: '\u0000' }] })).toEqual({ k: ['xy', { z: '' }] });
  });

  it('finds a lone surrogate (half of an emoji) and makes it U+FFFD, as UTF-8 would; whole pairs stay', () => {
    expect(hasUnstorableText({ a: ['ok', 'cut \ud83d'] })).toBe(true);
    expect(hasUnstorableText({ ['\udc00k']: 1 })).toBe(true);
    expect(hasUnstorableText({ a: '🗳️ Pilkada 👩🏽‍⚖️' })).toBe(false);
    expect(storableText({ a: 'cut \ud83d', b: '\udc00x', c: '🗳️', ['\ud800k']: '\ud800\ud800\udc00' })).toEqual({ a: 'cut \ufffd', b: '\ufffdx', c: '🗳️', ['\ufffdk']: '\ufffd\ud800\udc00' });
  });

  it('never makes a route answer 500, in a JSON body or a query string', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const url = fill(route.path);
      const res =
        route.method === 'GET' || route.method === 'DELETE'
          ? await t.app.inject({ method: route.method as 'GET', url: `${url}?q=a%00b`, headers: prober.headers })
          : await t.app.inject({ method: route.method as 'POST', url, headers: { ...prober.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ summary: 'a\u0000b', nested: { list: ['\u0000'] } }) });
      if (res.statusCode >= 500) failures.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 100)}`);
    }
    expect(failures).toEqual([]);
  });

  it('is dropped from a path parameter', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/36.7%003', headers: staff.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().region?.code ?? res.json().code).toBe('36.73');
  });

  it('is dropped from a report, which is received like any other', async () => {
    const body = laporanBody();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: { ...body, event: { ...body.event, description: 'ASN membagikan\u0000 unggahan paslon.' } } });
    expect(res.statusCode, res.body).toBe(201);
    const stored = rowsOf<{ summary: string }>(await t.deps.db.execute(sql`select summary from cases where id = ${res.json().id}`))[0]!;
    expect(stored.summary).toBe('ASN membagikan unggahan paslon.');
  });

  it('a cut emoji in a report is kept as U+FFFD, in its record too (jsonb refused it: a 500 before)', async () => {
    const body = laporanBody();
    const payload = JSON.stringify({ ...body, chronology: 'Unggahan dengan emoji \ud83d terpotong.', witnesses: [{ name: 'Siti \udc00Aminah' }] });
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...staff.headers, 'content-type': 'application/json' }, payload });
    expect(res.statusCode, res.body).toBe(201);
    const page = (await t.app.inject({ url: `/api/v1/cases/${res.json().id}`, headers: staff.headers })).json();
    expect([page.intake.chronology, page.intake.witnesses[0].name]).toEqual(['Unggahan dengan emoji \ufffd terpotong.', 'Siti \ufffdAminah']);
  });
});
