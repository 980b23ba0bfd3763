// Reminders before a deadline: listed in the app, and e-mailed once per deadline through a real
// SMTP server on loopback when SMTP is configured; a mail server that is down loses no reminder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { startSmtp, type Mail, type TestSmtp } from '../../test/smtp.js';
import { updateUser } from '../users/users.repository.js';
import { LATER_TRIES, sendReminders } from './send-reminders.js';

let smtp: TestSmtp;
let received: Mail[];
let t: TestApp;
let staff: Session;
let clock = new Date('2024-11-10T03:00:00Z'); // 10:00 WIB

beforeAll(async () => {
  smtp = await startSmtp();
  received = smtp.mails;
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30, remindHours: 24, publicUrl: 'https://netra.bawaslu.test', smtp: { url: smtp.url, from: 'Netra <netra@bawaslu.test>' } } });
  // A region no other test uses: on a shared database, the list (the 100 nearest, overdue first)
  // would otherwise fill with other tests' cases of Kota Serang, dated in 2024 like this one.
  const office = await makeOffice(t.deps.db, { regionCode: '36.71' });
  const u = await makeUser(t.deps.db, { office, role: 'penanganan' });
  await updateUser(t.deps.db, u.id, { email: `${u.username}@bawaslu.test` });
  staff = await signIn(t.app, u, clock);
});
afterAll(async () => {
  await t.app.close();
  await smtp.close();
});

