// Clocks in the work: the overdue sweep (twice changes nothing twice), pauses while the reporter
// completes the report, and deadlines recomputed when the official calendar changes.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { rowsOf } from '../../db/client.js';
import { sweepOverdue } from './sweep-overdue.js';

let t: TestApp;
let staff: Session;
let admin: Session;
let clock = new Date('2024-11-10T03:00:00Z');

beforeAll(async () => {
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 365 * 3 } }); // the clock jumps from 2024 to 2026
  staff = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'penanganan' }));
  admin = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-ri', regionCode: null }), role: 'administrator' }), clock);
});
afterAll(() => t.app.close());

const intake = async (overrides = {}) => (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody(overrides) })).json().id as string;
const view = async (id: string) => (await t.app.inject({ url: `/api/v1/cases/${id}`, headers: staff.headers })).json();
const act = (id: string, action: string, payload: object = {}) => t.app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/${action}`, headers: staff.headers, payload });
const overdueAudits = async (id: string) =>
  rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where entity_id = ${id} and action = 'case.overdue'`))[0]!.n;

describe('the overdue sweep', () => {
  it('marks a case whose kajian awal deadline passed, once, however often it runs', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    expect((await view(id)).running[0]).toMatchObject({ clock: 'kajianAwal', status: 'tepat-waktu' });
    clock = new Date('2024-11-12T05:00:00Z'); // 12 Nov 12:00 WIB: due today
    expect((await view(id)).running[0].status).toBe('jatuh-tempo-hari-ini');
    clock = new Date('2024-11-13T02:00:00Z'); // 13 Nov 09:00 WIB: past 12 Nov 23:59:59
    const listedOverdue = async () => (await t.app.inject({ url: '/api/v1/cases?due=terlambat&limit=200', headers: staff.headers })).json().items.map((i: { id: string }) => i.id);
    // The inbox's "Terlambat" filter agrees with the clock badge at once, before any sweep runs.
    expect(await overdueAudits(id)).toBe(0);
    expect(await listedOverdue()).toContain(id);
    await sweepOverdue(t.deps);
    await sweepOverdue(t.deps);
    await Promise.all([sweepOverdue(t.deps), sweepOverdue(t.deps)]);
    expect(await overdueAudits(id)).toBe(1);
    expect(await listedOverdue()).toContain(id);
    expect((await view(id)).running[0].status).toBe('terlambat');
  });
});

describe("the inbox's deadline filters", () => {
  it('list what the clock badge and the deadline board say: overdue, due today, within seven days, each apart', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const early = await intake(); // kajian awal due 12 Nov 23:59:59 WIB
    clock = new Date('2024-11-11T03:00:00Z');
    const later = await intake({ receivedAt: '2024-11-11T10:00:00+07:00' }); // due 13 Nov 23:59:59 WIB
    const listed = async (due: string) => {
      const ids = ((await t.app.inject({ url: `/api/v1/cases?due=${due}&limit=200`, headers: staff.headers })).json().items as { id: string }[]).map((i) => i.id);
      return [early, later].filter((id) => ids.includes(id));
    };
    const badges = async () => Promise.all([early, later].map(async (id) => (await view(id)).running[0].status as string));

    clock = new Date('2024-11-12T05:00:00Z'); // 12 Nov 12:00 WIB
    expect(await badges()).toEqual(['jatuh-tempo-hari-ini', 'tepat-waktu']);
    expect([await listed('terlambat'), await listed('hari-ini'), await listed('minggu-ini')]).toEqual([[], [early], [early, later]]);

    clock = new Date('2024-11-13T02:00:00Z'); // 13 Nov 09:00 WIB
    expect(await badges()).toEqual(['terlambat', 'jatuh-tempo-hari-ini']);
    expect([await listed('terlambat'), await listed('hari-ini'), await listed('minggu-ini')]).toEqual([[early], [later], [later]]);

    clock = new Date('2024-11-13T16:59:58Z'); // 13 Nov 23:59:58 WIB: the last second of the day
    expect(await badges()).toEqual(['terlambat', 'jatuh-tempo-hari-ini']);
    expect(await listed('hari-ini')).toEqual([later]);
  });
});

