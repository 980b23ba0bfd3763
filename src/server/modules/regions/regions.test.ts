import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { EXPECTED_REGION_COUNTS } from './region-source.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.app.close());

describe('region table', () => {
  it('holds every province, regency/city, district and village of idn-area-data', async () => {
    const rows = rowsOf<{ level: number; n: number }>(await t.deps.db.execute(sql`select level, count(*)::int as n from regions group by level order by level`));
    expect(Object.fromEntries(rows.map((r) => [r.level, r.n]))).toEqual(EXPECTED_REGION_COUNTS);
  });

  it('knows the time zone of every region', async () => {
    const rows = rowsOf<{ zone: string; n: number }>(await t.deps.db.execute(sql`select time_zone as zone, count(*)::int as n from regions group by time_zone`));
    expect(rows.map((r) => r.zone).sort()).toEqual(['WIB', 'WIT', 'WITA']);
  });
});

describe('GET /api/v1/regions/:code', () => {
  it('answers Kota Serang with its parent chain and its 6 districts', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions/36.73' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ code: '36.73', name: 'Kota Serang', levelName: 'kabupaten-kota', timeZone: 'WIB' });
    expect(body.parents.map((p: { code: string; name: string }) => [p.code, p.name])).toEqual([['36', 'Banten']]);
    expect(body.children.map((c: { name: string }) => c.name)).toEqual(['Serang', 'Kasemen', 'Walantaka', 'Curug', 'Cipocok Jaya', 'Taktakan']);
  });

  it('gives a village its full chain up to the province', async () => {
    const child = (await t.app.inject({ url: '/api/v1/regions/36.73.01' })).json().children[0];
    const res = await t.app.inject({ url: `/api/v1/regions/${child.code}` });
    expect(res.json().parents.map((p: { code: string }) => p.code)).toEqual(['36', '36.73', '36.73.01']);
    expect(res.json().children).toEqual([]);
  });

  it('puts Papua Tengah in WIT and Makassar in WITA', async () => {
    expect((await t.app.inject({ url: '/api/v1/regions/94' })).json()).toMatchObject({ name: 'Papua Tengah', timeZone: 'WIT' });
    expect((await t.app.inject({ url: '/api/v1/regions/73.71' })).json()).toMatchObject({ timeZone: 'WITA' });
  });

  it('refuses a malformed code with 400 and an unknown one with 404, in the asked language', async () => {
    const bad = await t.app.inject({ url: '/api/v1/regions/36.7x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const missing = await t.app.inject({ url: '/api/v1/regions/36.99', headers: { 'accept-language': 'en' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
  });
});

describe('GET /api/v1/regions?q=', () => {
  it('finds regions by part of their name, provinces and cities first', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions?q=serang' });
    const items = res.json().items as { code: string; level: number }[];
    expect(items.slice(0, 2).map((i) => i.code).sort()).toEqual(['36.04', '36.73']);
    expect(items.every((i, k) => k === 0 || items[k - 1]!.level <= i.level)).toBe(true);
  });

  it('filters by level and by parent region', async () => {
    const res = await t.app.inject({ url: '/api/v1/regions?q=a&level=3&within=36.73&limit=100' });
    const items = res.json().items as { code: string; level: number }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.level === 3 && i.code.startsWith('36.73.'))).toBe(true);
  });

  it('finds regions by code or the start of one', async () => {
    const items = (await t.app.inject({ url: '/api/v1/regions?q=36.73.0&limit=100' })).json().items as { code: string }[];
    expect(items.map((i) => i.code).slice(0, 6)).toEqual(['36.73.01', '36.73.02', '36.73.03', '36.73.04', '36.73.05', '36.73.06']);
    expect(items.every((i) => i.code.startsWith('36.73.0'))).toBe(true);
  });

  it('lists the 38 provinces when no query is given', async () => {
    expect((await t.app.inject({ url: '/api/v1/regions' })).json().items).toHaveLength(38);
  });

  it('treats % and _ as plain characters', async () => {
    expect((await t.app.inject({ url: '/api/v1/regions?q=%25' })).json().items).toEqual([]);
  });
});
