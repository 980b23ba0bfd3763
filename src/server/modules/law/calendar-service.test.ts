// Two server processes on one database: a calendar change made by one reaches the other's cache
// within CALENDAR_CHECK_MS (here 0 and "never", to see both sides of it).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { isolatedDatabase } from '../../test/harness.js';
import type { Calendar } from '../../../core/law/index.js';
import { calendarFingerprint, createCalendarService } from './calendar-service.js';

let database: Database;
beforeAll(async () => {
  database = await isolatedDatabase();
});
afterAll(() => database.close());

const calendarEntriesOn = (calendar: Calendar, date: string) => calendar.byDate.get(date) ?? [];
const addDay = (date: string) =>
  database.db.execute(sql`insert into calendar_entries (date, kind, name_id, name_en, source, origin) values (${date}, 'libur-nasional', 'Libur uji', 'Test holiday', 'Keppres uji', 'admin')`);

describe('the calendar cache across processes', () => {
  it('sees a day another process added once it checks, and keeps its cache until then', async () => {
    const checking = createCalendarService(database.db, { checkMs: 0 });
    const trusting = createCalendarService(database.db, { checkMs: 3_600_000 });
    const before = await checking.current();
    await trusting.current();
    expect(await checking.current()).toBe(before); // unchanged: the same object, not rebuilt

    await addDay('2026-10-14');
    const after = await checking.current();
    expect(calendarEntriesOn(after, '2026-10-14')).toHaveLength(1);
    expect(calendarFingerprint(after)).not.toBe(calendarFingerprint(before));
    expect(calendarEntriesOn(await trusting.current(), '2026-10-14')).toHaveLength(0);

    trusting.invalidate(); // what this process does after its own change
    expect(calendarEntriesOn(await trusting.current(), '2026-10-14')).toHaveLength(1);
  });

  it('sees a removal (a tombstone) the same way', async () => {
    await addDay('2026-10-21');
    const service = createCalendarService(database.db, { checkMs: 0 });
    expect(calendarEntriesOn(await service.current(), '2026-10-21')).toHaveLength(1);
    await database.db.execute(sql`update calendar_entries set removed = true where date = '2026-10-21'`);
    expect(calendarEntriesOn(await service.current(), '2026-10-21')).toHaveLength(0);
  });
});
