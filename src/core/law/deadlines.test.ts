import { describe, expect, it } from 'vitest';
import { buildCalendar, DEFAULT_WORK_WEEK } from './calendar.js';
import { computeDeadline, countDays, isOnTime, type DeadlineFacts } from './deadlines.js';
import { getRegime } from './regimes.js';
import type { ClockId, DayRule } from './regime-types.js';

const calendar = buildCalendar();
const pemilu = getRegime('pemilu-2024');
const pilkada = getRegime('pilkada-2024');
const JAKARTA = '31.71';

function due(regimeId: 'pemilu-2024' | 'pilkada-2024', clock: ClockId, facts: Partial<DeadlineFacts>) {
  const regime = regimeId === 'pemilu-2024' ? pemilu : pilkada;
  return computeDeadline(regime.clocks[clock], { regionCode: JAKARTA, workWeek: regime.workWeek, ...facts }, calendar);
}

describe('Pemilu filing window: 7 working days (UU 7/2017 Pasal 454 ayat (6))', () => {
  it.each([
    ['2024-09-13', '2024-09-25', 'Maulid Monday 16 September 2024'],
    ['2024-04-03', '2024-04-22', 'Idulfitri 2024 with cuti bersama 8, 9, 12, 15 April'],
    ['2025-03-26', '2025-04-15', 'Nyepi and Idulfitri 2025 with cuti bersama 2-4 and 7 April'],
    ['2024-12-20', '2025-01-03', 'Christmas, cuti bersama 26 December and New Year'],
    ['2024-10-05', '2024-10-15', 'known on a Saturday'],
    ['2024-02-05', '2024-02-19', 'Isra Mikraj, cuti Imlek and the Pemilu voting holiday'],
    ['2026-03-17', '2026-04-02', 'Nyepi and Idulfitri 2026'],
  ])('known %s → last day %s (%s)', (knownOn, lastDay) => {
    const deadline = due('pemilu-2024', 'filing', { anchorDate: knownOn });
    expect(deadline).toMatchObject({
      lastDay,
      due: `${lastDay}T23:59:59+07:00`,
      counting: 'working',
      citation: 'UU 7/2017 Pasal 454 ayat (6)',
      provisional: false,
    });
  });
  it('counts cuti bersama when the regime setting says it is a working day', () => {
    const deadline = computeDeadline(
      pemilu.clocks.filing,
      { regionCode: JAKARTA, anchorDate: '2024-12-20', workWeek: { ...DEFAULT_WORK_WEEK, cutiBersamaIsWorkingDay: true } },
      calendar,
    );
    expect(deadline.lastDay).toBe('2025-01-02');
  });
  it('is provisional when it runs into a year without official data', () => {
    expect(due('pemilu-2024', 'filing', { anchorDate: '2026-12-28' })).toMatchObject({ lastDay: '2027-01-06', provisional: true });
  });
});

describe('Pilkada filing window: 7 calendar days (UU 10/2016 Pasal 134 ayat (4))', () => {
  it.each([
    ['2024-09-16', '2024-09-23'],
    ['2024-11-20', '2024-11-27'], // ends on the voting holiday: calendar days do not move
    ['2024-12-28', '2025-01-04'],
    ['2025-03-26', '2025-04-02'],
  ])('known %s → last day %s', (knownOn, lastDay) => {
    expect(due('pilkada-2024', 'filing', { anchorDate: knownOn })).toMatchObject({
      lastDay, counting: 'calendar', citation: 'UU 10/2016 Pasal 134 ayat (4)', provisional: false,
    });
  });
  it.each([
    ['36.73', '+07:00'],
    ['73.71', '+08:00'],
    ['94.01', '+09:00'],
  ])('ends at 23:59:59 local time in %s (%s)', (regionCode, offset) => {
    expect(due('pilkada-2024', 'filing', { anchorDate: '2024-11-01', regionCode }).due).toBe(`2024-11-08T23:59:59${offset}`);
  });
});

