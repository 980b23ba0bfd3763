// Rule 5 for the workflow's two busy routes, intake (POST /api/v1/cases) and the actions (POST
// /api/v1/cases/:id/actions/:action): whatever a client sends (a field of the wrong type, an empty or huge text, a NUL, an impossible date, an id
// that names nothing, a nested bomb, a whole body that is not an object) gets a 2xx or a 4xx in the
// one error shape, never a 500, and a refused action leaves the case exactly as it was (same
// version) and a refused report stores no case. The report is tried field by field (its parts too:
// the reporter, the reported party, the event); each action on a case in the state where it is
// allowed, field by field; and every action on a case in every state of the walk with bodies that
// are not payloads.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { CASE_ACTIONS, type CaseAction } from '../../../core/cases/index.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { HOSTILE, NESTED_BOMB, shown } from '../../test/hostile-values.js';

const CLOCK = new Date('2024-11-12T06:00:00Z'); // 13.00 WIB, two days after the report came in

let t: TestApp;
let staff: Session;
let member: Session;
let otherOfficeId: string;

beforeAll(async () => {
  t = await testApp({ now: () => CLOCK, config: { sessionHours: 24 * 365 * 5 } });
  // Regions no other test uses: on a shared database, the hundreds of cases made here would fill
  // the lists (reminders, the board) other tests read within Kota Serang.
  const office = await makeOffice(t.deps.db, { regionCode: '36.03' });
  otherOfficeId = (await makeOffice(t.deps.db, { regionCode: '36.01' })).id;
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), CLOCK);
  member = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }), CLOCK);
});
afterAll(() => t.app.close());

type Ctx = { id: string; invitationId?: string };
const post = (s: Session, id: string, action: string, payload: unknown, raw = false) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: { ...s.headers, 'content-type': 'application/json' }, payload: raw ? (payload as string) : JSON.stringify(payload) });

async function step(ctx: Ctx, action: CaseAction, payload: object, s = staff): Promise<Ctx> {
  const res = await post(s, ctx.id, action, payload);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  const invitations = (res.json() as { invitations?: { id: string }[] }).invitations ?? [];
  return { ...ctx, invitationId: invitations.at(-1)?.id ?? ctx.invitationId };
}

