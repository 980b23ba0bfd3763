// Transitions are optimistic: each reads the case, decides, and writes only if nobody changed the
// case in between (else it takes the row lock, reads again and decides again). Two people acting on one case at once
// must never lose each other's work, and one action must never happen twice.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { verifyAudit } from '../audit/verify-audit.js';

let t: TestApp;
let staff: Session;
let colleague: Session;
const clock = new Date('2024-11-12T07:00:00Z'); // 14:00 WIB, after the hearings below

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  const office = await makeOffice(t.deps.db, { regionCode: '36.73' });
  staff = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
  colleague = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }));
});
afterAll(() => t.app.close());

const act = (s: Session, id: string, action: string, payload: object = {}) =>
  t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: s.headers, payload });
const auditCount = async (id: string, action: string) =>
  rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = ${action}`))[0]!.n;

async function registeredCase(): Promise<string> {
  const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ receivedAt: '2024-11-10T10:00:00+07:00' }) })).json().id as string;
  for (const [action, payload] of [['mulai-kajian-awal', {}], ['nilai-syarat', allRequirementsMet()], ['registrasi', {}]] as const) {
    expect((await act(staff, id, action, payload)).statusCode).toBe(200);
  }
  return id;
}

describe('concurrent actions on one case', () => {
  it('applies each of many simultaneous actions exactly once, none lost and none doubled', async () => {
    const id = await registeredCase();
    const invite = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => act(i % 2 ? colleague : staff, id, 'undang-klarifikasi', invite)));
    // The first invitation moves the case to klarifikasi; inviting again there is legal too, so
    // every request lands, each on the version the one before it wrote: eight invitations.
    expect(results.map((r) => r.statusCode)).toEqual(Array(8).fill(200));
    const view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(view.invitations).toHaveLength(8);
    expect(new Set(view.invitations.map((i: { id: string }) => i.id)).size).toBe(8);
    expect(view.version).toBe(4 + 8);
    expect(await auditCount(id, 'case.undang-klarifikasi')).toBe(8);

    const starts = await Promise.all(Array.from({ length: 6 }, () => act(staff, id, 'mulai-kajian')));
    expect(starts.filter((r) => r.statusCode === 200)).toHaveLength(0); // no hearing recorded yet: refused, with what is missing
    expect(new Set(starts.map((r) => r.statusCode))).toEqual(new Set([409]));
  });

  it('keeps both hearings when two are recorded at the same moment (no lost update)', async () => {
    const id = await registeredCase();
    const invited = await act(staff, id, 'undang-klarifikasi', {
      invitations: [
        { party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
        { party: 'saksi', name: 'Rina Wati', scheduledAt: '2024-11-11T11:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' },
      ],
    });
    const [a, b] = invited.json().invitations as { id: string }[];
    const hearing = (invitationId: string, summary: string) => ({ invitationId, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: `BA/${summary}`, summary });
    const [ra, rb] = await Promise.all([act(staff, id, 'catat-klarifikasi', hearing(a!.id, 'terlapor')), act(colleague, id, 'catat-klarifikasi', hearing(b!.id, 'saksi'))]);
    expect([ra.statusCode, rb.statusCode]).toEqual([200, 200]);
    const view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
    expect(view.invitations.map((i: { hearing: { minutesRef: string } | null }) => i.hearing?.minutesRef).sort()).toEqual(['BA/saksi', 'BA/terlapor']);
    expect(await auditCount(id, 'case.catat-klarifikasi')).toBe(2);
    expect(await verifyAudit({ db: t.deps.db })).toMatchObject({ ok: true });
  });

  it('gives gapless register numbers to cases registered at the same moment', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody({ receivedAt: '2024-11-10T10:00:00+07:00' }) })).json().id as string;
      await act(staff, id, 'mulai-kajian-awal');
      await act(staff, id, 'nilai-syarat', allRequirementsMet());
      ids.push(id);
    }
    const before = rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from cases where register_number is not null and office_id = (select office_id from cases where id = ${ids[0]!})`))[0]!.n;
    const results = await Promise.all(ids.map((id, i) => act(i % 2 ? colleague : staff, id, 'registrasi')));
    expect(results.map((r) => r.statusCode)).toEqual(Array(6).fill(200));
    const numbers = results.map((r) => Number(/^(\d+)/.exec(r.json().registerNumber as string)![1])).sort((x, y) => x - y);
    expect(numbers).toEqual(Array.from({ length: 6 }, (_, i) => before + i + 1));
    // The statement draws the number and writes it wherever it is printed: the column, the record,
    // the audit row (whose hash still verifies), and the answer.
    const stored = rowsOf<{ id: string; column: string; inRecord: string; inAudit: string }>(
      await t.deps.db.execute(sql`select c.id, c.register_number as "column", c.facts->'machine'->>'registerNumber' as "inRecord",
          (select a.summary->>'registerNumber' from audit_log a where a.entity_id = c.id::text and a.action = 'case.registrasi') as "inAudit"
        from cases c where c.id in ${ids}`),
    );
    expect(stored).toHaveLength(6);
    for (const row of stored) {
      expect(row.column).toMatch(/^\d{3,}\/Reg\/LP\/PW\/Kota\/36\.73\/XI\/2024$/);
      expect([row.inRecord, row.inAudit]).toEqual([row.column, row.column]);
      expect(results[ids.indexOf(row.id)]!.json().registerNumber).toBe(row.column);
    }
    expect(await verifyAudit({ db: t.deps.db })).toMatchObject({ ok: true });
  });

  it('gives gapless receipt numbers to reports taken in at the same moment, printed the same everywhere', async () => {
    const lampung = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '18.71' }), role: 'penanganan' }), clock);
    const created = await Promise.all(
      Array.from({ length: 8 }, () => t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: lampung.headers, payload: laporanBody({ receivedAt: '2024-11-10T10:00:00+07:00' }) })),
    );
    expect(created.map((r) => r.statusCode)).toEqual(Array(8).fill(201));
    const answered = created.map((r) => r.json() as { id: string; receiptNumber: string });
    const sequences = answered.map((a) => Number(/^TBP\/18\.71\/2024\/(\d{6,})$/.exec(a.receiptNumber)![1])).sort((x, y) => x - y);
    expect(sequences.at(-1)! - sequences[0]!).toBe(7); // eight distinct numbers, none skipped
    expect(new Set(sequences).size).toBe(8);
    const stored = rowsOf<{ id: string; column: string; inAudit: string; marked: number }>(
      await t.deps.db.execute(sql`select c.id, c.receipt_number as "column",
          (select a.summary->>'receiptNumber' from audit_log a where a.entity_id = c.id::text and a.action = 'case.received') as "inAudit",
          (select count(*)::int from audit_log a where a.entity_id = c.id::text and a.summary::text like '%{{nomor-%') + (case when c.facts::text like '%{{nomor-%' then 1 else 0 end) as marked
        from cases c where c.id in ${answered.map((a) => a.id)}`),
    );
    expect(stored).toHaveLength(8);
    for (const row of stored) {
      expect(row.inAudit).toBe(row.column);
      expect(row.marked).toBe(0);
      expect(answered.find((a) => a.id === row.id)!.receiptNumber).toBe(row.column);
    }
    expect(await verifyAudit({ db: t.deps.db })).toMatchObject({ ok: true });
  });

  it('keeps the owed-letter flag true to the notices when a letter is made while a transition owes a new one', async () => {
    // Two writers of cases.notices_owed (decision 015): the transition only sets it, the document's
    // recompute reads the row it updates. Whichever lands first, the flag must end as the notices say.
    const invite = { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] };
    const flagOf = async (id: string) => rowsOf<{ owed: boolean }>(await t.deps.db.execute(sql`select notices_owed as owed from cases where id = ${id}`))[0]!.owed;
    for (let round = 0; round < 6; round++) {
      const id = await registeredCase();
      expect(await flagOf(id)).toBe(true); // the registration's status notice to the pelapor
      const [letter, invited] = await Promise.all([
        t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'pemberitahuan-status-laporan' } }),
        act(colleague, id, 'undang-klarifikasi', invite),
      ]);
      expect([letter.statusCode, invited.statusCode]).toEqual([201, 200]);
      const view = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
      const owing = (view.notices as { notice: string; outcome: string }[]).filter((n) => n.outcome === 'belum').map((n) => n.notice);
      expect(owing).toContain('undangan-klarifikasi'); // the invitation's letter is not made
      expect(await flagOf(id)).toBe(true);

      // Then its letter, while another transition owes nothing new: nothing is owed any more.
      const invitationId = view.invitations[0].id as string;
      const [made, heard] = await Promise.all([
        t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/documents`, headers: staff.headers, payload: { kind: 'undangan-klarifikasi', invitationId } }),
        act(colleague, id, 'catat-klarifikasi', { invitationId, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024' }),
      ]);
      expect([made.statusCode, heard.statusCode]).toEqual([201, 200]);
      const after = (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
      const stillOwed = (after.notices as { outcome: string }[]).filter((n) => n.outcome === 'belum');
      expect(await flagOf(id)).toBe(stillOwed.length > 0);
    }
  });
});
