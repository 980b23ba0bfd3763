// Indonesian formatting for official documents: dates ("14 November 2024"), days ("Kamis"),
// times ("10.30 WIB") in the office's legal time zone (Keppres 41/1987), and numbers in words
// ("2 (dua)"). Pure and deterministic: fixed UTC offsets, no Intl or locale data involved.
import { TIME_ZONES, type IndonesianTimeZone } from '../../../core/regions/time-zone.js';

export const MONTHS_ID = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;
export const DAYS_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  weekday: number; // 0 = Minggu
  hour: number;
  minute: number;
}

function assertValid(instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) throw new Error('documents: invalid date');
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

function monthName(month: number): string {
  const name = MONTHS_ID[month - 1];
  if (!name) throw new Error(`documents: invalid month ${month}`);
  return name;
}

function dayName(weekday: number): string {
  return DAYS_ID[weekday] ?? '';
}

/** Parses a calendar date 'YYYY-MM-DD' (no time zone involved). */
function parseIsoDate(iso: string): LocalParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`documents: expected a date YYYY-MM-DD, got "${iso}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) throw new Error(`documents: no such date "${iso}"`);
  return { year, month, day, weekday: utc.getUTCDay(), hour: 0, minute: 0 };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "14 November 2024" for an instant, in the given zone. */
export function formatDate(instant: Date, zone: IndonesianTimeZone): string {
  const p = localParts(instant, zone);
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "Kamis, 14 November 2024" for an instant, in the given zone. */
export function formatDayDate(instant: Date, zone: IndonesianTimeZone): string {
  const p = localParts(instant, zone);
  return `${dayName(p.weekday)}, ${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "10.30 WIB" (Indonesian style: a full stop between hours and minutes, zone label). */
export function formatTime(instant: Date, zone: IndonesianTimeZone): string {
  const p = localParts(instant, zone);
  return `${pad(p.hour)}.${pad(p.minute)} ${zone}`;
}

/** "Kamis, 14 November 2024 pukul 10.30 WIB". */
export function formatDateTime(instant: Date, zone: IndonesianTimeZone): string {
  return `${formatDayDate(instant, zone)} pukul ${formatTime(instant, zone)}`;
}

/** "14 November 2024" for a calendar date 'YYYY-MM-DD'. */
export function formatIsoDate(iso: string): string {
  const p = parseIsoDate(iso);
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "Kamis, 14 November 2024" for a calendar date 'YYYY-MM-DD'. */
export function formatIsoDayDate(iso: string): string {
  const p = parseIsoDate(iso);
  return `${dayName(p.weekday)}, ${p.day} ${monthName(p.month)} ${p.year}`;
}

const UNITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/** A whole number 0..999 in Indonesian words ("dua puluh satu"); larger numbers stay digits. */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 12) return UNITS[n] ?? String(n);
  if (n < 20) return `${UNITS[n - 10]} belas`;
  if (n < 100) {
    const rest = n % 10;
    return `${UNITS[Math.floor(n / 10)]} puluh${rest ? ` ${UNITS[rest]}` : ''}`;
  }
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return `${hundreds === 1 ? 'seratus' : `${UNITS[hundreds]} ratus`}${rest ? ` ${terbilang(rest)}` : ''}`;
}

/** "2 (dua)", as statutes and letters write counts. */
export function countInWords(n: number): string {
  return `${n} (${terbilang(n)})`;
}
