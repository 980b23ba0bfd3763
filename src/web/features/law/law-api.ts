// Law API for the web app: the types of its answers (inferred from the shared zod contract) and
// the queries the calculator, the assessment and the calendar administration share.
import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { calendarAdminEntry, calendarChangeResponse, calendarEntryBody, calendarEntryPatch } from '../../../core/api/law-calendar.js';
import type {
  LawAssessRequest,
  LawAssessResponse,
  LawCalendarResponse,
  LawCatalogueResponse,
  LawDeadlinesRequest,
  LawDeadlinesResponse,
  LawRegime,
  LawRegimesResponse,
} from '../../../core/api/law.js';
import { api } from '../../api/client.js';

export type { LawAssessRequest, LawAssessResponse, LawCalendarResponse, LawCatalogueResponse, LawDeadlinesRequest, LawDeadlinesResponse, LawRegime };
export type CalendarAdminEntry = z.infer<typeof calendarAdminEntry>;
export type CalendarEntryCreate = z.input<typeof calendarEntryBody>;
export type CalendarEntryUpdate = z.input<typeof calendarEntryPatch>;
export type CalendarChange = z.infer<typeof calendarChangeResponse>;
export type CalendarEntryKind = CalendarAdminEntry['kind'];
export type Flag = 'U' | '!';

export const CALENDAR_KINDS: readonly CalendarEntryKind[] = ['libur-nasional', 'cuti-bersama', 'libur-pemungutan-suara'];

export const UTC_OFFSETS: Record<string, string> = { WIB: '+07:00', WITA: '+08:00', WIT: '+09:00' };

export function useRegimes() {
  return useQuery({
    queryKey: ['law', 'regimes'],
    queryFn: ({ signal }) => api.get<LawRegimesResponse>('/api/v1/law/regimes', undefined, signal),
    staleTime: 10 * 60_000,
  });
}

export function useCatalogue(enabled = true) {
  return useQuery({
    queryKey: ['law', 'catalogue'],
    queryFn: ({ signal }) => api.get<LawCatalogueResponse>('/api/v1/law/catalogue', undefined, signal),
    staleTime: 10 * 60_000,
    enabled,
  });
}

/** The public calendar of several years at once (a deadline range may cross New Year). */
export function useCalendarYears(years: number[]) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: ['law', 'calendar', year],
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get<LawCalendarResponse>('/api/v1/law/calendar', { year }, signal),
      staleTime: 60_000,
    })),
  });
}
