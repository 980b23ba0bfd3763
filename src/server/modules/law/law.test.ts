// The law API over real HTTP on the real database calendar. The rule tables themselves are tested
// in src/core/law; here: wiring, validation, the public contract, and calendar administration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
let nationalAdmin: Session;
let regionalAdmin: Session;
beforeAll(async () => {
  t = await testApp();
  nationalAdmin = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { kind: 'bawaslu-ri', regionCode: null }), role: 'administrator' }));
  regionalAdmin = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.73' }), role: 'administrator' }));
});
afterAll(() => t.app.close());

const deadlines = (body: object, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/law/deadlines', payload: body, headers });

describe('POST /api/v1/law/deadlines', () => {
  it('counts a Pilkada report in calendar days, ending 23:59:59 WIB, and cites the article', async () => {
    const res = await deadlines({ regime: 'pilkada-2024', regionCode: '36.73', knownOn: '2024-11-10', receivedAt: '2024-11-10T09:00:00+07:00', extended: true });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.filing).toMatchObject({ lastDay: '2024-11-17', due: '2024-11-17T23:59:59+07:00', onTime: true, counting: 'calendar' });
    expect(body.filing.citation).toMatch(/134/);
    expect(body.decision).toMatchObject({ baseLastDay: '2024-11-13', lastDayIfExtended: '2024-11-15', dueIfExtended: '2024-11-15T23:59:59+07:00' });
    expect(body.decision.citation).toMatch(/134/);
  });

  it('ends the day in the office region’s own time zone', async () => {
    const at = (regionCode: string) => deadlines({ regime: 'pilkada-2024', regionCode, knownOn: '2024-11-10', receivedAt: '2024-11-10T09:00:00+07:00' });
    expect((await at('51.71')).json().filing.due).toBe('2024-11-17T23:59:59+08:00'); // Denpasar, WITA
    expect((await at('91.71')).json().filing.due).toBe('2024-11-17T23:59:59+09:00'); // Jayapura, WIT
  });

  it('skips weekends and national holidays for a Pemilu filing window in working days', async () => {
    // Known Friday 6 Sep 2024; Maulid Nabi falls on Monday 16 Sep 2024.
    const res = await deadlines({ regime: 'pemilu-2024', regionCode: '36.73', knownOn: '2024-09-06', receivedAt: '2024-09-13T10:00:00+07:00' });
    expect(res.json().filing).toMatchObject({ lastDay: '2024-09-18', counting: 'working', onTime: true });
  });

  it('gives the criminal forwarding deadline 24 hours after the plenary decision', async () => {
    const res = await deadlines({ regime: 'pilkada-2024', regionCode: '36.73', knownOn: '2024-11-10', receivedAt: '2024-11-10T09:00:00+07:00', decidedAt: '2024-11-13T15:30:00+07:00' });
    expect(new Date(res.json().criminalForwarding.due).toISOString()).toBe('2024-11-14T08:30:00.000Z');
  });

  it('refuses malformed facts with 400 and a message in the asked language', async () => {
    const res = await deadlines({ regime: 'pilkada-2099', regionCode: '36.7', knownOn: '10-11-2024', receivedAt: '2024-11-10 09:00' }, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('The request is not valid: check the fields listed.');
    expect(res.json().error.details.map((d: { path: string }) => d.path).sort()).toEqual(['body.knownOn', 'body.receivedAt', 'body.regime', 'body.regionCode']);
  });
});

describe('catalogue and assessment', () => {
  it('lists the 15 acts of the 2022 joint decree', async () => {
    const acts = (await t.app.inject({ url: '/api/v1/law/catalogue' })).json().acts as { code: string }[];
    expect(acts.map((a) => a.code)).toEqual(Array.from({ length: 15 }, (_, i) => `skb2022.${i + 1}`));
  });

  it('assesses an ASN who shared a candidate’s post in Pilkada 2024 as a berat discipline case for BKN', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/law/assess', payload: { regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.4'], occurredOn: '2024-10-20' } });
    expect(res.json()).toMatchObject({ moralSanction: true, discipline: 'berat', recipient: 'BKN', criminal: [] });
  });

  it('names art. 188 for an official whose decision favours a candidate', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/law/assess', payload: { regime: 'pilkada-2024', actorKind: 'official', actCodes: ['skb2022.13'], occurredOn: '2024-10-20' } });
    expect(res.json().criminal).toContainEqual(expect.objectContaining({ article: 'UU 10/2016 Pasal 188', prisonMonths: [1, 6], fineRupiah: [600_000, 6_000_000] }));
  });

  it('refuses an unknown act code', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/law/assess', payload: { regime: 'pilkada-2024', actorKind: 'asn', actCodes: ['skb2022.99'], occurredOn: '2024-10-20' } });
    expect(res.statusCode).toBe(400);
  });
});

describe('official calendar', () => {
  it('lists 2024 with Maulid on 16 September and cuti bersama, with sources', async () => {
    const res = await t.app.inject({ url: '/api/v1/law/calendar?year=2024' });
    const days = res.json().days as { date: string; kind: string; source: string }[];
    expect(res.json().covered).toBe(true);
    expect(days.find((d) => d.date === '2024-09-16')).toMatchObject({ kind: 'libur-nasional' });
    expect(days.some((d) => d.kind === 'cuti-bersama')).toBe(true);
    expect(days.every((d) => d.source.length > 5)).toBe(true);
  });

  it('lets a national administrator add a day, which moves a working-day deadline, and remove it again', async () => {
    const facts = { regime: 'pemilu-2024', regionCode: '36.73', knownOn: '2026-03-02', receivedAt: '2026-03-02T10:00:00+07:00' };
    const before = (await deadlines(facts)).json().filing.lastDay;
    const add = await t.app.inject({
      method: 'POST',
      url: '/api/v1/law/calendar/entries',
      headers: nationalAdmin.headers,
      payload: { date: '2026-03-04', kind: 'libur-nasional', nameId: 'Libur uji', nameEn: 'Test holiday', source: 'Keppres uji 1/2026' },
    });
    expect(add.statusCode).toBe(201);
    expect(add.json()).toMatchObject({ entry: { origin: 'admin', removed: false }, recomputedCases: expect.any(Number) });
    const after = (await deadlines(facts)).json().filing.lastDay;
    expect(after > before).toBe(true);

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/law/calendar/entries/${add.json().entry.id}`, headers: nationalAdmin.headers });
    expect(del.json().entry.removed).toBe(true);
    expect((await deadlines(facts)).json().filing.lastDay).toBe(before);
    const audit = await t.app.inject({ url: `/api/v1/audit?entityType=calendar-entry&entityId=${add.json().entry.id}`, headers: nationalAdmin.headers });
    // Newest first; a PostgreSQL test database kept from an earlier run may hold older rows of the same day.
    expect(audit.json().items.map((i: { action: string }) => i.action).slice(0, 2)).toEqual(['calendar.removed', 'calendar.added']);
  });

  it('refuses calendar changes from a regional administrator and from non-administrators', async () => {
    const payload = { date: '2026-03-05', kind: 'libur-nasional', nameId: 'Libur uji', nameEn: 'Test holiday', source: 'Keppres uji 2/2026' };
    const regional = await t.app.inject({ method: 'POST', url: '/api/v1/law/calendar/entries', headers: regionalAdmin.headers, payload });
    expect(regional.statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/law/calendar/entries', payload });
    expect(anonymous.statusCode).toBe(401);
  });
});
