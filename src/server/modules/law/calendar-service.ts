// The official calendar as the law engine sees it: built from the calendar_entries table, cached,
// rebuilt after every change, and announced to whoever keeps deadlines (open cases recompute).
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
