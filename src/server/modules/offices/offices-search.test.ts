// A province's offices outnumber one page of the list (Jawa Barat has 27 kabupaten/kota and 627
// kecamatan): the screens that pick an office (a new user's office, a new office's parent, the
// users' filter) search the list by the words of an office's or its region's name instead of
// loading it whole.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { findChildren } from '../regions/regions.repository.js';
import { insertOffice, type OfficeRow } from './offices.repository.js';

let t: TestApp;
let admin: Session;
let province: OfficeRow;
let last: OfficeRow;
let lastDistrict: string;

beforeAll(async () => {
  t = await testApp();
  province = await makeOffice(t.deps.db, { kind: 'bawaslu-provinsi', regionCode: '32', name: 'Bawaslu Provinsi Jawa Barat (uji)' });
  admin = await signIn(t.app, await makeUser(t.deps.db, { office: province, role: 'administrator' }));
  // A Panwaslu Kecamatan for each kecamatan of the province's first kabupaten/kota, and of the
  // last, until there are more than a page of 200.
  const kabkota = await findChildren(t.deps.db, '32');
  const districts = [];
  for (const k of kabkota) {
    districts.push(...(await findChildren(t.deps.db, k.code)));
    if (districts.length > 220) break;
  }
  let made: OfficeRow | undefined;
  for (const d of districts) made = await insertOffice(t.deps.db, { code: `uji-pk-${d.code.replaceAll('.', '-')}`, name: `Panwaslu Kecamatan ${d.name}`, kind: 'panwaslu-kecamatan', regionCode: d.code, parentId: province.id });
  last = made!;
  lastDistrict = districts.at(-1)!.name;
});
afterAll(() => t.app.close());

const list = (query: string) => t.app.inject({ url: `/api/v1/offices?${query}`, headers: admin.headers });

describe('the office list, searched', () => {
  it('finds an office past the first page by the words of its name or its region, in any order', async () => {
    const page = (await list('limit=200')).json().items as { id: string }[];
    expect(page).toHaveLength(200);
    expect(page.map((o) => o.id)).not.toContain(last.id);

    const byName = (await list(`q=${encodeURIComponent(lastDistrict.toLowerCase())}`)).json().items as { id: string; name: string }[];
    expect(byName.map((o) => o.id)).toContain(last.id);
    const reversed = (await list(`q=${encodeURIComponent(`${lastDistrict} kecamatan panwaslu`)}`)).json().items as { id: string }[];
    expect(reversed.map((o) => o.id)).toContain(last.id);
    // Its parent is named with it.
    expect(byName.find((o) => o.id === last.id)).toMatchObject({ parentId: province.id, parentName: 'Bawaslu Provinsi Jawa Barat (uji)' });
    // The words of its region's name find an office whose own name lacks them.
    const city = await makeOffice(t.deps.db, { regionCode: '32.73', name: 'Kantor Uji Tanpa Nama Wilayah' });
    const inCity = (await list(`q=${encodeURIComponent('kota bandung')}`)).json().items as { id: string }[];
    expect(inCity.map((o) => o.id)).toContain(city.id);
    expect((await list('q=panwaslu&limit=5')).json().items).toHaveLength(5);
  });

  it('takes LIKE characters as text, refuses an overlong search, and stays within the jurisdiction', async () => {
    expect((await list('q=%25')).json().items).toEqual([]);
    expect((await list('q=_')).json().items).toEqual([]);
    expect((await list(`q=${'x'.repeat(101)}`)).statusCode).toBe(400);
    const banten = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Panwaslu Kecamatan Uji Banten' });
    const found = (await list(`q=${encodeURIComponent('uji banten')}`)).json().items as { id: string }[];
    expect(found.map((o) => o.id)).not.toContain(banten.id);
  });
});
