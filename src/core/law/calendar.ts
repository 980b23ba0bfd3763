// The official calendar as a value: built from a list of entries (the seed below, or the rows
// administrators keep in the database), never read from a global, so changing a holiday is a
// change of input and every deadline can be recomputed from it.
import { CALENDAR_2024 } from './calendar-data-2024.js';
import { CALENDAR_2025 } from './calendar-data-2025.js';
import { CALENDAR_2026 } from './calendar-data-2026.js';
import type { CalendarEntry, CalendarEntryKind } from './calendar-entry.js';
import { addDays, dayOfWeek, isIsoDate, yearOf } from './dates.js';

export type { CalendarEntry, CalendarEntryKind } from './calendar-entry.js';
export { CALENDAR_ENTRY_KINDS } from './calendar-entry.js';

/** Seed table: every official non-working day of 2024, 2025 and 2026 with its decree. */
export const OFFICIAL_CALENDAR: readonly CalendarEntry[] = [...CALENDAR_2024, ...CALENDAR_2025, ...CALENDAR_2026];

export interface Calendar {
  readonly entries: readonly CalendarEntry[];
  readonly byDate: ReadonlyMap<string, readonly CalendarEntry[]>;
  /** Years with at least one confirmed (non-provisional) entry: the SKB of that year is loaded. */
  readonly coveredYears: ReadonlySet<number>;
}

/** How a regime counts working days (hari kerja). */
export interface WorkWeekPolicy {
  /** Days of the week off (0 = Sunday … 6 = Saturday): Saturday and Sunday for government offices. */
  weekendDays: readonly number[];
  /** Whether a cuti bersama day counts as a working day (default false). */
  cutiBersamaIsWorkingDay: boolean;
}

export const DEFAULT_WORK_WEEK: WorkWeekPolicy = { weekendDays: [0, 6], cutiBersamaIsWorkingDay: false };

/** Indexes a list of entries; malformed dates are rejected so a bad row cannot shift a deadline. */
export function buildCalendar(list: readonly CalendarEntry[] = OFFICIAL_CALENDAR): Calendar {
  const byDate = new Map<string, CalendarEntry[]>();
  const coveredYears = new Set<number>();
  for (const entry of list) {
    if (!isIsoDate(entry.date)) throw new Error(`calendar entry with a malformed date: ${entry.date}`);
    const bucket = byDate.get(entry.date);
    if (bucket) bucket.push(entry);
    else byDate.set(entry.date, [entry]);
    if (!entry.provisional) coveredYears.add(yearOf(entry.date));
  }
  return { entries: [...list], byDate, coveredYears };
}

/** True when the official list for the year is loaded; otherwise results are provisional. */
export function isYearCovered(calendar: Calendar, year: number): boolean {
  return calendar.coveredYears.has(year);
}

export function calendarEntriesOn(calendar: Calendar, date: string): readonly CalendarEntry[] {
  return calendar.byDate.get(date) ?? [];
}

/** Why `date` is not a working day, or null when it is one. */
export function nonWorkingReason(
  date: string,
  calendar: Calendar,
  regime: { workWeek: WorkWeekPolicy },
): 'weekend' | CalendarEntryKind | null {
  return nonWorkingReasonOf(calendarEntriesOn(calendar, date), dayOfWeek(date), regime.workWeek);
}

/** nonWorkingReason from a day's calendar entries and its day of the week (the counting loop has both). */
export function nonWorkingReasonOf(
  entries: readonly CalendarEntry[],
  weekday: number,
  workWeek: WorkWeekPolicy,
): 'weekend' | CalendarEntryKind | null {
  const official = entries.find((entry) => entry.kind !== 'cuti-bersama' || !workWeek.cutiBersamaIsWorkingDay);
  if (official) return official.kind;
  if (workWeek.weekendDays.includes(weekday)) return 'weekend';
  return null;
}

/** A hari kerja: not a weekend day, not a national or voting holiday, not cuti bersama (unless the regime says so). */
export function isWorkingDay(date: string, calendar: Calendar, regime: { workWeek: WorkWeekPolicy }): boolean {
  return nonWorkingReason(date, calendar, regime) === null;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string, calendar: Calendar, regime: { workWeek: WorkWeekPolicy }): string {
  let day = date;
  while (!isWorkingDay(day, calendar, regime)) day = addDays(day, 1);
  return day;
}

export interface CalendarYear {
  year: number;
  covered: boolean;
  days: CalendarEntry[];
}

/** The official non-working days of one year, in date order (for GET /law/calendar). */
export function calendarYear(calendar: Calendar, year: number): CalendarYear {
  const days = calendar.entries
    .filter((entry) => yearOf(entry.date) === year)
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  return { year, covered: isYearCovered(calendar, year), days };
}
