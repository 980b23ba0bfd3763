// The official calendar as the law engine sees it: built from the calendar_entries table, cached,
// rebuilt after every change, and announced to whoever keeps deadlines (open cases recompute).
import { createHash } from 'node:crypto';
import { buildCalendar, type Calendar } from '../../../core/law/index.js';
import type { Db, Executor } from '../../db/client.js';
import { listCalendarRows, toEntry } from './calendar.repository.js';

/**
 * Called inside the transaction that changed the calendar, with the calendar as it now is;
 * answers how many open cases it recomputed.
 */
export type CalendarChangeListener = (tx: Executor, calendar: Calendar, changedDates: string[]) => Promise<number>;

export type CalendarService = {
  current(): Promise<Calendar>;
  /** Rebuilds from the given executor (a transaction sees its own uncommitted change). */
  rebuild(db: Executor): Promise<Calendar>;
  invalidate(): void;
  onChange(listener: CalendarChangeListener): void;
  /** Runs every listener; the total of cases recomputed. */
  notify(tx: Executor, calendar: Calendar, changedDates: string[]): Promise<number>;
};

export function createCalendarService(db: Db): CalendarService {
  let cached: Promise<Calendar> | undefined;
  const listeners: CalendarChangeListener[] = [];
  const rebuild = async (ex: Executor) => buildCalendar((await listCalendarRows(ex)).map(toEntry));
  return {
    current() {
      cached ??= rebuild(db).catch((err: unknown) => {
        cached = undefined;
        throw err;
      });
      return cached;
    },
    rebuild,
    invalidate() {
      cached = undefined;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async notify(tx, calendar, changedDates) {
      let total = 0;
      for (const l of listeners) total += await l(tx, calendar, changedDates);
      return total;
    },
  };
}

const fingerprints = new WeakMap<Calendar, string>();

/**
 * What a calendar says about days, as a short digest: stored beside a case's deadlines, so they are
 * reused only while computed from the same calendar (persist-case.ts), whichever process built it.
 */
export function calendarFingerprint(calendar: Calendar): string {
  let fp = fingerprints.get(calendar);
  if (!fp) {
    const days = calendar.entries.map((e) => `${e.date}|${e.kind}|${e.provisional ? 1 : 0}`).sort();
    fp = createHash('sha256').update(days.join('\n')).digest('hex').slice(0, 32);
    fingerprints.set(calendar, fp);
  }
  return fp;
}
