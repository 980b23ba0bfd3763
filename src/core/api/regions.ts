import { z } from 'zod';
import { regionCode } from './common.js';

export const region = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.number().int().min(1).max(4),
    levelName: z.enum(['provinsi', 'kabupaten-kota', 'kecamatan', 'kelurahan-desa']),
    parentCode: z.string().nullable(),
    timeZone: z.enum(['WIB', 'WITA', 'WIT']),
  })
  .meta({ id: 'Region' });

export const regionDetail = region.extend({ parents: z.array(region), children: z.array(region) }).meta({ id: 'RegionDetail' });

export const regionParams = z.object({ code: regionCode });

export const regionSearchQuery = z.object({
  q: z.string().trim().max(100).default(''),
  level: z.coerce.number().int().min(1).max(4).optional(),
  within: regionCode.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const regionList = z.object({ items: z.array(region) });