describe('the deadline counts', () => {
  it('count exactly what the deadline filters list, each case in one group, with no cap', async () => {
    // An office of a region no other test uses: the counts cover the whole scope.
    const office = await makeOffice(t.deps.db, { regionCode: '36.74', name: 'Bawaslu Kota Tangerang Selatan (uji tenggat)' });
    const handler = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), clock);
    const event = { ...laporanBody().event, regionCode: '36.74.01' };
    const make = async (receivedAt: string) => {
      if (Date.parse(receivedAt) > clock.getTime()) clock = new Date(receivedAt);
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: handler.headers, payload: laporanBody({ event, receivedAt }) });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    clock = new Date('2024-11-10T03:00:00Z');
    // Kajian awal due 12, 13 and 14 November 23:59:59 WIB (each taken in on its day).
    for (const day of ['10', '11', '12']) await make(`2024-11-${day}T09:00:00+07:00`);
    const counts = async () => (await t.app.inject({ url: '/api/v1/cases/deadline-counts', headers: handler.headers })).json();
    const totals = async () => {
      const total = async (due: string) => (await t.app.inject({ url: `/api/v1/cases?due=${due}&limit=1`, headers: handler.headers })).json().total as number;
      const [over, today, week] = [await total('terlambat'), await total('hari-ini'), await total('minggu-ini')];
      return { terlambat: over, 'hari-ini': today, 'minggu-ini': week - today };
    };

    clock = new Date('2024-11-12T05:00:00Z'); // 12 Nov 12:00 WIB
    expect(await counts()).toEqual({ terlambat: 0, 'hari-ini': 1, 'minggu-ini': 2 });
    expect(await totals()).toEqual(await counts());
    clock = new Date('2024-11-13T05:00:00Z');
    expect(await counts()).toEqual({ terlambat: 1, 'hari-ini': 1, 'minggu-ini': 1 });
    expect(await totals()).toEqual(await counts());
    clock = new Date('2024-11-15T05:00:00Z');
    expect(await counts()).toEqual({ terlambat: 3, 'hari-ini': 0, 'minggu-ini': 0 });
    // Another regency's staff counts none of them.
    const other = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }), clock);
    const before = (await t.app.inject({ url: '/api/v1/cases/deadline-counts', headers: other.headers })).json();
    await make('2024-11-10T09:00:00+07:00');
    expect((await t.app.inject({ url: '/api/v1/cases/deadline-counts', headers: other.headers })).json()).toEqual(before);
    expect((await counts()).terlambat).toBe(4);
  });
});

describe('pauses', () => {
  it('stops the kajian awal clock while the reporter completes the report, then resumes it later', async () => {
    clock = new Date('2024-11-10T03:00:00Z');
    const id = await intake();
    await act(id, 'mulai-kajian-awal');
    const items = allRequirementsMet().entries;
    const [first, ...rest] = items;
    await act(id, 'nilai-syarat', { entries: [{ ...first!, result: 'tidak-memenuhi', note: 'Alamat pelapor belum lengkap' }, ...rest] });
    const before = (await view(id)).deadlines.kajianAwal.lastDay;
    const asked = await act(id, 'minta-kelengkapan', {});
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json()).toMatchObject({ state: 'perlu-dilengkapi', paused: true });
    expect(asked.json().running.map((r: { clock: string }) => r.clock)).toEqual(['completion']);
    clock = new Date('2024-11-12T03:00:00Z'); // two days later the reporter completes it
    const done = await act(id, 'lengkapi', { completedAt: '2024-11-12T09:00:00+07:00' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().paused).toBe(false);
    expect(done.json().deadlines.kajianAwal.lastDay > before).toBe(true);
  });
});

/**
 * A Pemilu report registered on a Monday (its 14-working-day decision clock running), with `testDay`
 * of that week not yet an added holiday: a PostgreSQL test database kept from an earlier run may
 * still hold the day. The test files share that database and the calendar is global, so each test
 * uses a week of its own.
 */
async function registeredPemiluCase(monday: string, testDay: string): Promise<string> {
  clock = new Date(`${monday}T03:00:00Z`);
  await t.deps.db.execute(sql`delete from calendar_entries where date = ${testDay} and origin = 'admin'`);
  t.deps.calendar.invalidate();
  const dayBefore = new Date(Date.parse(monday) - 86_400_000).toISOString().slice(0, 10);
  const id = await intake({ regime: 'pemilu-2024', election: 'pemilu', event: { ...laporanBody().event, occurredOn: dayBefore, knownOn: monday }, receivedAt: `${monday}T10:00:00+07:00` });
  await act(id, 'mulai-kajian-awal');
  await act(id, 'nilai-syarat', allRequirementsMet('pemilu'));
  await act(id, 'registrasi');
  return id;
}

