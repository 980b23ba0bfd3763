// Bad input gets a clear 4xx, never a 500: every route of the OpenAPI document, signed in and not,
// with malformed path parameters and bodies. Every error answer has the one error shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, makeUser, signIn, type Session } from '../test/factories.js';
import { testApp, type TestApp } from '../test/harness.js';

let t: TestApp;
let staff: Session;
let admin: Session;
let routes: { method: string; path: string }[];

beforeAll(async () => {
  t = await testApp();
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  admin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'administrator' }));
  const spec = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })));
});
afterAll(() => t.app.close());

const PARAM_VALUES = ['x', '00000000-0000-4000-8000-000000000000', '%00', '..%2F..%2Fetc', '9'.repeat(400)];
const BODIES: unknown[] = [undefined, {}, [], 'teks', 12, null, { id: 1, kind: 'laporan', regime: 'x', invitations: 'no', entries: [{}] }, { __proto__: { admin: true } }];

function fill(path: string, value: string) {
  return path.replace(/\{[^}]+\}/g, value);
}

describe('malformed requests', () => {
  it('the OpenAPI document lists the routes it should', () => {
    expect(routes.length).toBeGreaterThan(30);
  });

  it.each([
    ['anonymous', () => ({})],
    ['staff', () => staff.headers],
    ['administrator', () => admin.headers],
  ] as const)('never answer 500 (%s)', async (_who, headers) => {
    const failures: string[] = [];
    for (const route of routes) {
      for (const value of PARAM_VALUES) {
        const url = fill(route.path, value);
        const bodies = route.method === 'GET' || route.method === 'DELETE' ? [undefined] : BODIES;
        for (const body of bodies) {
          const res = await t.app.inject({
            method: route.method as 'GET',
            url,
            headers: { ...headers(), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
          });
          if (res.statusCode >= 500) failures.push(`${route.method} ${url} ${JSON.stringify(body)} → ${res.statusCode} ${res.body.slice(0, 120)}`);
          else if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
            const err = res.json().error;
            if (!err?.code || !err?.message) failures.push(`${route.method} ${url} → ${res.statusCode} without the error shape: ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