describe('handling clocks', () => {
  it('kajian awal: 2 days after receipt, in the local date of the office', () => {
    expect(due('pilkada-2024', 'kajianAwal', { anchorDate: '2024-12-30' }).lastDay).toBe('2025-01-01');
    const wita = due('pemilu-2024', 'kajianAwal', { anchorInstant: '2024-12-31T23:30:00+07:00', regionCode: '73.71' });
    expect(wita).toMatchObject({ anchorDate: '2025-01-01', lastDay: '2025-01-03', due: '2025-01-03T23:59:59+08:00', flag: '!' });
  });
  it('Pilkada decision: 3 days after receipt, 3 + 2 with more information (Pasal 134 ayat (5)-(6))', () => {
    expect(due('pilkada-2024', 'decision', { anchorDate: '2024-11-10' })).toMatchObject({
      lastDay: '2024-11-13', amount: 3, citation: 'UU 10/2016 Pasal 134 ayat (5)', extended: false,
    });
    expect(due('pilkada-2024', 'decision', { anchorDate: '2024-11-10', extended: true })).toMatchObject({
      lastDay: '2024-11-15', amount: 5, citation: 'UU 10/2016 Pasal 134 ayat (6)', extended: true,
    });
  });
  it('Pemilu decision: 7 days after registration, 14 working days when extended (Pasal 454 ayat (7)-(8))', () => {
    expect(due('pemilu-2024', 'decision', { anchorDate: '2024-02-05' })).toMatchObject({ lastDay: '2024-02-12', counting: 'calendar' });
    expect(due('pemilu-2024', 'decision', { anchorDate: '2024-02-05', extended: true })).toMatchObject({
      lastDay: '2024-02-28', counting: 'working', amount: 14, citation: 'UU 7/2017 Pasal 454 ayat (8)',
    });
    expect(due('pemilu-2024', 'decision', { anchorDate: '2024-04-01', extended: true }).lastDay).toBe('2024-04-29');
  });
  it('temuan: 7 days after it was found (Pemilu Pasal 454 ayat (5); Pilkada flagged)', () => {
    expect(due('pemilu-2024', 'temuan', { anchorDate: '2024-06-14' }).lastDay).toBe('2024-06-21');
    expect(due('pilkada-2024', 'temuan', { anchorDate: '2024-06-14' }).flag).toBe('U');
  });
  it('criminal forwarding: exactly 1x24 hours after the plenary decision, in the office zone', () => {
    expect(due('pilkada-2024', 'criminalForwarding', { anchorInstant: '2024-11-20T21:15:00+07:00', regionCode: '73.71' })).toMatchObject({
      due: '2024-11-21T22:15:00+08:00', lastDay: '2024-11-21', counting: 'hours', amount: 24, citation: 'UU 10/2016 Pasal 135 ayat (2)',
    });
    expect(due('pemilu-2024', 'criminalForwarding', { anchorInstant: '2024-02-13T10:00:00Z' }).due).toBe('2024-02-14T17:00:00+07:00');
  });
  it('needs its starting fact', () => {
    expect(() => due('pemilu-2024', 'criminalForwarding', {})).toThrow();
    expect(() => due('pemilu-2024', 'filing', {})).toThrow();
  });
});

describe('pauses (waiting for the reporter)', () => {
  it('skips paused calendar days', () => {
    expect(due('pilkada-2024', 'decision', { anchorDate: '2024-11-10', pauses: [{ from: '2024-11-11', to: '2024-11-12' }] }).lastDay)
      .toBe('2024-11-15');
  });
  it('skips paused working days', () => {
    expect(due('pemilu-2024', 'filing', { anchorDate: '2024-10-04', pauses: [{ from: '2024-10-07', to: '2024-10-08' }] }).lastDay)
      .toBe('2024-10-17');
  });
});

describe('counting helpers', () => {
  const rule: DayRule = { ...(pemilu.clocks.filing as DayRule), days: 0 };
  it('zero days ends on the anchor day', () => {
    expect(computeDeadline(rule, { regionCode: JAKARTA, anchorDate: '2024-09-16' }, calendar).lastDay).toBe('2024-09-16');
  });
  it('refuses a work week without working days', () => {
    expect(() => countDays('2024-01-01', 1, 'working', calendar, { workWeek: { weekendDays: [0, 1, 2, 3, 4, 5, 6], cutiBersamaIsWorkingDay: false } }))
      .toThrow();
  });
  it('compares instants in any offset with a due instant', () => {
    const deadline = { due: '2024-11-08T23:59:59+09:00' };
    expect(isOnTime('2024-11-08T14:59:59Z', deadline)).toBe(true);
    expect(isOnTime('2024-11-08T22:00:00+07:00', deadline)).toBe(false);
  });
});
