import { describe, expect, it } from 'vitest';
import {
  OFFICIAL_CALENDAR,
  buildCalendar,
  calendarYear,
  isWorkingDay,
  isYearCovered,
  nextWorkingDay,
  nonWorkingReason,
  type CalendarEntry,
} from './calendar.js';
import { DEFAULT_WORK_WEEK } from './calendar.js';

const calendar = buildCalendar(OFFICIAL_CALENDAR);
const regime = { workWeek: DEFAULT_WORK_WEEK };
const cutiWorks = { workWeek: { ...DEFAULT_WORK_WEEK, cutiBersamaIsWorkingDay: true } };

function count(year: number, kind: CalendarEntry['kind']): number {
  return calendarYear(calendar, year).days.filter((d) => d.kind === kind).length;
}

describe('official calendar seed', () => {
  it.each([
    [2024, 17, 10, 2], // SKB 855/2023 + Keppres 10/2024 (Pemilu) and 33/2024 (Pilkada)
    [2025, 17, 11, 0], // SKB 1017/2024 + amendment 933/2025 (18 August)
    [2026, 17, 8, 0], // SKB 1497/2025
  ])('%i has %i national holidays, %i cuti bersama, %i voting holidays', (year, holidays, cuti, voting) => {
    expect(count(year, 'libur-nasional')).toBe(holidays);
    expect(count(year, 'cuti-bersama')).toBe(cuti);
    expect(count(year, 'libur-pemungutan-suara')).toBe(voting);
  });
  it('every entry names its decree', () => {
    for (const entry of OFFICIAL_CALENDAR) expect(entry.source).toMatch(/^(SKB|Keputusan Presiden) .*Nomor/);
  });
  it('covers 2024-2026 and says 2027 is not covered', () => {
    expect([2024, 2025, 2026].every((y) => isYearCovered(calendar, y))).toBe(true);
    expect(isYearCovered(calendar, 2027)).toBe(false);
    expect(calendarYear(calendar, 2027)).toEqual({ year: 2027, covered: false, days: [] });
  });
  it('lists a year in date order', () => {
    const days = calendarYear(calendar, 2024).days.map((d) => d.date);
    expect(days).toEqual([...days].sort());
    expect(days[0]).toBe('2024-01-01');
  });
});

describe('working days', () => {
  it.each([
    ['2024-09-16', 'libur-nasional'], // Maulid Nabi 2024 (a Monday)
    ['2024-04-10', 'libur-nasional'], // Idulfitri 1445 H
    ['2024-04-15', 'cuti-bersama'],
    ['2025-03-31', 'libur-nasional'], // Idulfitri 1446 H
    ['2025-04-07', 'cuti-bersama'],
    ['2025-08-18', 'cuti-bersama'], // added by SKB 933/2025
    ['2024-02-14', 'libur-pemungutan-suara'], // Keppres 10/2024
    ['2024-11-27', 'libur-pemungutan-suara'], // Keppres 33/2024
    ['2024-09-14', 'weekend'],
    ['2026-03-24', 'cuti-bersama'],
  ])('%s is not a working day (%s)', (date, reason) => {
    expect(isWorkingDay(date, calendar, regime)).toBe(false);
    expect(nonWorkingReason(date, calendar, regime)).toBe(reason);
  });
  it.each(['2024-09-17', '2025-04-08', '2024-11-26', '2026-03-25'])('%s is a working day', (date) => {
    expect(isWorkingDay(date, calendar, regime)).toBe(true);
  });
  it('counts cuti bersama as working only when the regime setting says so', () => {
    expect(isWorkingDay('2024-12-26', calendar, regime)).toBe(false);
    expect(isWorkingDay('2024-12-26', calendar, cutiWorks)).toBe(true);
    expect(isWorkingDay('2024-12-25', calendar, cutiWorks)).toBe(false);
  });
  it('finds the next working day after Lebaran 2024', () => {
    expect(nextWorkingDay('2024-04-06', calendar, regime)).toBe('2024-04-16');
  });
});

describe('administrator entries', () => {
  it('a year becomes covered when its entries are added, and a provisional entry does not cover it', () => {
    const extra: CalendarEntry = {
      date: '2027-01-01', kind: 'libur-nasional', nameId: 'Tahun Baru 2027', nameEn: "New Year's Day 2027", source: 'SKB 2027',
    };
    expect(isYearCovered(buildCalendar([...OFFICIAL_CALENDAR, extra]), 2027)).toBe(true);
    expect(isYearCovered(buildCalendar([...OFFICIAL_CALENDAR, { ...extra, provisional: true }]), 2027)).toBe(false);
  });
  it('rejects a malformed date', () => {
    expect(() => buildCalendar([{ ...OFFICIAL_CALENDAR[0]!, date: '2024-02-30' }])).toThrow();
  });
});
