// The log lines of the deadline sweep's mail across sweeps: an outage said once, again each hour,
// and its end once.
import { describe, expect, it } from 'vitest';
import type { ReminderSweep } from './send-reminders.js';
import { mailOutageLog } from './sweep-log.js';

const MIN = 60_000;
const ok = (emails: number): ReminderSweep => ({ cases: emails, emails, refused: 0, later: 0, deferred: 0 });
const down: ReminderSweep = { cases: 0, emails: 0, refused: 0, later: 0, deferred: 0, mailServerDown: { code: 'ECONNREFUSED', responseCode: null } };
const halted: ReminderSweep = { cases: 2, emails: 2, refused: 0, later: 0, deferred: 3 };
const idle = ok(0);

describe('the sweep log of a mail server that stops taking mail', () => {
  it('warns when it goes down, then once an hour while it stays down, and says once when it is back', () => {
    const say = mailOutageLog();
    const t0 = Date.parse('2026-12-09T01:00:00Z');
    const sweeps: [number, ReminderSweep][] = [
      [0, ok(1)],
      [1, down],
      ...Array.from({ length: 58 }, (_, i) => [2 + i, down] as [number, ReminderSweep]),
      [60, idle], // nothing due: the server was not asked, so nothing is said of it
      [61, down], // an hour after the first warning
      [62, halted],
      [63, ok(4)],
      [64, ok(1)],
      [65, halted], // a new outage
    ];
    const said = sweeps.flatMap(([minute, sweep]) => say(sweep, t0 + minute * MIN).map((l) => ({ minute, ...l })));
    expect(said.map((l) => [l.minute, l.level, l.message.replace(/^deadline reminders: ?/, '')])).toEqual([
      [0, 'info', 'deadline reminders sent'],
      [1, 'warn', 'the mail server cannot take mail now; each sweep tries again (said again each hour it stays so)'],
      [61, 'warn', 'the mail server still cannot take mail; each sweep tries again'],
      [62, 'info', 'deadline reminders sent'],
      [63, 'info', 'the mail server takes mail again'],
      [63, 'info', 'deadline reminders sent'],
      [64, 'info', 'deadline reminders sent'],
      [65, 'warn', 'the mail server cannot take mail now; each sweep tries again (said again each hour it stays so)'],
      [65, 'info', 'deadline reminders sent'],
    ]);
    const back = said.find((l) => l.message.endsWith('takes mail again'))!;
    expect(back.fields).toEqual({ downSince: new Date(t0 + MIN).toISOString(), sweeps: 61, emails: 4 });
    expect(said.find((l) => l.minute === 61)!.fields).toMatchObject({ downSince: new Date(t0 + MIN).toISOString(), sweeps: 60, mailServerDown: { code: 'ECONNREFUSED' } });
  });

  it('warns of refused mails each sweep that has them', () => {
    const say = mailOutageLog();
    const refused: ReminderSweep = { cases: 3, emails: 2, refused: 1, later: 0, deferred: 0 };
    expect(say(refused, 0).map((l) => l.level)).toEqual(['info', 'warn']);
    expect(say(refused, MIN).map((l) => l.level)).toEqual(['info', 'warn']);
  });

  it('says once a sweep, as information, that some mails are to be sent later (4xx)', () => {
    const say = mailOutageLog();
    const later: ReminderSweep = { cases: 3, emails: 2, refused: 0, later: 1, deferred: 0 };
    expect(say(later, 0).map((l) => [l.level, l.message])).toEqual([
      ['info', 'deadline reminders sent'],
      ['info', 'deadline reminders: the mail server asked to send some mails later (4xx); the next sweeps try them again'],
    ]);
  });
});
