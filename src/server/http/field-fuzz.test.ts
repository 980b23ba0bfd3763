// Rule 5 for every other route that takes a JSON body (the intake and the actions have their own,
// modules/cases/action-fuzz.test.ts): each field of a valid body replaced, one at a time, by a
// hostile value (test/hostile-values.ts); and each query parameter of every GET route. The answer is a 2xx, or a 4xx in the one error shape;
// never a 500. robustness.test.ts sends whole malformed bodies; this reaches past validation with
// everything else valid, where a value the schema let through meets the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session, type TestUser } from '../test/factories.js';
import { testApp, type TestApp } from '../test/harness.js';
import { multipartForm, pngOf } from '../test/multipart.js';
import { HOSTILE, shown } from '../test/hostile-values.js';

const CLOCK = new Date('2024-11-12T06:00:00Z'); // 13.00 WIB
/** Far-off years for the holidays made here: a rerun on a kept database makes new days, not the same. */
const YEAR = 2040 + Math.floor(Math.random() * 50);

let t: TestApp;
let staff: Session;
let staffUser: TestUser;
let admin: Session; // national: calendar, offices, users
let officeId: string;
let caseId: string;
let receiptDocId: string;
/** what the PATCH routes change: an office, a user and a calendar entry made for it */
let made: { office: string; user: string; entry: string };

beforeAll(async () => {
  t = await testApp({ now: () => CLOCK, config: { sessionHours: 24 * 365 * 5 } });
  const office = await makeOffice(t.deps.db, { regionCode: '36.02' }); // a region no other test uses (shared database)
  officeId = office.id;
  staffUser = await makeUser(t.deps.db, { office, role: 'penanganan' });
  staff = await signIn(t.app, staffUser, CLOCK);
  admin = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-ri', regionCode: null }), role: 'administrator' }), CLOCK);
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
  caseId = created.json().id;
  for (const [action, payload] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()]] as const) {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/actions/${action}`, headers: staff.headers, payload });
    expect(res.statusCode, res.body).toBe(200);
  }
  const receipt = await t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/documents`, headers: staff.headers, payload: { kind: 'tanda-bukti-penyampaian-laporan' } });
  expect(receipt.statusCode, receipt.body).toBe(201);
  receiptDocId = receipt.json().id;
  const create = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: admin.headers, payload });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id?: string; entry?: { id: string } };
  };
  made = {
    office: (await create('/api/v1/offices', { code: `k-${Date.now().toString(36)}`, name: 'Panwaslu Kecamatan Patch', kind: 'panwaslu-kecamatan', regionCode: '36.02.01' })).id!,
    user: (await create('/api/v1/users', { username: `patch-${Date.now().toString(36)}`, displayName: 'Staf Patch', officeId: office.id, role: 'penanganan', password: 'long enough password' })).id!,
    entry: (await create('/api/v1/law/calendar/entries', { date: `${YEAR + 1}-03-03`, kind: 'libur-nasional', nameId: 'Libur patch', nameEn: 'Patch holiday', source: 'Keppres uji 1/2032' })).entry!.id,
  };
});
afterAll(() => t.app.close());

/** `goodStatus`: what the valid body gets (a 2xx unless said), so the fuzz is known to reach past validation. */
type Route = { name: string; method?: 'POST' | 'PATCH'; url: () => string; as: () => Session | null; good: () => Record<string, unknown>; goodStatus?: number };
let n = 0;
const unique = () => `${Date.now().toString(36)}${++n}`;