/** A valid payload of each action, for the case in the state where it is allowed. */
const GOOD: Record<CaseAction, (ctx: Ctx) => object> = {
  'mulai-kajian-awal': () => ({ note: 'Mulai.' }),
  'nilai-syarat': () => allRequirementsMet(),
  'minta-kelengkapan': () => ({ letterRef: 'S-01', note: 'Lengkapi bukti.' }),
  lengkapi: () => ({ completedAt: '2024-11-12T10:00:00+07:00', note: 'Dilengkapi.' }),
  cabut: () => ({ withdrawnAt: '2024-11-12T10:00:00+07:00', reason: 'Pelapor mencabut.', letterRef: 'C-01', jadikanInformasiAwal: false }),
  registrasi: () => ({ note: 'Memenuhi syarat.' }),
  'tidak-registrasi': () => ({ reason: 'Tidak memenuhi syarat materiil.', jadikanInformasiAwal: false }),
  'tandai-duplikat': () => ({ duplicateOfCaseId: '00000000-0000-4000-8000-000000000000', note: 'Sama.' }),
  limpahkan: () => ({ toOfficeId: otherOfficeId, toOfficeRegionCode: '36.01', reason: 'Di luar wilayah.' }),
  'terima-limpahan': () => ({ note: 'Diterima.' }),
  'undang-klarifikasi': () => ({ invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-12T09:00:00+07:00', place: 'Kantor', letterRef: 'U-01' }] }),
  'catat-klarifikasi': (ctx) => ({ invitationId: ctx.invitationId, heldAt: '2024-11-12T09:30:00+07:00', attended: true, minutesRef: 'BA/01', summary: 'Hadir.' }),
  'minta-keterangan-tambahan': () => ({ reason: 'Perlu keterangan ahli.' }),
  'mulai-kajian': () => ({ note: 'Mulai kajian.' }),
  'catat-kajian': () => ({ facts: 'Terlapor membagikan unggahan.', actCodes: ['skb2022.4'], otherBasis: ['UU 5/2014 Pasal 9'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] }),
  'ajukan-pleno': () => ({ scheduledAt: '2024-11-12T13:00:00+07:00' }),
  'kembalikan-kajian': () => ({ reason: 'Fakta kurang.' }),
  'putus-pleno': () => ({ decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' }),
  teruskan: () => ({ type: 'peraturan-lain', letterRef: '012/PP.01/XI/2024', otherRecipientName: 'BKN' }),
  'jadikan-temuan': () => ({ foundOn: '2024-11-12', summary: 'Dijadikan temuan.' }),
  arsipkan: () => ({ reason: 'Bukan dugaan pelanggaran.' }),
};

/** The walk from intake to forwarding: each state with the steps that reach it. */
const WALK: { state: string; run: (ctx: Ctx) => Promise<Ctx> }[] = [
  { state: 'diterima', run: async (ctx) => ctx },
  { state: 'kajian-awal', run: (ctx) => step(ctx, 'mulai-kajian-awal', {}) },
  { state: 'diregistrasi', run: async (ctx) => step(await step(ctx, 'nilai-syarat', allRequirementsMet()), 'registrasi', {}) },
  { state: 'klarifikasi', run: (ctx) => step(ctx, 'undang-klarifikasi', GOOD['undang-klarifikasi'](ctx)) },
  { state: 'kajian', run: async (ctx) => step(await step(ctx, 'catat-klarifikasi', GOOD['catat-klarifikasi'](ctx)), 'mulai-kajian', {}) },
  { state: 'pleno', run: async (ctx) => step(await step(ctx, 'catat-kajian', GOOD['catat-kajian'](ctx)), 'ajukan-pleno', GOOD['ajukan-pleno'](ctx)) },
  { state: 'pelanggaran', run: (ctx) => step(ctx, 'putus-pleno', GOOD['putus-pleno'](ctx), member) },
];

async function caseAt(state: string): Promise<Ctx> {
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
  expect(created.statusCode, created.body).toBe(201);
  let ctx: Ctx = { id: (created.json() as { id: string }).id };
  for (const s of WALK) {
    ctx = await s.run(ctx);
    if (s.state === state) return ctx;
  }
  throw new Error(`no state ${state} in the walk`);
}

/** Where each action is tried field by field: a state in which the machine allows it. */
const HOME: Record<CaseAction, string> = {
  'mulai-kajian-awal': 'diterima', 'nilai-syarat': 'kajian-awal', 'minta-kelengkapan': 'kajian-awal', lengkapi: 'kajian-awal',
  cabut: 'kajian-awal', registrasi: 'kajian-awal', 'tidak-registrasi': 'kajian-awal', 'tandai-duplikat': 'kajian-awal',
  limpahkan: 'kajian-awal', 'terima-limpahan': 'diterima', 'undang-klarifikasi': 'diregistrasi', 'catat-klarifikasi': 'klarifikasi',
  'minta-keterangan-tambahan': 'klarifikasi', 'mulai-kajian': 'klarifikasi', 'catat-kajian': 'kajian', 'ajukan-pleno': 'kajian',
  'kembalikan-kajian': 'pleno', 'putus-pleno': 'pleno', teruskan: 'pelanggaran', 'jadikan-temuan': 'diterima', arsipkan: 'diterima',
};

/** Bodies (as sent, JSON text) that are not an action's payload at all: each refused. */
const NOT_PAYLOADS: string[] = ['null', '[]', '"teks"', '42', 'true', JSON.stringify(NESTED_BOMB), '{"__proto__": {"admin": true}}', '{"a": ', '\u0000'];

const versionOf = async (id: string) => ((await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json() as { version: number }).version;

/** The answer is a 2xx, or a 4xx in the one error shape; on a 4xx the case did not change. */
async function expectSafe(label: string, ctx: Ctx, res: Awaited<ReturnType<typeof post>>, before: number, failures: string[]) {
  if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  else if (res.statusCode >= 400) {
    const body = res.json() as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code !== 'string' || typeof body.error.message !== 'string') failures.push(`${label}: ${res.statusCode} without the error shape: ${res.body.slice(0, 200)}`);
    const after = await versionOf(ctx.id);
    if (after !== before) failures.push(`${label}: refused (${res.statusCode}) but the case moved from version ${before} to ${after}`);
  }
}

describe('the action route under hostile input', () => {
  it.each(CASE_ACTIONS.map((a) => [a]))('%s: each field replaced by a hostile value', async (action) => {
    let ctx = await caseAt(HOME[action]);
    const good = GOOD[action](ctx) as Record<string, unknown>;
    // Each top-level field, and each field of a list's first item (the invitations, the checklist).
    const paths: (string | [string, string])[] = Object.keys(good);
    for (const [key, value] of Object.entries(good)) {
      if (Array.isArray(value) && value[0] && typeof value[0] === 'object') for (const inner of Object.keys(value[0] as object)) paths.push([key, inner]);
    }
    const failures: string[] = [];
    let requests = 0;
    const as = action === 'putus-pleno' ? member : staff;
    for (const path of paths) {
      for (const hostile of HOSTILE) {
        const payload: Record<string, unknown> = structuredClone(good);
        if (typeof path === 'string') payload[path] = hostile;
        else (payload[path[0]] as Record<string, unknown>[])[0]![path[1]] = hostile;
        const before = await versionOf(ctx.id);
        const res = await post(as, ctx.id, action, payload);
        requests++;
        await expectSafe(`${action} ${JSON.stringify(path)}=${shown(hostile)}`, ctx, res, before, failures);
        // Accepted after all (a value within the rules): go on with a case in the same state.
        if (res.statusCode < 300) ctx = await caseAt(HOME[action]);
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBe(paths.length * HOSTILE.length);
  });

  it('intake: each field of a report, and of its parts, replaced by a hostile value', async () => {
    const good = laporanBody() as Record<string, unknown>;
    const paths: string[][] = [];
    for (const [key, value] of Object.entries(good)) {
      paths.push([key]);
      if (value && typeof value === 'object' && !Array.isArray(value)) for (const inner of Object.keys(value)) paths.push([key, inner]);
      if (Array.isArray(value) && value[0] && typeof value[0] === 'object') for (const inner of Object.keys(value[0] as object)) paths.push([key, '0', inner]);
    }
    const failures: string[] = [];
    const stored = async (marker: string) =>
      rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from cases where reported->>'position' = ${marker} or event_place = ${marker}`))[0]!.n;
    for (const path of paths) {
      for (const hostile of HOSTILE) {
        // A mark of this request where the hostile value is not, to find what it stored.
        const marker = `penanda ${randomUUID()}`;
        const body = structuredClone(good) as Record<string, Record<string, unknown>>;
        if (path[0] === 'reportedParty') body.event!.place = marker;
        else body.reportedParty!.position = marker;
        let at: Record<string, unknown> = body;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
        at[path.at(-1)!] = hostile;
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: { ...staff.headers, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        const label = `${path.join('.')}=${shown(hostile)}`;
        if (res.statusCode >= 500) failures.push(`${label}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          const error = (res.json() as { error?: { code?: unknown; message?: unknown } }).error;
          if (typeof error?.code !== 'string' || typeof error.message !== 'string') failures.push(`${label}: ${res.statusCode} without the error shape`);
          if ((await stored(marker)) !== 0) failures.push(`${label}: refused (${res.statusCode}) but a case was stored`);
        } else if ((await stored(marker)) !== 1) failures.push(`${label}: received (${res.statusCode}) but not stored once`);
      }
    }
    expect(failures).toEqual([]);
    expect(paths.length).toBeGreaterThan(25);
  });

  it('every action, on a case in every state of the walk, with bodies that are not payloads', async () => {
    const failures: string[] = [];
    for (const { state } of WALK) {
      const ctx = await caseAt(state);
      for (const action of CASE_ACTIONS) {
        for (const body of NOT_PAYLOADS) {
          const before = await versionOf(ctx.id);
          const res = await post(action === 'putus-pleno' ? member : staff, ctx.id, action, body, true);
          await expectSafe(`${state} ${action} ${body.slice(0, 40)}`, ctx, res, before, failures);
          if (res.statusCode < 400) failures.push(`${state} ${action} accepted a body that is not a payload: ${body.slice(0, 40)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
