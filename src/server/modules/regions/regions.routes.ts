import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../../core/api/common.js';
import { regionDetail, regionList, regionParams, regionSearchQuery } from '../../../core/api/regions.js';
import { REGION_LEVELS } from '../../../core/regions/region-code.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { findAncestors, findChildren, findRegion, searchRegions, type Region } from './regions.repository.js';

const tags = ['regions'];

function present(r: Region) {
  return { ...r, levelName: REGION_LEVELS[r.level - 1]!, timeZone: r.timeZone as 'WIB' | 'WITA' | 'WIT' };
}

/** Regions are public reference data (Kemendagri codes): no sign-in needed. */
export function registerRegionRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/regions', { schema: { tags, summary: 'Cari wilayah / search regions (empty q: the 38 provinces)', querystring: regionSearchQuery, response: { 200: regionList, 400: errorResponse } } }, async (req) => {
    const { q, level, within, limit } = req.query;
    const rows = q ? await searchRegions(deps.db, { q, level, within, limit }) : await findChildren(deps.db, within ?? null);
    return { items: rows.slice(0, q ? limit : undefined).map(present) };
  });

  r.get('/api/v1/regions/:code', { schema: { tags, summary: 'Wilayah dengan induk dan anak / region with parents and children', params: regionParams, response: { 200: regionDetail, 400: errorResponse, 404: errorResponse } } }, async (req) => {
    const region = await findRegion(deps.db, req.params.code);
    if (!region) throw new AppError('NOT_FOUND');
    const [parents, children] = await Promise.all([findAncestors(deps.db, region.code), findChildren(deps.db, region.code)]);
    return { ...present(region), parents: parents.map(present), children: children.map(present) };
  });
}