const ROUTES: Route[] = [
  { name: 'POST /cases/:id/notes', url: () => `/api/v1/cases/${caseId}/notes`, as: () => staff, good: () => ({ body: 'Catatan untuk rekan.' }) },
  { name: 'POST /cases/:id/assign', url: () => `/api/v1/cases/${caseId}/assign`, as: () => staff, good: () => ({ assigneeId: staffUser.id }) },
  { name: 'POST /cases/:id/documents', url: () => `/api/v1/cases/${caseId}/documents`, as: () => staff, good: () => ({ kind: 'formulir-kajian-awal' }) },
  {
    name: 'POST /cases/:id/documents/:docId/delivery',
    url: () => `/api/v1/cases/${caseId}/documents/${receiptDocId}/delivery`,
    as: () => staff,
    good: () => ({ method: 'pos', deliveredOn: '2024-11-12', note: 'Resi RR1' }),
  },
  { name: 'POST /cases/bulk', url: () => '/api/v1/cases/bulk', as: () => staff, good: () => ({ caseIds: ['00000000-0000-4000-8000-000000000000'], action: 'arsipkan', payload: { reason: 'Bukan pelanggaran.' } }) },
  { name: 'POST /law/assess', url: () => '/api/v1/law/assess', as: () => null, good: () => ({ regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.4'], occurredOn: '2024-10-20' }) },
  { name: 'POST /law/deadlines', url: () => '/api/v1/law/deadlines', as: () => null, good: () => ({ regime: 'pilkada-2024', regionCode: '36.73', knownOn: '2024-11-10', receivedAt: '2024-11-10T09:00:00+07:00', extended: true }) },
  {
    name: 'POST /law/calendar/entries',
    url: () => '/api/v1/law/calendar/entries',
    as: () => admin,
    good: () => ({ date: `${YEAR}-0${1 + (n % 9)}-1${n % 10}`, kind: 'libur-nasional', nameId: `Libur uji ${unique()}`, nameEn: 'Test holiday', source: `Keppres uji 3/${YEAR}` }),
  },
  { name: 'POST /offices', url: () => '/api/v1/offices', as: () => admin, good: () => ({ code: `k-${unique()}`, name: 'Panwaslu Kecamatan Uji', kind: 'panwaslu-kecamatan', regionCode: '36.02.01' }) },
  { name: 'POST /users', url: () => '/api/v1/users', as: () => admin, good: () => ({ username: `u-${unique()}`, displayName: 'Staf Uji', officeId, role: 'penanganan', password: 'long enough password' }) },
  {
    name: 'PATCH /offices/:id',
    method: 'PATCH',
    url: () => `/api/v1/offices/${made.office}`,
    as: () => admin,
    good: () => ({ name: 'Panwaslu Kecamatan Patch', address: 'Jl. Raya Malingping', phone: '0252-123', email: 'panwascam@bawaslu.test', headName: 'Ketua Uji', memberCount: 3, active: true }),
  },
  { name: 'PATCH /users/:id', method: 'PATCH', url: () => `/api/v1/users/${made.user}`, as: () => admin, good: () => ({ displayName: 'Staf Patch', email: 'patch@bawaslu.test', role: 'penanganan', active: true }) },
  {
    name: 'PATCH /law/calendar/entries/:id',
    method: 'PATCH',
    url: () => `/api/v1/law/calendar/entries/${made.entry}`,
    as: () => admin,
    good: () => ({ nameId: 'Libur patch', nameEn: 'Patch holiday', source: 'Keppres uji 1/2032', provisional: false, note: 'Catatan.' }),
  },
  { name: 'POST /auth/login', url: () => '/api/v1/auth/login', as: () => null, good: () => ({ username: 'nobody-here', password: 'not a password' }), goodStatus: 401 },
];

describe('every other JSON route under hostile input', () => {
  it.each(ROUTES.map((r) => [r.name, r]))('%s: each field replaced by a hostile value', async (_name, route) => {
    const failures: string[] = [];
    const send = (body: unknown) => {
      const session = route.as();
      return t.app.inject({ method: route.method ?? 'POST', url: route.url(), headers: { ...(session?.headers ?? {}), 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    };
    const valid = await send(route.good());
    if (route.goodStatus) expect(valid.statusCode, valid.body).toBe(route.goodStatus);
    else expect(valid.statusCode, valid.body).toBeLessThan(300);
    const fields = Object.keys(route.good());
    for (const field of fields) {
      for (const hostile of HOSTILE) {
        const res = await send({ ...route.good(), [field]: hostile });
        const label = `${field}=${shown(hostile)}`;
        if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          const error = (res.json() as { error?: { code?: unknown; message?: unknown } }).error;
          if (typeof error?.code !== 'string' || typeof error.message !== 'string') failures.push(`${label}: ${res.statusCode} without the error shape: ${res.body.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(fields.length).toBeGreaterThan(0);
  });

  it('GET routes: each query parameter given a hostile value', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, { get?: { parameters?: { in: string; name: string }[] } }> };
    const failures: string[] = [];
    let tried = 0;
    for (const [path, ops] of Object.entries(spec.paths)) {
      const names = (ops.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const url = path.replace('{id}', caseId).replace('{docId}', receiptDocId).replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
      for (const name of names) {
        for (const hostile of HOSTILE) {
          const value = typeof hostile === 'string' ? hostile : JSON.stringify(hostile);
          for (const session of [staff, admin]) {
            const res = await t.app.inject({ url: `${url}?${new URLSearchParams({ [name]: value.slice(0, 4000) })}`, headers: session.headers });
            tried++;
            if (res.statusCode >= 500) failures.push(`GET ${path} ?${name}=${shown(hostile)}: ${res.statusCode} ${res.body.slice(0, 160)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(tried).toBeGreaterThan(500);
  });

  it('POST /cases/:id/evidence: each multipart field, and the file name, given a hostile text', async () => {
    const send = (fields: Record<string, string>, filename: string) => {
      const { payload, contentType } = multipartForm(fields, { name: filename, type: 'image/png', body: pngOf('tangkapan layar') }, '----netra-fuzz-boundary');
      return t.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/evidence`, headers: { ...staff.headers, 'content-type': contentType }, payload });
    };
    const good = { label: 'Tangkapan layar unggahan', sourceUrl: 'https://www.instagram.com/p/contoh', capturedAt: '2024-11-09T21:15:00+07:00' };
    expect((await send(good, 'layar.png')).statusCode).toBe(201);
    const texts = HOSTILE.filter((h): h is string => typeof h === 'string');
    const failures: string[] = [];
    for (const hostile of texts) {
      for (const field of [...Object.keys(good), 'filename']) {
        const res = field === 'filename' ? await send(good, hostile.replaceAll('"', '')) : await send({ ...good, [field]: hostile }, 'layar.png');
        if (res.statusCode >= 500) failures.push(`${field}=${shown(hostile)}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
