// Day arithmetic on plain 'YYYY-MM-DD' strings and conversion between instants and the local
// wall-clock of an Indonesian time zone. All date maths runs on UTC milliseconds so the host's
// own time zone never leaks in; Indonesia has no daylight saving, so a zone is a fixed offset.

export const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 instant with an explicit offset (Z or ±hh:mm); seconds and fractions optional.
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

/** Epoch milliseconds of a real date given as numbers, or NaN (years before 100 as Date.UTC cannot). */
function utcMsOf(y: number, m: number, d: number): number {
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return Date.UTC(y, m - 1, d);
}

/** True for a real calendar date written 'YYYY-MM-DD' (rejects 2024-02-30). */
export function isIsoDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  return match !== null && !Number.isNaN(utcMsOf(Number(match[1]), Number(match[2]), Number(match[3])));
}

/** Midnight UTC of a 'YYYY-MM-DD' date, in epoch milliseconds; throws on anything else. */
export function toUtcMs(date: string): number {
  const match = DATE_PATTERN.exec(date);
  const ms = match ? utcMsOf(Number(match[1]), Number(match[2]), Number(match[3])) : NaN;
  if (Number.isNaN(ms)) throw new Error(`not a date (YYYY-MM-DD): ${date}`);
  return ms;
}

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * The 'YYYY-MM-DD' date of an instant in UTC: the proleptic Gregorian calendar as Date has it,
 * by integer arithmetic (H. Hinnant's civil_from_days), as Date's toISOString is slow in a loop.
 */
export function fromUtcMs(ms: number): string {
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1_460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  // Outside four-digit years, Date's own spelling (e.g. '+010000-01-01').
  if (!(y >= 0 && y <= 9_999)) return new Date(ms).toISOString().slice(0, 10); // throws as Date does on NaN
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

/** Day of the week (0 = Sunday) of a day given as its midnight UTC in milliseconds. */
export function dayOfWeekOfUtcMs(ms: number): number {
  return (((Math.floor(ms / DAY_MS) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** `date` moved by `days` calendar days (negative moves back). */
export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return dayOfWeekOfUtcMs(toUtcMs(date));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** True for a well-formed ISO 8601 instant with an explicit offset and real field values. */
export function isIsoInstant(value: string): boolean {
  const match = INSTANT_PATTERN.exec(value);
  if (!match) return false;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  const [hh, mm, ss] = [Number(match[4]), Number(match[5]), Number(match[6] ?? '0')];
  const offset = match[8] ?? 'Z';
  const offsetOk = offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(4, 6)) < 60);
  return isIsoDate(date) && hh < 24 && mm < 60 && ss < 60 && offsetOk;
}

/** Milliseconds since the epoch of an ISO instant with offset; throws on anything else. */
export function parseInstant(value: string): number {
  if (!isIsoInstant(value)) throw new Error(`not an ISO 8601 instant with offset: ${value}`);
  return Date.parse(value);
}

/** The local calendar date, at a fixed UTC offset in minutes, of an instant. */
export function localDateOf(ms: number, offsetMinutes: number): string {
  return fromUtcMs(Math.floor((ms + offsetMinutes * 60_000) / DAY_MS) * DAY_MS);
}

/** Local wall-clock time 'HH:mm:ss' of an instant at a fixed offset. */
export function localTimeOf(ms: number, offsetMinutes: number): string {
  return new Date(ms + offsetMinutes * 60_000).toISOString().slice(11, 19);
}

/** '+07:00' for 420 minutes, '-03:30' for -210. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * An instant written in local time with its offset, e.g. '2024-09-19T23:59:59+07:00'.
 * Milliseconds appear only when they are not zero.
 */
export function formatInstant(ms: number, offsetMinutes: number): string {
  const local = Math.trunc(ms + offsetMinutes * 60_000); // as Date keeps a time value
  const inDay = local - Math.floor(local / DAY_MS) * DAY_MS;
  const seconds = Math.floor(inDay / 1_000);
  const millis = inDay - seconds * 1_000;
  const time = `${two(Math.floor(seconds / 3_600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
  return `${fromUtcMs(local)}T${time}${millis === 0 ? '' : `.${String(millis).padStart(3, '0')}`}${formatOffset(offsetMinutes)}`;
}

/** The instant 23:59:59 local time on `date` (the end of a legal day). */
export function endOfLocalDay(date: string, offsetMinutes: number): number {
  return toUtcMs(date) + DAY_MS - 1_000 - offsetMinutes * 60_000;
}

/** The instant at local wall-clock 'HH:mm[:ss]' on `date`. */
export function localInstant(date: string, time: string, offsetMinutes: number): number {
  const [hh = 0, mm = 0, ss = 0] = time.split(':').map(Number);
  return toUtcMs(date) + ((hh * 60 + mm) * 60 + ss) * 1_000 - offsetMinutes * 60_000;
}
