// The official calendar as the law engine sees it: built from the calendar_entries table, cached,
// rebuilt after every change, and announced to whoever keeps deadlines (open cases recompute).
import { createHash } from 'node:crypto';
import { buildCalendar, type Calendar } from '../../../core/law/index.js';
import { rawQuery, type Db, type Executor } from '../../db/client.js';
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

/** How long a process trusts its cached calendar before asking the database whether it changed. */
export const CALENDAR_CHECK_MS = 5_000;

const CALENDAR_VERSION = {
  name: 'calendar_version',
  text: `select md5(coalesce(string_agg(date || '|' || kind || '|' || removed::text || '|' || provisional::text, ',' order by date, kind), '')) as v
    from calendar_entries`,
};

/** What the calendar says about days, as the database holds it now (another process may have changed it). */
async function readVersion(ex: Executor): Promise<string> {
  const [row] = await rawQuery<{ v: string }>(ex, CALENDAR_VERSION, []);
  return row!.v;
}

export function createCalendarService(db: Db, opts: { checkMs?: number } = {}): CalendarService {
  const checkMs = opts.checkMs ?? CALENDAR_CHECK_MS;
  let cached: Promise<{ calendar: Calendar; version: string }> | undefined;
  let checkedAt = 0;
  const listeners: CalendarChangeListener[] = [];
  const rebuild = async (ex: Executor) => buildCalendar((await listCalendarRows(ex)).map(toEntry));
  const load = async () => {
    const version = await readVersion(db);
    return { calendar: await rebuild(db), version };
  };
  return {
    // Cached; at most every CALENDAR_CHECK_MS the version is read again, so a change made by another
    // server process on the same database reaches this one within seconds (this process's own
    // changes invalidate the cache at once).
    current() {
      const now = Date.now();
      if (cached && now - checkedAt >= checkMs) {
        checkedAt = now;
        const previous = cached;
        cached = previous.then(async (c) => ((await readVersion(db)) === c.version ? c : load()));
      }
      if (!cached) {
        checkedAt = now;
        cached = load();
      }
      const pending = cached;
      pending.catch(() => {
        if (cached === pending) cached = undefined;
      });
      return pending.then((c) => c.calendar);
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
