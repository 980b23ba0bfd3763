// Text PostgreSQL cannot store (a NUL character) is refused with a clear 400 on every route, in a
// body, a query string or a path, and nothing is written.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.js';
import { laporanBody } from '../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../test/factories.js';
import { testApp, type TestApp } from '../test/harness.js';
import { hasNul } from './error-handler.js';

let t: TestApp;
let staff: Session;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  t = await testApp();
  staff = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
  const spec = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
});
afterAll(() => t.app.close());

const fill = (path: string) => path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
const cases = async () => rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from cases`))[0]!.n;

describe('a NUL character in the input', () => {
  it('finds NUL in nested values and keys, and nothing else', () => {
    expect(hasNul({ a: [{ b: 'x\u0000y' }] })).toBe(true);
    expect(hasNul({ ['k\u0000']: 1 })).toBe(true);
    expect(hasNul({ a: ['\\u0000 as typed text', 'ü', 0, null, true] })).toBe(false);
  });

  it('is refused with 400 TEXT_NOT_ALLOWED in every JSON body and every query string', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const url = fill(route.path);
      const res =
        route.method === 'GET' || route.method === 'DELETE'
          ? await t.app.inject({ method: route.method as 'GET', url: `${url}?q=a%00b`, headers: staff.headers })
          : await t.app.inject({ method: route.method as 'POST', url, headers: { ...staff.headers, 'content-type': 'application/json' }, payload: JSON.stringify({ summary: 'a\u0000b', nested: { list: ['\u0000'] } }) });
      if (res.statusCode !== 400 || res.json().error?.code !== 'TEXT_NOT_ALLOWED') failures.push(`${route.method} ${url} → ${res.statusCode} ${res.body.slice(0, 100)}`);
    }
    expect(failures).toEqual([]);
  });

  it('in a path parameter is refused too', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/36%0073', headers: staff.headers });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('TEXT_NOT_ALLOWED');
  });

  it('in a report refuses the report whole, in the caller’s language, and writes no case', async () => {
    const before = await cases();
    const body = laporanBody();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { ...staff.headers, 'accept-language': 'en' },
      payload: { ...body, event: { ...body.event, description: 'ASN membagikan\u0000unggahan' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/cannot be stored/);
    expect(await cases()).toBe(before);
  });
});
