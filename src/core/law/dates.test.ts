import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  formatInstant,
  isIsoDate,
  isIsoInstant,
  localDateOf,
  localInstant,
  localTimeOf,
  parseInstant,
} from './dates.js';

describe('plain dates', () => {
  it.each(['2024-02-29', '2025-12-31', '2026-01-01'])('accepts %s', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2025-02-29', '2024-02-30', '2024-13-01', '2024-1-01', '24-01-01', '2024-01-01T00:00:00Z', ''])(
    'rejects %j',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
  it('adds days across month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-12-28', '2025-01-04')).toBe(7);
  });
  it('knows the day of the week', () => {
    expect(dayOfWeek('2024-09-16')).toBe(1); // Monday, Maulid 2024
    expect(dayOfWeek('2024-11-27')).toBe(3); // Wednesday, Pilkada voting day
  });
});

describe('instants', () => {
  it.each(['2024-09-19T10:00:00+07:00', '2024-09-19T10:00Z', '2024-09-19T10:00:00.123+09:00', '2024-09-19T23:59:59-03:30'])(
    'accepts %s',
    (v) => expect(isIsoInstant(v)).toBe(true),
  );
  it.each(['2024-09-19T10:00:00', '2024-09-19', '2024-09-19T24:00:00Z', '2024-02-30T10:00:00Z', '2024-09-19 10:00:00Z'])(
    'rejects %j (no offset or impossible value)',
    (v) => expect(isIsoInstant(v)).toBe(false),
  );
  it('converts an instant to the local date of each zone', () => {
    const ms = parseInstant('2024-11-08T16:30:00Z');
    expect(localDateOf(ms, 420)).toBe('2024-11-08'); // 23:30 WIB
    expect(localDateOf(ms, 480)).toBe('2024-11-09'); // 00:30 WITA
    expect(localDateOf(ms, 540)).toBe('2024-11-09'); // 01:30 WIT
    expect(localTimeOf(ms, 540)).toBe('01:30:00');
  });
  it('writes the end of a local day with its offset', () => {
    expect(formatInstant(endOfLocalDay('2024-09-19', 420), 420)).toBe('2024-09-19T23:59:59+07:00');
    expect(formatInstant(endOfLocalDay('2024-09-19', 540), 540)).toBe('2024-09-19T23:59:59+09:00');
    expect(new Date(endOfLocalDay('2024-09-19', 480)).toISOString()).toBe('2024-09-19T15:59:59.000Z');
  });
  it('keeps milliseconds only when present', () => {
    expect(formatInstant(parseInstant('2024-01-01T00:00:00.250Z'), 420)).toBe('2024-01-01T07:00:00.250+07:00');
    expect(formatInstant(localInstant('2024-11-27', '08:00', 480), 480)).toBe('2024-11-27T08:00:00+08:00');
  });
});
