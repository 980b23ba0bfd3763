// Shared pieces of the HTTP contract.
import { z } from 'zod';
import { isRegionCode } from '../regions/region-code.js';

export const errorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ example: 'VALIDATION_FAILED' }),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

export const regionCode = z
  .string()
  .refine(isRegionCode, { message: 'Kode wilayah tidak valid (contoh 36.73) / invalid region code (e.g. 36.73)' });

export const uuidParam = z.object({ id: z.uuid() });

export const pagination = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const okResponse = z.object({ ok: z.literal(true) });
