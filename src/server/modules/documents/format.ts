// Indonesian formatting for official documents. Dates and times come from core
// (`src/core/i18n/dates.ts`, shared with the workflow's messages); numbers in words ("2 (dua)") are
// here. Pure and deterministic.
export {
  DAYS_ID,
  formatDate,
  formatDateTime,
  formatDayDate,
  formatIsoDate,
  formatIsoDayDate,
  formatTime,
  localParts,
  MONTHS_ID,
} from '../../../core/i18n/dates.js';

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
