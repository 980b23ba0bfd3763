// `Prefer: return=minimal` (RFC 7240) on a workflow action: the same action, answered with a
// receipt instead of the case page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let staff: Session;
let member: Session;
const NOW = new Date('2024-11-12T07:00:00Z'); // after the hearing and the plenary below
const RECEIPT_KEYS = ['id', 'invitations', 'links', 'registerNumber', 'revision', 'state', 'version'];

beforeAll(async () => {
  t = await testApp({ now: () => NOW });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73', name: 'Bawaslu Kota Serang (uji)' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  member = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'pimpinan' }));
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object = {}, prefer?: string) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: { ...s.headers, ...(prefer ? { prefer } : {}) }, payload });

const create = async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};

describe('an action with Prefer: return=minimal', () => {
  it('takes a case from intake to forwarding, each step answered with a receipt that says what the page then shows', async () => {
    const id = await create();
    const minimal = async (s: Session, action: string, payload: object = {}) => {
      const res = await act(s, id, action, payload, 'return=minimal');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['preference-applied']).toBe('return=minimal');
      const receipt = res.json();
      expect(Object.keys(receipt).sort()).toEqual(RECEIPT_KEYS);
      return receipt;
    };
    expect(await minimal(staff, 'mulai-kajian-awal')).toMatchObject({ id, state: 'kajian-awal', registerNumber: null, invitations: [] });
    await minimal(staff, 'nilai-syarat', allRequirementsMet());
    const registered = await minimal(staff, 'registrasi');
    expect(registered.registerNumber).toMatch(/^\d{3}\/Reg\/LP\/PW\/Kota\/36\.73\/XI\/2024$/);
    const invited = await minimal(staff, 'undang-klarifikasi', {
      invitations: [
        { party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
        { party: 'pelapor', name: 'Siti Aminah', scheduledAt: '2024-11-11T10:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
      ],
    });
    expect(invited.invitations.map((i: { party: string }) => i.party)).toEqual(['terlapor', 'pelapor']);
    expect(JSON.stringify(invited)).not.toMatch(/Budi|Siti/); // no names: nothing personal in a receipt
    const [terlapor, pelapor] = invited.invitations as { id: string }[];
    for (const invitation of [terlapor!, pelapor!]) {
      await minimal(staff, 'catat-klarifikasi', { invitationId: invitation.id, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024' });
    }
    await minimal(staff, 'mulai-kajian');
    await minimal(staff, 'catat-kajian', { facts: 'Terlapor membagikan unggahan paslon.', actCodes: ['skb2022.4'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] });
    await minimal(staff, 'ajukan-pleno', { scheduledAt: '2024-11-12T13:00:00+07:00' });
    await minimal(member, 'putus-pleno', { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' });
    const forwarded = await minimal(staff, 'teruskan', { type: 'peraturan-lain', letterRef: '012/PP.01/K.BT-13/XI/2024' });

    const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(page).toMatchObject({ id, state: forwarded.state, version: forwarded.version, registerNumber: registered.registerNumber });
    expect(forwarded.state).toBe('diteruskan');
    expect(page.invitations.map((i: { id: string; hearing: unknown }) => [i.id, i.hearing !== null])).toEqual([
      [terlapor!.id, true],
      [pelapor!.id, true],
    ]);
  });

  it('answers with the page without the preference, or with another one', async () => {
    for (const prefer of [undefined, 'return=representation', 'respond-async']) {
      const id = await create();
      const res = await act(staff, id, 'mulai-kajian-awal', {}, prefer);
      expect(res.statusCode).toBe(200);
      expect(res.headers['preference-applied']).toBeUndefined();
      expect(res.json()).toMatchObject({ id, state: 'kajian-awal', availableActions: expect.any(Array), checklist: expect.any(Array) });
    }
  });

  it('refuses an illegal action as without it: 409 with what is missing, nothing written', async () => {
    const id = await create();
    const res = await act(staff, id, 'registrasi', {}, 'return=minimal');
    expect(res.statusCode).toBe(409);
    expect(res.headers['preference-applied']).toBeUndefined();
    expect(res.json().error.missing.length).toBeGreaterThan(0);
    const page = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(page).toMatchObject({ state: 'diterima', version: 1 });
  });

  it('is documented: the action may answer the page or the receipt', async () => {
    const spec = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const ok = spec.paths['/api/v1/cases/{id}/actions/{action}'].post.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(ok)).toContain('CaseActionReceipt');
    expect(JSON.stringify(ok)).toContain('CaseView');
    expect(spec.components.schemas.CaseActionReceipt.required).toEqual(expect.arrayContaining(RECEIPT_KEYS));
  });
});
