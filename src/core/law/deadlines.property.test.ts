// Properties of the clocks over the whole covered calendar (2024-2026).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, isWorkingDay } from './calendar.js';
import { computeCaseDeadlines } from './case-deadlines.js';
import { addDays, formatInstant, localInstant } from './dates.js';
import { computeDeadline, countDays } from './deadlines.js';
import { REGIMES } from './regimes.js';
import { TIME_ZONES, regionTimeZone } from '../regions/time-zone.js';

const calendar = buildCalendar();
const regions = ['11.71', '31.71', '36.73', '51.71', '64.72', '73.71', '81.71', '94.01'];

const dateIn2024To2026 = fc.integer({ min: 0, max: 365 * 3 - 40 }).map((n) => addDays('2024-01-01', n));
const workWeek = fc.boolean().map((cuti) => ({ weekendDays: [0, 6], cutiBersamaIsWorkingDay: cuti }));
const regime = fc.constantFrom(...REGIMES);
const region = fc.constantFrom(...regions);
const pauses = fc.array(
  fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 4 })),
  { maxLength: 2 },
);

describe('properties', () => {
  it('a working-day deadline never lands on a non-working day', () => {
    fc.assert(
      fc.property(dateIn2024To2026, fc.integer({ min: 1, max: 20 }), workWeek, (from, days, week) => {
        const { lastDay } = countDays(from, days, 'working', calendar, { workWeek: week });
        expect(isWorkingDay(lastDay, calendar, { workWeek: week })).toBe(true);
      }),
    );
  });

  it('a working-day count passes exactly N working days', () => {
    fc.assert(
      fc.property(dateIn2024To2026, fc.integer({ min: 1, max: 20 }), (from, days) => {
        const week = { weekendDays: [0, 6], cutiBersamaIsWorkingDay: false };
        const { lastDay } = countDays(from, days, 'working', calendar, { workWeek: week });
        let counted = 0;
        for (let d = addDays(from, 1); d <= lastDay; d = addDays(d, 1)) if (isWorkingDay(d, calendar, { workWeek: week })) counted += 1;
        expect(counted).toBe(days);
      }),
    );
  });

  it('an extension is never earlier than the base deadline', () => {
    fc.assert(
      fc.property(regime, region, dateIn2024To2026, pauses, (r, regionCode, anchorDate, gaps) => {
        const pauseList = gaps.map(([start, len]) => ({ from: addDays(anchorDate, start), to: addDays(anchorDate, start + len) }));
        const facts = { regionCode, anchorDate, workWeek: r.workWeek, pauses: pauseList };
        const base = computeDeadline(r.clocks.decision, facts, calendar);
        const extended = computeDeadline(r.clocks.decision, { ...facts, extended: true }, calendar);
        expect(extended.lastDay >= base.lastDay).toBe(true);
        expect(Date.parse(extended.due)).toBeGreaterThanOrEqual(Date.parse(base.due));
      }),
    );
  });

  it('a report filed at any moment of its last day (local time, any written offset) is on time; a day later it is late', () => {
    const writtenOffset = fc.constantFrom(-660, -180, 0, 330, 420, 480, 540, 600, 840);
    const secondOfDay = fc.integer({ min: 0, max: 86_399 });
    fc.assert(
      fc.property(regime, region, dateIn2024To2026, secondOfDay, writtenOffset, (r, regionCode, knownOn, second, written) => {
        const offset = TIME_ZONES[regionTimeZone(regionCode)].offsetMinutes;
        const probe = computeCaseDeadlines(
          { regime: r.id, regionCode, knownOn, receivedAt: `${knownOn}T12:00:00+07:00` },
          calendar,
        );
        const lastDay = probe.filing.lastDay;
        const time = `${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}`;
        const onLastDay = formatInstant(localInstant(lastDay, time, offset), written);
        const nextDay = formatInstant(localInstant(addDays(lastDay, 1), time, offset), written);
        const input = { regime: r.id, regionCode, knownOn };
        expect(computeCaseDeadlines({ ...input, receivedAt: onLastDay }, calendar).filing.onTime).toBe(true);
        expect(computeCaseDeadlines({ ...input, receivedAt: nextDay }, calendar).filing.onTime).toBe(false);
      }),
    );
  });

  it('every due instant is 23:59:59 local time of the office, written with its offset', () => {
    fc.assert(
      fc.property(regime, region, dateIn2024To2026, (r, regionCode, knownOn) => {
        const zone = TIME_ZONES[regionTimeZone(regionCode)];
        const result = computeCaseDeadlines({ regime: r.id, regionCode, knownOn, receivedAt: `${knownOn}T10:00:00Z` }, calendar);
        for (const entry of [result.filing, result.kajianAwal, result.decision]) {
          expect(entry.due).toBe(`${entry.lastDay}T23:59:59${zone.utcOffset}`);
        }
      }),
    );
  });
});
