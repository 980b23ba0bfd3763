// The jurisdiction matrix: every role × every endpoint that touches an office, a user or the audit
// log × a resource in a foreign region → refused. Each endpoint also has a control: the same call
// on a resource of the caller's own region succeeds for a role allowed to make it, so the matrix
// cannot pass by refusing everything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, ROLES, ROLES_BY_OFFICE_KIND, type Action, type OfficeKind, type Role } from '../../core/access.js';
import { makeOffice, makeUser, signIn, type Session } from '../test/factories.js';
import { laporanBody } from '../test/case-fixtures.js';
import { testApp, type TestApp } from '../test/harness.js';
import type { OfficeRow } from '../modules/offices/offices.repository.js';
import type { UserRow } from '../modules/users/users.repository.js';

type Target = { office: OfficeRow; user: UserRow; kecamatanCode: string; caseId: string; receiptNumber: string };
type Call = { method: 'GET' | 'POST' | 'PATCH'; url: string; payload?: unknown };
type Endpoint = {
  name: string;
  action: Action;
  call: (t: Target) => Call;
  leaked?: (body: string, t: Target) => boolean;
  /** roles for the own-region control when the permission alone is not enough (the state machine decides) */
  controlRoles?: Role[];
  noControl?: boolean;
};

const ENDPOINTS: Endpoint[] = [
  { name: 'GET /users/:id', action: 'users.read', call: (t) => ({ method: 'GET', url: `/api/v1/users/${t.user.id}` }) },
  { name: 'GET /users?officeId', action: 'users.read', call: (t) => ({ method: 'GET', url: `/api/v1/users?officeId=${t.office.id}` }) },
  // Searched by name, so the target is on the first page however many users the database holds.
  { name: 'GET /users (list)', action: 'users.read', call: (t) => ({ method: 'GET', url: `/api/v1/users?limit=200&q=${encodeURIComponent(t.user.username)}` }), leaked: (b, t) => b.includes(t.user.id) },
  { name: 'PATCH /users/:id', action: 'users.manage', call: (t) => ({ method: 'PATCH', url: `/api/v1/users/${t.user.id}`, payload: { displayName: 'Diubah' } }) },
  { name: 'POST /users', action: 'users.manage', call: (t) => ({ method: 'POST', url: '/api/v1/users', payload: { username: `x${Math.random().toString(36).slice(2, 10)}`, displayName: 'Baru', officeId: t.office.id, role: 'penanganan', password: 'long enough password' } }) },
  { name: 'GET /offices/:id', action: 'offices.read', call: (t) => ({ method: 'GET', url: `/api/v1/offices/${t.office.id}` }) },
  { name: 'GET /offices?parentId', action: 'offices.read', call: (t) => ({ method: 'GET', url: `/api/v1/offices?parentId=${t.office.id}` }) },
  { name: 'GET /offices (list)', action: 'offices.read', call: () => ({ method: 'GET', url: '/api/v1/offices?limit=200' }), leaked: (b, t) => b.includes(t.office.id) },
  // Searched by name: the office is found by its words however many offices there are.
  { name: 'GET /offices?q', action: 'offices.read', call: (t) => ({ method: 'GET', url: `/api/v1/offices?limit=200&q=${encodeURIComponent(t.office.name)}` }), leaked: (b, t) => b.includes(t.office.id) },
  { name: 'PATCH /offices/:id', action: 'offices.manage', call: (t) => ({ method: 'PATCH', url: `/api/v1/offices/${t.office.id}`, payload: { phone: '0254-000' } }) },
  { name: 'POST /offices', action: 'offices.manage', call: (t) => ({ method: 'POST', url: '/api/v1/offices', payload: { code: `k-${Math.random().toString(36).slice(2, 10)}`, name: 'Panwaslu Kecamatan Uji', kind: 'panwaslu-kecamatan', regionCode: t.kecamatanCode } }) },
  { name: 'GET /audit?entity', action: 'audit.read', call: (t) => ({ method: 'GET', url: `/api/v1/audit?entityType=user&entityId=${t.user.id}` }), leaked: (b, t) => b.includes(t.user.id) },
  { name: 'GET /cases/:id', action: 'cases.read', call: (t) => ({ method: 'GET', url: `/api/v1/cases/${t.caseId}` }) },
  { name: 'GET /cases (list)', action: 'cases.read', call: (t) => ({ method: 'GET', url: `/api/v1/cases?limit=200&q=${encodeURIComponent(t.receiptNumber)}` }), leaked: (b, t) => b.includes(t.caseId) },
  { name: 'GET /cases/:id/timeline', action: 'cases.read', call: (t) => ({ method: 'GET', url: `/api/v1/cases/${t.caseId}/timeline` }) },
  { name: 'GET /cases/:id/reporter', action: 'cases.reporter', call: (t) => ({ method: 'GET', url: `/api/v1/cases/${t.caseId}/reporter` }) },
  { name: 'POST /cases/:id/actions', action: 'cases.act', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/actions/mulai-kajian-awal`, payload: {} }), controlRoles: ['penanganan', 'pimpinan'] },
  { name: 'GET /cases/:id/delegation-targets', action: 'cases.act', call: (t) => ({ method: 'GET', url: `/api/v1/cases/${t.caseId}/delegation-targets` }) },
  { name: 'POST /cases/:id/notes', action: 'cases.act', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/notes`, payload: { body: 'catatan' } }) },
  { name: 'POST /cases/:id/assign', action: 'cases.assign', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/assign`, payload: { assigneeId: null } }) },
  // The receipt prints the reporter's identity: it needs cases.reporter on top of cases.act.
  { name: 'POST /cases/:id/documents', action: 'cases.reporter', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/documents`, payload: { kind: 'tanda-bukti-penyampaian-laporan' } }) },
  // Needs SMTP and a letter to the pelapor: its own-region control is in email-document.test.ts.
  { name: 'POST /cases/:id/documents/:id/email', action: 'cases.reporter', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/documents/00000000-0000-4000-8000-000000000000/email` }), noControl: true },
  // Needs a letter made: its own-region control is in document-delivery.test.ts.
  { name: 'POST /cases/:id/documents/:id/delivery', action: 'cases.act', call: (t) => ({ method: 'POST', url: `/api/v1/cases/${t.caseId}/documents/00000000-0000-4000-8000-000000000000/delivery`, payload: { method: 'pos', deliveredOn: '2024-11-12' } }), noControl: true },
  { name: 'POST /cases/bulk', action: 'cases.act', call: (t) => ({ method: 'POST', url: '/api/v1/cases/bulk', payload: { caseIds: [t.caseId], action: 'tidak-registrasi', payload: { reason: 'uji' } } }), leaked: (b) => b.includes('"ok":true'), noControl: true },
];

const HOME = '36.73'; // Kota Serang
const FOREIGN = '36.72'; // Kota Cilegon, a sibling

function officeKindFor(role: Role): OfficeKind {
  if (ROLES_BY_OFFICE_KIND['bawaslu-kabkota'].includes(role)) return 'bawaslu-kabkota';
  return (Object.keys(ROLES_BY_OFFICE_KIND) as OfficeKind[]).find((k) => ROLES_BY_OFFICE_KIND[k].includes(role) && k !== 'bkn') ?? 'bkn';
}

let t: TestApp;
let foreign: Target;
let foreignParent: Target;
const sessions = new Map<Role, Session>();
const home = new Map<Role, Target>();

async function target(regionCode: string, kecamatanCode: string, ownOffice?: OfficeRow): Promise<Target> {
  const office = ownOffice ?? (await makeOffice(t.deps.db, { regionCode }));
  const user = await makeUser(t.deps.db, { office, role: 'penanganan' });
  // Give the user an audit trail, so the audit endpoint has something to leak, and a case.
  const s = await signIn(t.app, user);
  const created = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody() });
  if (created.statusCode !== 201) throw new Error(`case fixture failed: ${created.body}`);
  return { office, user, kecamatanCode, caseId: created.json().id, receiptNumber: created.json().receiptNumber };
}

beforeAll(async () => {
  t = await testApp();
  foreign = await target(FOREIGN, '36.72.01');
  foreignParent = await target('36', '36.01.01'); // the province: a parent is foreign too
  for (const role of ROLES) {
    const kind = officeKindFor(role);
    const office = await makeOffice(t.deps.db, { kind, regionCode: kind === 'bkn' ? null : HOME });
    const actor = await makeUser(t.deps.db, { office, role });
    sessions.set(role, await signIn(t.app, actor));
    // The control's resources sit in the actor's own office (a case is acted on by its office).
    home.set(role, await target(HOME, '36.73.02', kind === 'bawaslu-kabkota' ? office : undefined));
  }
}, 120_000);
afterAll(() => t.app.close());

async function send(role: Role, c: Call) {
  const s = sessions.get(role)!;
  return t.app.inject({ method: c.method, url: c.url, headers: s.headers, ...(c.payload ? { payload: c.payload as object } : {}) });
}

describe.each(ROLES.map((r) => [r]))('role %s', (role) => {
  it.each(ENDPOINTS.map((e) => [e.name, e]))('%s on a foreign region is refused', async (_name, endpoint) => {
    // BKN is a national office: its scope covers every region, so only its permissions refuse it.
    for (const victim of officeKindFor(role) === 'bkn' ? [foreign] : [foreign, foreignParent]) {
      const res = await send(role, endpoint.call(victim));
      if (endpoint.leaked) {
        if (res.statusCode === 200) expect(endpoint.leaked(res.body, victim), `${role} ${endpoint.name} leaked`).toBe(false);
        else expect([403, 404]).toContain(res.statusCode);
      } else {
        expect([403, 404], `${role} ${endpoint.name}: ${res.body}`).toContain(res.statusCode);
      }
      expect(res.body).not.toContain(victim.user.username);
    }
  });
});

describe('controls: the same calls on the own region succeed where the role may make them', () => {
  it.each(ENDPOINTS.map((e) => [e.name, e]))('%s', async (_name, endpoint) => {
    if (endpoint.noControl) return;
    const allowed = ROLES.filter((r) => can(r, endpoint.action) && officeKindFor(r) === 'bawaslu-kabkota' && (!endpoint.controlRoles || endpoint.controlRoles.includes(r)));
    expect(allowed.length).toBeGreaterThan(0);
    for (const role of allowed) {
      const own = home.get(role)!;
      const res = await send(role, endpoint.call(own));
      expect([200, 201], `${role} ${endpoint.name}: ${res.body}`).toContain(res.statusCode);
      if (endpoint.leaked) expect(endpoint.leaked(res.body, own), `${role} ${endpoint.name} sees own`).toBe(true);
    }
  });
});
