// Dates and times as people read them, Indonesian first: "Rabu, 18 November 2026",
// "23.59 WIB" (Indonesian style, a full stop between hours and minutes), and English second
// ("Wednesday, 18 November 2026", "23:59 WIB"). Instants are shown in an office's legal time zone
// (Keppres 41/1987). Pure and deterministic: fixed UTC offsets, no Intl or locale data involved,
// so official documents and refusal messages read the same on every machine.
import { officeTimeZone, TIME_ZONES, type IndonesianTimeZone } from '../regions/time-zone.js';

export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const MONTHS_EN = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const DAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Minggu / Sunday
  hour: number;
  minute: number;
}

function assertValid(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new Error('dates: invalid date');
}

/** The wall-clock parts of an instant in an Indonesian time zone. */
export function localParts(instant: Date, zone: IndonesianTimeZone): LocalParts {
  assertValid(instant);
  const shifted = new Date(instant.getTime() + TIME_ZONES[zone].offsetMinutes * 60_000);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    weekday: shifted.getUTCDay(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/** Parses a calendar date 'YYYY-MM-DD' (no time zone involved). */
function parseIsoDate(iso: string): LocalParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`dates: expected a date YYYY-MM-DD, got "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) throw new Error(`dates: no such date "${iso}"`);
  return { year, month, day, weekday: utc.getUTCDay(), hour: 0, minute: 0 };
}

type Lang = 'id' | 'en';
const pad = (n: number): string => String(n).padStart(2, '0');
const date = (p: LocalParts, lang: Lang): string => `${p.day} ${(lang === 'id' ? MONTHS_ID : MONTHS_EN)[p.month - 1]} ${p.year}`;
const dayDate = (p: LocalParts, lang: Lang): string => `${(lang === 'id' ? DAYS_ID : DAYS_EN)[p.weekday]}, ${date(p, lang)}`;
const time = (p: LocalParts, zone: IndonesianTimeZone, lang: Lang): string =>
  `${pad(p.hour)}${lang === 'id' ? '.' : ':'}${pad(p.minute)} ${zone}`;
const dateTime = (p: LocalParts, zone: IndonesianTimeZone, lang: Lang): string =>
  `${dayDate(p, lang)} ${lang === 'id' ? 'pukul' : 'at'} ${time(p, zone, lang)}`;

/** "14 November 2024" for an instant, in the given zone. */
export function formatDate(instant: Date, zone: IndonesianTimeZone): string {
  return date(localParts(instant, zone), 'id');
}

/** "Kamis, 14 November 2024" for an instant, in the given zone. */
export function formatDayDate(instant: Date, zone: IndonesianTimeZone): string {
  return dayDate(localParts(instant, zone), 'id');
}

/** "10.30 WIB". */
export function formatTime(instant: Date, zone: IndonesianTimeZone): string {
  return time(localParts(instant, zone), zone, 'id');
}

/** "Kamis, 14 November 2024 pukul 10.30 WIB". */
export function formatDateTime(instant: Date, zone: IndonesianTimeZone): string {
  return dateTime(localParts(instant, zone), zone, 'id');
}

/** "14 November 2024" for a calendar date 'YYYY-MM-DD'. */
export function formatIsoDate(iso: string): string {
  return date(parseIsoDate(iso), 'id');
}

/** "Kamis, 14 November 2024" for a calendar date 'YYYY-MM-DD'. */
export function formatIsoDayDate(iso: string): string {
  return dayDate(parseIsoDate(iso), 'id');
}

/** A calendar date 'YYYY-MM-DD' in both languages: "Rabu, 18 November 2026" / "Wednesday, 18 November 2026". */
export function dayDateText(iso: string): { id: string; en: string } {
  const p = parseIsoDate(iso);
  return { id: dayDate(p, 'id'), en: dayDate(p, 'en') };
}

/**
 * An instant (ISO 8601 with offset) in both languages, in the time zone of the office's region
 * (WIB for Bawaslu RI, whose region is null): "Rabu, 18 November 2026 pukul 23.59 WIB" /
 * "Wednesday, 18 November 2026 at 23:59 WIB".
 */
export function dateTimeText(instant: string, regionCode: string | null): { id: string; en: string } {
  const zone = officeTimeZone(regionCode);
  const p = localParts(new Date(instant), zone);
  return { id: dateTime(p, zone, 'id'), en: dateTime(p, zone, 'en') };
}

