import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  endOfLocalDay,
  formatInstant,
  fromUtcMs,
  isIsoDate,
  isIsoInstant,
  localDateOf,
  localInstant,
  localTimeOf,
  parseInstant,
  toUtcMs,
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

// The day arithmetic runs on integers for speed; Date is the reference it must agree with.
describe('integer day arithmetic agrees with Date', () => {
  const instant = fc.integer({ min: -62_000_000_000_000, max: 253_402_300_799_999 }); // years 5 … 9999
  it('spells the UTC date of any instant as toISOString does', () => {
    fc.assert(fc.property(instant, (ms) => fromUtcMs(ms) === new Date(ms).toISOString().slice(0, 10)), { numRuns: 20_000 });
    for (const ms of [0, -1, 86_399_999, 86_400_000, Date.UTC(2024, 1, 29), Date.UTC(2100, 2, 1) - 1, Date.UTC(2000, 1, 29)])
      expect(fromUtcMs(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
    expect(fromUtcMs(Date.UTC(10_000, 0, 1))).toBe(new Date(Date.UTC(10_000, 0, 1)).toISOString().slice(0, 10)); // past year 9999, Date's spelling
    expect(() => fromUtcMs(Number.NaN)).toThrow(RangeError);
  });
  it('reads back what it spells, and accepts exactly the dates Date round-trips', () => {
    fc.assert(fc.property(instant, (ms) => {
      const day = fromUtcMs(ms);
      return Number(day.slice(0, 4)) < 100 || toUtcMs(day) === Math.floor(ms / 86_400_000) * 86_400_000;
    }), { numRuns: 20_000 });
    const spelled = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(spelled, (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const probe = new Date(Date.UTC(y, m - 1, d));
      const real = probe.getUTCFullYear() === y && probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d;
      return isIsoDate(s) === real;
    }), { numRuns: 20_000 });
    expect(['1900-02-29', '2000-02-29', '2100-02-29', '2024-02-29', '0099-12-31', '0100-01-01'].map(isIsoDate)).toEqual([false, true, false, true, false, true]);
  });
  it('writes any instant at any offset as Date spells it', () => {
    const offset = fc.integer({ min: -720, max: 840 });
    fc.assert(fc.property(fc.integer({ min: 0, max: 253_402_200_000_000 }), offset, (ms, off) => {
      const iso = new Date(ms + off * 60_000).toISOString();
      const body = iso.slice(19, 23) === '.000' ? iso.slice(0, 19) : iso.slice(0, 23);
      const sign = off < 0 ? '-' : '+';
      const abs = Math.abs(off);
      return formatInstant(ms, off) === `${body}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    }), { numRuns: 20_000 });
  });
});
