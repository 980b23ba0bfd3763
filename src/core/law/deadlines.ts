// One clock, one deadline: computeDeadline(rule, facts, calendar). "N days after day X" ends at
// 23:59:59 local time (of the office's region) on day X+N; for working days, on the N-th working
// day after X. Days inside a pause (waiting for the reporter) are not counted. An hour clock
// (1x24 jam) ends exactly N hours after its starting instant.
import { DEFAULT_WORK_WEEK, calendarEntriesOn, isYearCovered, nonWorkingReasonOf, type Calendar, type WorkWeekPolicy } from './calendar.js';
import { DAY_MS, dayOfWeekOfUtcMs, endOfLocalDay, formatInstant, fromUtcMs, localDateOf, parseInstant, toUtcMs, yearOf } from './dates.js';
import type { Counting, DayRule, Flag, HourRule } from './regime-types.js';
import { regionTimeZone, TIME_ZONES, type IndonesianTimeZone } from '../regions/time-zone.js';

/** Local dates, both inclusive, on which a clock stands still. */
export interface Pause {
  from: string;
  to: string;
}

export interface DeadlineFacts {
  /** Region of the office whose clock this is: fixes the time zone. */
  regionCode: string;
  /** Local date that starts a day clock (else derived from anchorInstant). */
  anchorDate?: string;
  /** ISO 8601 instant with offset that starts the clock; required for hour clocks. */
  anchorInstant?: string;
  /** Apply the rule's extension (more information requested). */
  extended?: boolean;
  pauses?: readonly Pause[];
  workWeek?: WorkWeekPolicy;
}

export interface Deadline {
  clock: string;
  /** Local date of the deadline. */
  lastDay: string;
  /** The due instant, in the region's offset, e.g. '2024-09-19T23:59:59+07:00'. */
  due: string;
  counting: Counting | 'hours';
  /** Days (or hours) counted, extension included. */
  amount: number;
  anchorDate: string;
  extended: boolean;
  /** The article that sets the applied duration (the extension's when extended). */
  citation: string;
  citations: string[];
  flag?: Flag;
  /** True when a counted span crosses a year without official calendar data or a provisional entry. */
  provisional: boolean;
  timeZone: IndonesianTimeZone;
}

export type CountableRule = DayRule | HourRule;

const MAX_SCAN_DAYS = 3_660;

function isPaused(date: string, pauses: readonly Pause[]): boolean {
  return pauses.some((pause) => date >= pause.from && date <= pause.to);
}

/**
 * The day on which `days` counted days after `from` end, and whether the count is provisional.
 * Runs on each day's midnight UTC in milliseconds (`from` is checked once), since a lifecycle
 * recomputes every clock of a case at intake, registration and decision.
 */
export function countDays(
  from: string,
  days: number,
  counting: Counting,
  calendar: Calendar,
  options: { workWeek?: WorkWeekPolicy; pauses?: readonly Pause[] } = {},
): { lastDay: string; provisional: boolean } {
  const workWeek = options.workWeek ?? DEFAULT_WORK_WEEK;
  const pauses = options.pauses ?? [];
  let ms = toUtcMs(from);
  let day = from;
  let counted = 0;
  let provisional = false;
  for (let scanned = 0; counted < days; scanned += 1) {
    if (scanned > MAX_SCAN_DAYS) throw new Error('no countable day within ten years: check the work week and pauses');
    ms += DAY_MS;
    day = fromUtcMs(ms);
    if (pauses.length > 0 && isPaused(day, pauses)) continue;
    if (counting === 'working') {
      const entries = calendarEntriesOn(calendar, day);
      if (!isYearCovered(calendar, yearOf(day)) || entries.some((e) => e.provisional)) provisional = true;
      if (nonWorkingReasonOf(entries, dayOfWeekOfUtcMs(ms), workWeek) !== null) continue;
    }
    counted += 1;
  }
  return { lastDay: day, provisional };
}

function zoneOf(regionCode: string): { timeZone: IndonesianTimeZone; offset: number } {
  const timeZone = regionTimeZone(regionCode);
  return { timeZone, offset: TIME_ZONES[timeZone].offsetMinutes };
}

function withFlag<T extends object>(value: T, flag: Flag | undefined): T & { flag?: Flag } {
  return flag ? { ...value, flag } : value;
}

/** Computes one clock's deadline from explicit facts; pure, so it can be recomputed at will. */
export function computeDeadline(rule: CountableRule, facts: DeadlineFacts, calendar: Calendar): Deadline {
  const { timeZone, offset } = zoneOf(facts.regionCode);

  if (rule.unit === 'hours') {
    if (!facts.anchorInstant) throw new Error(`${rule.id}: an hour clock needs anchorInstant`);
    const start = parseInstant(facts.anchorInstant);
    const dueMs = start + rule.hours * 3_600_000;
    return withFlag(
      {
        clock: rule.id,
        lastDay: localDateOf(dueMs, offset),
        due: formatInstant(dueMs, offset),
        counting: 'hours' as const,
        amount: rule.hours,
        anchorDate: localDateOf(start, offset),
        extended: false,
        citation: rule.citation,
        citations: [rule.citation],
        provisional: false,
        timeZone,
      },
      rule.flag,
    );
  }

  const anchorDate =
    facts.anchorDate ?? (facts.anchorInstant ? localDateOf(parseInstant(facts.anchorInstant), offset) : undefined);
  if (!anchorDate) throw new Error(`${rule.id}: a day clock needs anchorDate or anchorInstant`);
  const options = { workWeek: facts.workWeek, pauses: facts.pauses };
  const base = countDays(anchorDate, rule.days, rule.counting, calendar, options);
  const extension = facts.extended ? rule.extension : undefined;

  let result = { ...base, counting: rule.counting as Counting, amount: rule.days };
  if (extension) {
    const from = extension.mode === 'add' ? base.lastDay : anchorDate;
    const extra = countDays(from, extension.days, extension.counting, calendar, options);
    result = {
      lastDay: extra.lastDay,
      provisional: extra.provisional || (extension.mode === 'add' && base.provisional),
      counting: extension.counting,
      amount: extension.mode === 'add' ? rule.days + extension.days : extension.days,
    };
  }

  return withFlag(
    {
      clock: rule.id,
      lastDay: result.lastDay,
      due: formatInstant(endOfLocalDay(result.lastDay, offset), offset),
      counting: result.counting,
      amount: result.amount,
      anchorDate,
      extended: Boolean(extension),
      citation: extension?.citation ?? rule.citation,
      citations: extension ? [rule.citation, extension.citation] : [rule.citation],
      provisional: result.provisional,
      timeZone,
    },
    extension?.flag ?? rule.flag,
  );
}

/** True when `instant` falls on or before the deadline's due instant. */
export function isOnTime(instant: string, deadline: Pick<Deadline, 'due'>): boolean {
  return parseInstant(instant) <= parseInstant(deadline.due);
}
