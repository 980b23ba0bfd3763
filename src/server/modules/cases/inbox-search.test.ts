// Finding a civil servant's cases: the inbox searches the terlapor's name and NIP as well as
// numbers and the event, and ?nip= lists exactly the cases of one NIP (the case page's "other
// cases"), always within the caller's area.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let serang: Session;
let cilegon: Session;
let datin: Session;
// NIPs of this run only: the PostgreSQL database may be shared with other test files.
const run = String(Date.now()).slice(-9);
const NIP = `19800101${run.slice(0, 9)}1`;
const OTHER_NIP = `19900202${run.slice(0, 9)}2`;
const NAME = `Budi Santoso ${run}`;
const ids: Record<string, string> = {};

const take = async (s: Session, name: string, nip: string | undefined, regionCode: string) => {
  const body = laporanBody();
  const { nip: _omit, ...party } = body.reportedParty;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/cases',
    headers: s.headers,
    payload: { ...body, reportedParty: { ...party, name, ...(nip ? { nip } : {}) }, event: { ...body.event, regionCode } },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const list = async (s: Session, query: string) => {
  const res = await t.app.inject({ url: `/api/v1/cases?limit=200&${query}`, headers: s.headers });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().items as { id: string }[]).map((c) => c.id).sort();
};

beforeAll(async () => {
  t = await testApp();
  serang = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
  cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }));
  datin = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'datin' }));
  ids.first = await take(serang, NAME, NIP, '36.73');
  ids.again = await take(serang, NAME.toUpperCase(), NIP, '36.73');
  ids.other = await take(serang, `Siti Rahma ${run}`, OTHER_NIP, '36.73');
  ids.noNip = await take(serang, NAME, undefined, '36.73');
  ids.cilegon = await take(cilegon, NAME, NIP, '36.72');
});
afterAll(() => t.app.close());

describe('the inbox by terlapor', () => {
  it('?nip= lists exactly the cases of that NIP, within the caller’s area', async () => {
    expect(await list(serang, `nip=${NIP}`)).toEqual([ids.first!, ids.again!].sort());
    expect(await list(cilegon, `nip=${NIP}`)).toEqual([ids.cilegon!]);
    expect(await list(serang, `nip=${OTHER_NIP}`)).toEqual([ids.other!]);
  });

  it('searches the terlapor’s name (any case) and NIP (any part) besides numbers and the event', async () => {
    expect(await list(serang, `q=${encodeURIComponent(`budi santoso ${run}`)}`)).toEqual([ids.first!, ids.again!, ids.noNip!].sort());
    expect(await list(serang, `q=${NIP.slice(4, 16)}`)).toEqual([ids.first!, ids.again!].sort());
    expect(await list(cilegon, `q=${encodeURIComponent(NAME)}`)).toEqual([ids.cilegon!]);
  });

  it('searches the event’s text only for roles that may read the pelapor, whom it may name', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: serang.headers,
      payload: { ...laporanBody(), event: { ...laporanBody().event, description: `Pelapor Ahmad Fauzi ${run} melihat terlapor membagikan unggahan paslon.` } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const named = res.json().id as string;
    const probe = `q=${encodeURIComponent(`Ahmad Fauzi ${run}`)}`;
    expect(await list(serang, probe)).toEqual([named]);
    expect(await list(datin, probe)).toEqual([]);
    // The terlapor's name, NIP and the numbers are still searched for every role.
    expect(await list(datin, `q=${encodeURIComponent(NAME)}`)).toEqual(expect.arrayContaining([ids.first!, ids.again!, ids.noNip!]));
    expect(await list(datin, `q=${NIP}`)).toEqual([ids.first!, ids.again!].sort());
  });

  it('refuses a NIP that is not 18 digits, in both languages', async () => {
    for (const nip of ['123', `${NIP}9`, 'abcdefghijklmnopqr']) {
      const res = await t.app.inject({ url: `/api/v1/cases?nip=${nip}`, headers: { ...serang.headers, 'accept-language': 'en' } });
      expect(res.statusCode, nip).toBe(400);
      expect(res.json().error.details[0], res.body).toMatchObject({ path: 'querystring.nip', message: 'NIP harus 18 angka / NIP must be 18 digits' });
    }
  });
});
