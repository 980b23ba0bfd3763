// One official non-working day: a national holiday (libur nasional), a collective leave day
// (cuti bersama) or a voting day declared a national holiday (libur pemungutan suara). The seed
// table below comes from the yearly joint decrees (SKB) of the Minister of Religious Affairs,
// the Minister of Manpower and the Minister for Administrative Reform (MenPANRB), and from the
// presidential decrees (Keppres) on voting days; administrators add and correct entries later
// in a database table, so every function takes the list of entries as a parameter.

export const CALENDAR_ENTRY_KINDS = ['libur-nasional', 'cuti-bersama', 'libur-pemungutan-suara'] as const;
export type CalendarEntryKind = (typeof CALENDAR_ENTRY_KINDS)[number];

export interface CalendarEntry {
  /** Local date 'YYYY-MM-DD' (the same date nationwide). */
  date: string;
  kind: CalendarEntryKind;
  nameId: string;
  nameEn: string;
  /** The decree that sets the day, with its numbers. */
  source: string;
  /** True when the entry could not be confirmed in an official text; results using it are provisional. */
  provisional?: boolean;
  note?: string;
}

/** Builds entries of one kind and source, one per date. */
export function entries(
  kind: CalendarEntryKind,
  source: string,
  days: ReadonlyArray<readonly [date: string, nameId: string, nameEn: string, note?: string]>,
): CalendarEntry[] {
  return days.map(([date, nameId, nameEn, note]) => ({ date, kind, nameId, nameEn, source, ...(note ? { note } : {}) }));
}

export const ISBAT_NOTE =
  'Idulfitri and Iduladha are finally fixed by Keputusan Menteri Agama after the sidang isbat; the SKB date stands unless corrected.';
