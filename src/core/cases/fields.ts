// Zod field builders with bilingual messages ("Indonesian / English"), shared by the action
// payloads and the intake bodies of the case API.
import { z } from 'zod';
import { isIsoDate, isIsoInstant } from '../law/index.js';
import { isRegionCode } from '../regions/region-code.js';

export const REQUIRED = 'Wajib diisi / required';

const typed = (expectedId: string, expectedEn: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? REQUIRED : `Harus berupa ${expectedId} / must be ${expectedEn}`),
});

/** Required, trimmed, non-empty text of at most `max` characters. */
export function text(max: number) {
  return z
    .string(typed('teks', 'text'))
    .trim()
    .min(1, { error: REQUIRED })
    .max(max, { error: `Paling banyak ${max} karakter / at most ${max} characters` });
}

/** Optional text; an empty string counts as absent. */
export function optionalText(max: number) {
  return z
    .string(typed('teks', 'text'))
    .trim()
    .max(max, { error: `Paling banyak ${max} karakter / at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const instant = z.string(typed('teks', 'text')).refine(isIsoInstant, {
  error: 'Waktu tidak valid, gunakan ISO 8601 dengan zona (contoh 2024-11-11T10:00:00+08:00) / invalid time, use ISO 8601 with offset',
});

export const date = z.string(typed('teks', 'text')).refine(isIsoDate, {
  error: 'Tanggal tidak valid, gunakan YYYY-MM-DD / invalid date, use YYYY-MM-DD',
});

export const id = z.uuid({ error: 'ID tidak valid (UUID) / invalid id (UUID)' });

/**
 * A link to something seen on the web (a social-media post): http or https only, since the console
 * opens it and the documents print it. Trimmed, as pasted links often end in a space.
 */
export const webLink = z
  .string(typed('teks', 'text'))
  .trim()
  .max(2000, { error: 'Tautan terlalu panjang (paling banyak 2.000 karakter) / link too long (at most 2,000 characters)' })
  .pipe(z.url({ protocol: /^https?$/, error: 'Tautan tidak valid: harus diawali http:// atau https:// / invalid link: it must start with http:// or https://' }));

/** A civil servant's NIP (nomor induk pegawai): 18 digits. */
export const nip = z.string().trim().regex(/^\d{18}$/, { error: 'NIP harus 18 angka / NIP must be 18 digits' });

export const flag = z.boolean(typed('ya atau tidak', 'true or false'));

export const region = z.string(typed('teks', 'text')).refine(isRegionCode, {
  error: 'Kode wilayah tidak valid (contoh 36.73) / invalid region code (e.g. 36.73)',
});

/** One of `values`, with a bilingual message naming what was expected. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, whatId: string, whatEn: string) {
  return z.enum(values, {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined ? REQUIRED : `${whatId} tidak dikenal (${values.join(', ')}) / unknown ${whatEn}`,
  });
}

/** An array without repeated values. */
export function uniqueArray<T extends z.ZodType>(element: T, min: number, max: number) {
  return z
    .array(element, typed('daftar', 'a list'))
    .min(min, { error: `Minimal ${min} / at least ${min}` })
    .max(max, { error: `Paling banyak ${max} / at most ${max}` })
    .refine((values) => new Set(values).size === values.length, { error: 'Ada nilai ganda / repeated values' });
}