describe('calendar changes', () => {
  it('recomputes the deadlines of an open Pemilu case when a holiday is added inside its window', async () => {
    const id = await registeredPemiluCase('2026-07-06', '2026-07-09'); // away from the March days law.test.ts uses
    const before = (await view(id)).deadlines.decision;
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/law/calendar/entries', headers: admin.headers, payload: { date: '2026-07-09', kind: 'libur-nasional', nameId: 'Libur uji', nameEn: 'Test holiday', source: 'Keppres uji 3/2026' } });
    expect(res.json().recomputedCases).toBeGreaterThanOrEqual(1);
    const after = (await view(id)).deadlines.decision;
    expect(after.lastDayIfExtended > before.lastDayIfExtended).toBe(true); // 14 working days now skip 9 July
    const audit = (await t.app.inject({ url: `/api/v1/audit?entityType=calendar-entry&entityId=${res.json().entry.id}`, headers: admin.headers })).json().items[0];
    expect(audit.summary.recomputedCases).toBe(res.json().recomputedCases);
  });

  it('reuses stored deadlines only while computed with the calendar in force: a day another process added moves them at the next action', async () => {
    // The day is written straight into the table below, as another server process would, whose
    // recomputation this process never saw.
    const id = await registeredPemiluCase('2026-09-07', '2026-09-10');
    const before = (await view(id)).deadlines.decision;
    await act(id, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2026-09-08T09:00:00+07:00', place: 'Kantor' }] });
    expect((await view(id)).deadlines.decision).toEqual(before); // same inputs, same calendar: kept

    await t.deps.db.execute(sql`insert into calendar_entries (date, kind, name_id, name_en, source, origin) values ('2026-09-10', 'libur-nasional', 'Libur uji', 'Test holiday', 'Keppres uji 4/2026', 'admin')`);
    t.deps.calendar.invalidate();
    await act(id, 'undang-klarifikasi', { invitations: [{ party: 'saksi', name: 'Rina', scheduledAt: '2026-09-08T11:00:00+07:00', place: 'Kantor' }] });
    const after = (await view(id)).deadlines.decision;
    expect(after.lastDayIfExtended > before.lastDayIfExtended).toBe(true); // recomputed: 14 working days now skip 10 September
    await t.deps.db.execute(sql`delete from calendar_entries where date = '2026-09-10' and origin = 'admin'`);
    t.deps.calendar.invalidate();
  });
});

describe('the filing clock in the kajian awal', () => {
  it('asks for a note when a laporan the law engine finds late is assessed as in time, and keeps what was assessed', async () => {
    clock = new Date('2024-11-12T03:00:00Z');
    // Known on 1 November, received on 12 November: the 7 days of UU 10/2016 Pasal 134 ayat (4) have passed.
    const id = await intake({ event: { ...laporanBody().event, occurredOn: '2024-10-31', knownOn: '2024-11-01' }, receivedAt: '2024-11-12T10:00:00+07:00' });
    const filing = (await view(id)).deadlines.filing;
    expect(filing).toMatchObject({ onTime: false, lastDay: '2024-11-08' });
    expect((await act(id, 'mulai-kajian-awal')).statusCode).toBe(200);

    const refused = await act(id, 'nilai-syarat', allRequirementsMet());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.missing).toEqual([expect.objectContaining({ key: 'syarat.tepat-waktu.catatan', id: expect.stringContaining('setelah batas Jumat, 8 November 2024') })]);
    expect((await view(id)).checklist.every((c: { result: string }) => c.result === 'belum-dinilai')).toBe(true); // nothing written

    const explained = { entries: allRequirementsMet().entries.map((e) => (e.itemId === 'tepat-waktu' ? { ...e, note: 'Pelapor baru mengetahui unggahan pada 10 November 2024 (tangkapan layar bertanggal).' } : e)) };
    expect((await act(id, 'nilai-syarat', explained)).statusCode).toBe(200);
    expect((await view(id)).checklist.find((c: { itemId: string }) => c.itemId === 'tepat-waktu')).toMatchObject({ result: 'memenuhi', note: expect.stringContaining('10 November 2024') });
  });
});
