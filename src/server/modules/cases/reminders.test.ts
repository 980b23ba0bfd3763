// Reminders before a deadline: listed in the app, and e-mailed once per deadline through a real
// SMTP server on loopback when SMTP is configured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { startSmtp, type Mail, type TestSmtp } from '../../test/smtp.js';
import { updateUser } from '../users/users.repository.js';
import { sendReminders } from './send-reminders.js';

let smtp: TestSmtp;
let received: Mail[];
let t: TestApp;
let staff: Session;
let clock = new Date('2024-11-10T03:00:00Z'); // 10:00 WIB

beforeAll(async () => {
  smtp = await startSmtp();
  received = smtp.mails;
  t = await testApp({ now: () => clock, config: { sessionHours: 24 * 30, remindHours: 24, smtp: { url: smtp.url, from: 'Netra <netra@bawaslu.test>' } } });
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
    expect(mails[0]!.body).toMatch(/Tenggat kajian awal/);
    expect(mails[0]!.to[0]).toMatch(/@bawaslu\.test$/);
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
      await sendReminders(app.deps, 2);
      const ours = received.slice(before).flatMap((m) => [...receipts].filter(([, n]) => m.body.includes(n)).map(([day]) => day));
      expect(ours).toEqual(['10', '11', '12']);
    } finally {
      await app.app.close();
    }
  });
});