describe('deadline reminders', () => {
  it('lists a case in the app and e-mails its handlers once when its deadline is within a day', async () => {
    const created = (await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: staff.headers, payload: laporanBody() })).json();
    const { id, receiptNumber } = created as { id: string; receiptNumber: string };
    // Kajian awal is due 12 Nov 23:59:59 WIB: nothing to remind on the 10th.
    await sendReminders(t.deps);
    expect(received.some((m) => m.body.includes(receiptNumber))).toBe(false);

    clock = new Date('2024-11-12T02:00:00Z'); // 12 Nov 09:00 WIB: due today
    const inApp = (await t.app.inject({ url: '/api/v1/cases/reminders', headers: staff.headers })).json().items;
    expect(inApp.map((i: { id: string }) => i.id)).toContain(id);

    const before = received.length;
    // Run until nothing is left to claim (200 a run), then again: this case's reminder went once.
    // (The sweep covers every office: on a shared database other tests' cases are due too, so
    // the runs' counts prove nothing here; the mails about this case do.)
    let runs = 0;
    while (runs++ < 50 && (await sendReminders(t.deps)).cases > 0);
    await sendReminders(t.deps);
    const mails = received.slice(before).filter((m) => m.body.includes(receiptNumber));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.body).toMatch(/^Subject: \[Netra\] Tenggat kajian awal: /m);
    expect(mails[0]!.to[0]).toMatch(/@bawaslu\.test$/);
    // Which case and deadline, in the case's local time, both languages, and a link to the case;
    // nothing of the case's text, which may name the pelapor (a mail is a copy no read log sees).
    const text = mails[0]!.text;
    expect(text).toContain(`Perkara ${receiptNumber} (Laporan, status Diterima)`);
    expect(text).toContain('Tenggat kajian awal: Selasa, 12 November 2024 pukul 23.59 WIB.');
    expect(text).toContain('Deadline for preliminary analysis (kajian awal): Tuesday, 12 November 2024 at 23:59 WIB.');
    expect(text).toContain(`Buka perkara: https://netra.bawaslu.test/konsol/perkara/${id}`);
    const description = laporanBody().event.description;
    expect(text.length).toBeGreaterThan(100);
    expect(text).not.toContain(description.slice(0, 40));
  });

  it('reminds the nearest deadlines first, a batch at a time, and all of them in one sweep', async () => {
    // Three days of reports, due 12, 13 and 14 November; reminded three days ahead, two a batch.
    const app = await testApp({ now: () => clock, config: { sessionHours: 24 * 30, remindHours: 72, smtp: { url: smtp.url, from: 'Netra <netra@bawaslu.test>' } } });
    try {
      clock = new Date('2024-11-10T03:00:00Z');
      const office = await makeOffice(app.deps.db, { regionCode: '36.71' });
      const u = await makeUser(app.deps.db, { office, role: 'penanganan' });
      await updateUser(app.deps.db, u.id, { email: `${u.username}@bawaslu.test` });
      clock = new Date('2024-11-12T02:00:00Z'); // 12 Nov 09:00 WIB
      const s = await signIn(app.app, u, clock);
      const receipts = new Map<string, string>();
      for (const day of ['12', '10', '11']) {
        const res = await app.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody({ receivedAt: `2024-11-${day}T08:00:00+07:00` }) });
        expect(res.statusCode, res.body).toBe(201);
        receipts.set(day, res.json().receiptNumber);
      }
      const before = received.length;
      const connectionsBefore = smtp.connections;
      await sendReminders(app.deps, 2);
      const ours = received.slice(before).flatMap((m) => [...receipts].filter(([, n]) => m.body.includes(n)).map(([day]) => day));
      expect(ours).toEqual(['10', '11', '12']);
      // The sweep's mails share a connection (a pool), beside the one that first asked the server:
      // not one connection per mail, which a mail server would throttle on a voting day.
      expect(received.length - before).toBeGreaterThanOrEqual(3);
      expect(smtp.connections - connectionsBefore).toBeLessThanOrEqual(2);
    } finally {
      await app.app.close();
    }
  });

  it('loses no reminder to a mail server that is down, and records a mail it refuses', async () => {
    // A day no other test's deadlines fall on (the sweep covers every office of a shared database).
    let now = new Date('2029-06-11T02:00:00Z'); // 11 Jun 2029, 09:00 WIB
    let failing = true;
    const mailer = await startSmtp({ refuse: (address) => address.startsWith('tolak'), unavailable: (address) => failing && address.startsWith('tunda') });
    const port = Number(new URL(mailer.url).port);
    let back: TestSmtp | undefined;
    const app = await testApp({ now: () => now, config: { sessionHours: 24 * 30, remindHours: 72, smtp: { url: mailer.url, from: 'Netra <netra@bawaslu.test>' } } });
    try {
      const staffOf = async (email: (username: string) => string) => {
        const office = await makeOffice(app.deps.db, { regionCode: '36.71' });
        const u = await makeUser(app.deps.db, { office, role: 'penanganan' });
        await updateUser(app.deps.db, u.id, { email: email(u.username) });
        return signIn(app.app, u, now);
      };
      const good = await staffOf((name) => `${name}@bawaslu.test`);
      const mistyped = await staffOf((name) => `tolak-${name}@bawaslu.test`);
      const busy = await staffOf((name) => `tunda-${name}@bawaslu.test`);
      const unmailed = await staffOf(() => '');
      const report = async (s: Session, receivedAt = now.toISOString()) => {
        const res = await app.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody({ receivedAt }) });
        expect(res.statusCode, res.body).toBe(201);
        return res.json() as { id: string; receiptNumber: string };
      };
      const history = async (s: Session, id: string) =>
        ((await app.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: s.headers })).json().items as { action: string; summary: Record<string, unknown> }[])
          .filter((i) => i.action.startsWith('case.remind'))
          .map((i) => (i.action === 'case.reminded' ? 'reminded' : `failed, retry ${String(i.summary.retry)}`));
      const mailsAbout = (box: TestSmtp, receipt: string) => box.mails.filter((m) => m.body.includes(receipt));

      // A mail refused for good (no such mailbox): recorded on its case, not tried again for this
      // deadline, and the other case's mail still goes out.
      const refusedCase = await report(mistyped);
      const mailedCase = await report(good);
      const first = await sendReminders(app.deps);
      expect(first.refused).toBeGreaterThanOrEqual(1);
      expect(mailsAbout(mailer, mailedCase.receiptNumber)).toHaveLength(1);
      expect(mailsAbout(mailer, refusedCase.receiptNumber)).toHaveLength(0);
      expect(await history(mistyped, refusedCase.id)).toEqual(['reminded', 'failed, retry false']);
      await sendReminders(app.deps);
      expect(await history(mistyped, refusedCase.id)).toEqual(['reminded', 'failed, retry false']);

      // The server stops taking mail in the middle of a batch (421): the claim is given back. A case
      // after it with nobody to mail keeps its claim (its reminder is the app's alone).
      now = new Date('2029-06-11T03:00:00Z');
      const busyCase = await report(busy, '2029-06-10T10:00:00+07:00'); // due a day before the next
      const appOnlyCase = await report(unmailed);
      const halted = await sendReminders(app.deps);
      expect(halted.deferred).toBeGreaterThanOrEqual(1);
      expect(await history(busy, busyCase.id)).toEqual(['reminded', 'failed, retry true']);
      expect(await history(unmailed, appOnlyCase.id)).toEqual(['reminded']);
      failing = false;
      await sendReminders(app.deps);
      expect(mailsAbout(mailer, busyCase.receiptNumber)).toHaveLength(1);
      expect(await history(busy, busyCase.id)).toEqual(['reminded', 'failed, retry true', 'reminded']);
      expect(await history(unmailed, appOnlyCase.id)).toEqual(['reminded']);

      // The server is down: nothing is claimed while it is, and the case stays in the app's list.
      now = new Date('2029-06-11T04:00:00Z');
      const downCase = await report(good);
      await mailer.close();
      const down = await sendReminders(app.deps);
      expect(down.mailServerDown).toBeDefined();
      expect(down.cases).toBe(0);
      expect(await history(good, downCase.id)).toEqual([]);
      const inApp = (await app.app.inject({ url: '/api/v1/cases/reminders', headers: good.headers })).json().items as { id: string }[];
      expect(inApp.map((i) => i.id)).toContain(downCase.id);

      // It comes back at the same address: the next sweep sends the reminder, once.
      back = await startSmtp({ port });
      let runs = 0;
      while (runs++ < 50 && (await sendReminders(app.deps)).cases > 0);
      await sendReminders(app.deps);
      expect(mailsAbout(back, downCase.receiptNumber)).toHaveLength(1);
      expect(mailsAbout(back, mailedCase.receiptNumber)).toHaveLength(0);
      expect(await history(good, downCase.id)).toEqual(['reminded']);
    } finally {
      await app.app.close();
      await back?.close();
    }
  });

  it('tries a mail the server asks to send later (4xx: greylisting, a full mailbox) again in the next sweeps, then gives up', async () => {
    // A day no other test's deadlines fall on (the sweep covers every office of a shared database).
    const now = new Date('2031-03-11T02:00:00Z');
    let greylisting = true;
    const mailer = await startSmtp({ later: (address) => (address.startsWith('abu') && greylisting) || address.startsWith('penuh') });
    const app = await testApp({ now: () => now, config: { sessionHours: 24 * 30, remindHours: 72, smtp: { url: mailer.url, from: 'Netra <netra@bawaslu.test>' } } });
    try {
      const staffOf = async (prefix: string) => {
        const office = await makeOffice(app.deps.db, { regionCode: '36.71' });
        const u = await makeUser(app.deps.db, { office, role: 'penanganan' });
        await updateUser(app.deps.db, u.id, { email: `${prefix}${u.username}@bawaslu.test` });
        return signIn(app.app, u, now);
      };
      const [greylisted, full, plain] = [await staffOf('abu-'), await staffOf('penuh-'), await staffOf('')];
      const report = async (s: Session) => (await app.app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody({ receivedAt: now.toISOString() }) })).json() as { id: string; receiptNumber: string };
      const history = async (s: Session, id: string) =>
        ((await app.app.inject({ url: `/api/v1/cases/${id}/timeline`, headers: s.headers })).json().items as { action: string; summary: Record<string, unknown> }[])
          .filter((i) => i.action.startsWith('case.remind'))
          .map((i) => (i.action === 'case.reminded' ? 'reminded' : `failed ${String(i.summary.responseCode)}, retry ${String(i.summary.retry)}`));
      const mailsAbout = (receipt: string) => mailer.mails.filter((m) => m.body.includes(receipt)).length;
      const [grey, fullCase, plainCase] = [await report(greylisted), await report(full), await report(plain)];

      // First sweep, a batch of one at a time: both are asked to wait, once each (not again within
      // the sweep); the other mail goes out all the same.
      const first = await sendReminders(app.deps, 1);
      expect(first).toMatchObject({ later: 2, refused: 0, deferred: 0 });
      expect(first.mailServerDown).toBeUndefined();
      expect(mailsAbout(plainCase.receiptNumber)).toBe(1);
      expect(await history(greylisted, grey.id)).toEqual(['reminded', 'failed 451, retry true']);

      // The greylisting server takes it at the next try: sent once, and the history says so.
      greylisting = false;
      await sendReminders(app.deps);
      expect(mailsAbout(grey.receiptNumber)).toBe(1);
      expect(await history(greylisted, grey.id)).toEqual(['reminded', 'failed 451, retry true', 'reminded']);

      // A mailbox that stays full is tried LATER_TRIES times in all, then recorded as refused.
      for (let i = 0; i < LATER_TRIES + 3; i++) await sendReminders(app.deps);
      const tries = await history(full, fullCase.id);
      expect(tries.filter((h) => h === 'reminded')).toHaveLength(LATER_TRIES);
      expect(tries.filter((h) => h === 'failed 451, retry true')).toHaveLength(LATER_TRIES - 1);
      expect(tries.at(-1)).toBe('failed 451, retry false');
      expect(mailsAbout(fullCase.receiptNumber)).toBe(0);
      expect(mailsAbout(plainCase.receiptNumber)).toBe(1);
    } finally {
      await app.app.close();
      await mailer.close();
    }
  });
});
