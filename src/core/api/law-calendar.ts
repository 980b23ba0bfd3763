// Administration of the official calendar (national administrators only).
import { z } from 'zod';
import { CALENDAR_ENTRY_KINDS } from '../law/index.js';
import { isIsoDate } from '../law/dates.js';

const date = z.string().refine(isIsoDate, { message: 'Tanggal harus YYYY-MM-DD / date must be YYYY-MM-DD' });

export const calendarEntryBody = z.object({
  date,
  kind: z.enum(CALENDAR_ENTRY_KINDS),
  nameId: z.string().trim().min(3).max(200),
  nameEn: z.string().trim().min(3).max(200),
  source: z.string().trim().min(3, { message: 'Sebutkan dasar hukumnya (mis. nomor SKB) / name the legal source (e.g. the SKB number)' }).max(500),
  provisional: z.boolean().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
});

export const calendarEntryPatch = calendarEntryBody
  .omit({ date: true, kind: true })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Tidak ada yang diubah / nothing to change' });

export const calendarAdminEntry = calendarEntryBody
  .extend({ id: z.uuid(), origin: z.enum(['seed', 'admin']), removed: z.boolean(), updatedAt: z.string(), note: z.string().nullable() })
  .meta({ id: 'CalendarAdminEntry' });

export const calendarChangeResponse = z.object({
  entry: calendarAdminEntry,
  /** open cases whose deadlines were recomputed because of this change */
  recomputedCases: z.number().int(),
});

export const calendarAdminQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
