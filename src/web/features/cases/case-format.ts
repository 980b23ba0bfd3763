// Formatting for the case screens: bilingual labels, instants in the case's local time
// ("Rabu, 13 November 2024 pukul 23.59.59 WIB"), and the local date-time inputs of the forms,
// which are read in the time zone of the case (or of the user's office for a new intake).
import type { TFunction } from 'i18next';
import type { ClarificationParty } from '../../../core/cases/case-facts.js';
import { useTranslation } from 'react-i18next';
import { regionTimeZone } from '../../../core/regions/time-zone.js';
import { useSession } from '../auth/session.js';
import { formatDay, localTime } from '../law/law-format.js';
import type { ClockStatus } from './cases-api.js';

export type Bi = { id: string; en: string };

export const CLOCK_COLORS: Record<ClockStatus, string> = { 'tepat-waktu': 'green', 'jatuh-tempo-hari-ini': 'orange', terlambat: 'red' };

const ZONES: Record<string, string> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT' };
const OFFSETS: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

/** The UTC offset an ISO instant is written in ("+07:00"; "Z" → "+00:00"). */
export function offsetOf(iso: string): string {
  const m = /([+-]\d{2}:\d{2}|Z)$/.exec(iso);
  return !m || m[1] === 'Z' ? '+00:00' : (m[1] as string);
}

export function offsetOfZone(zone: string): string {
  return OFFSETS[zone] ?? '+07:00';
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}

/** The same instant written in `offset`: 2024-11-13T16:59:59Z → 2024-11-13T23:59:59+07:00. */
export function atOffset(iso: string, offset: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  return `${new Date(ms + offsetMinutes(offset) * 60_000).toISOString().slice(0, 19)}${offset}`;
}

/** "2024-11-13T09:30" (a datetime-local value) in `offset` → ISO with offset; '' when empty. */
export function fromLocalInput(value: string, offset: string): string {
  if (!value) return '';
  return `${value.length === 16 ? `${value}:00` : value.slice(0, 19)}${offset}`;
}

/** Now, `minutesAgo` earlier, as a datetime-local value in `offset`. */
export function localInputNow(offset: string, minutesAgo = 0): string {
  return atOffset(new Date(Date.now() - minutesAgo * 60_000).toISOString(), offset).slice(0, 16);
}

/** Today's date (YYYY-MM-DD) in `offset`. */
export function todayAt(offset: string): string {
  return atOffset(new Date().toISOString(), offset).slice(0, 10);
}

export function useCaseFormat() {
  const { t, i18n } = useTranslation();
  const lang: 'id' | 'en' = i18n.language === 'en' ? 'en' : 'id';
  const zoneOf = (offset: string) => ZONES[offset] ?? `UTC${offset}`;
  return {
    lang,
    bi: (b: Bi | null | undefined) => (b ? (lang === 'en' ? b.en : b.id) : ''),
    /** A bilingual server message "Indonesian / English" → the current language's half. */
    half: (message: string) => {
      const i = message.indexOf(' / ');
      return i < 0 ? message : lang === 'en' ? message.slice(i + 3) : message.slice(0, i);
    },
    day: (date: string | null | undefined) => (date ? formatDay(date, lang) : '—'),
    /** "Rabu, 13 November 2024 pukul 23.59.59 WIB", in `offset` when given, else as written. */
    instant: (iso: string | null | undefined, offset?: string) => {
      if (!iso) return '—';
      const local = offset ? atOffset(iso, offset) : iso;
      return t('cases.format.at', { day: formatDay(local.slice(0, 10), lang), time: localTime(local, lang), tz: zoneOf(offsetOf(local)) });
    },
    /** "13 Nov 2024, 23.59 WIB" for tables. */
    short: (iso: string | null | undefined, offset?: string) => {
      if (!iso) return '—';
      const local = offset ? atOffset(iso, offset) : iso;
      const d = new Date(`${local.slice(0, 10)}T00:00:00Z`);
      const date = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
      return `${date}, ${localTime(local, lang).slice(0, 5)} ${zoneOf(offsetOf(local))}`;
    },
  };
}

/**
 * Instants outside a case (an audit row, a last sign-in) in the time zone of the signed-in user's
 * office, labelled as the case pages label theirs: "13 Nov 2024, 23.59 WITA". (National offices:
 * WIB.) The browser's own zone may be any; a time without its zone misleads in WITA and WIT.
 */
export function useOfficeTime(): (iso: string | null | undefined) => string {
  const { user } = useSession();
  const { short } = useCaseFormat();
  const offset = offsetOfZone(regionTimeZone(user?.office.regionCode ?? '31'));
  return (iso) => short(iso, offset);
}

/**
 * An invitation as staff tell it apart: "Saksi: Siti Aminah (saksi 3 dalam laporan)". The witness's
 * place in the report tells two saksi of one name apart; a withheld pelapor's name says so.
 */
export function invitationLabel(t: TFunction, i: { party: ClarificationParty; name: string | null; witness?: number | null }): string {
  const who = `${t(`cases.parties.${i.party}`)}: ${i.name ?? t('cases.withheldName')}`;
  return i.witness === null || i.witness === undefined ? who : `${who} (${t('cases.klarifikasi.witnessRef', { n: i.witness + 1 })})`;
}
