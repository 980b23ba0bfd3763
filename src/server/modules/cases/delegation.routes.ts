// The offices a case may be delegated to (pelimpahan), for the delegation form: offices that handle
// violations anywhere in the country, not only in the user's jurisdiction (a case goes to the
// office with jurisdiction, which is usually another one), suggested by the place of the event
// (core/cases/delegation.ts). Names and regions only: an office's people stay behind its scope.
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { delegationTargets, delegationTargetsQuery } from '../../../core/api/case-views.js';
import { errorResponse, uuidParam } from '../../../core/api/common.js';
import { DELEGATION_BASIS, DELEGATION_OFFICE_KINDS, suggestionRank } from '../../../core/cases/delegation.js';
import type { OfficeKind } from '../../../core/access.js';
import { regionAncestry } from '../../../core/regions/region-code.js';
import type { Executor } from '../../db/client.js';
import { offices, regions } from '../../db/schema.js';
import { requirePermission } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { officeWordsFilter } from '../offices/offices.repository.js';
import { loadCase } from './read-case.js';

const tags = ['cases'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

type Target = { id: string; name: string; kind: OfficeKind; regionCode: string | null; regionName: string | null };

/**
 * Active offices that handle violations, other than `fromOfficeId`: those whose region holds the
 * event's place, or, with `q`, those whose name or region's name holds every word of it.
 */
async function findTargets(db: Executor, opts: { fromOfficeId: string; eventRegionCode: string | null; q: string | undefined; limit: number }): Promise<Target[]> {
  const where: (SQL | undefined)[] = [inArray(offices.kind, [...DELEGATION_OFFICE_KINDS]), eq(offices.active, true), ne(offices.id, opts.fromOfficeId)];
  // The regions that hold the event's place, from the province down.
  const near = opts.eventRegionCode ? regionAncestry(opts.eventRegionCode) : [];
  const words = officeWordsFilter(opts.q);
  if (words) where.push(words);
  else if (near.length > 0) where.push(inArray(offices.regionCode, near));
  else return [];
  const kindOrder = sql.join(DELEGATION_OFFICE_KINDS.map((k) => sql`${k}`), sql`, `);
  return db
    .select({ id: offices.id, name: offices.name, kind: sql<OfficeKind>`${offices.kind}`, regionCode: offices.regionCode, regionName: regions.name })
    .from(offices)
    .leftJoin(regions, eq(regions.code, offices.regionCode))
    .where(and(...where))
    // The offices of the event's place first (suggestionRank's order), then by kind and name.
    .orderBy(
      sql`${near.length > 0 ? inArray(offices.regionCode, near) : sql`false`} desc`,
      sql`array_position(array[${kindOrder}]::text[], ${offices.kind})`,
      asc(offices.name),
    )
    .limit(opts.limit);
}

export function registerDelegationRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/cases/:id/delegation-targets',
    {
      schema: {
        tags,
        summary: 'Kantor tujuan pelimpahan perkara, yang disarankan lokasi peristiwa lebih dulu / offices the case may be delegated to, those the place of the event suggests first',
        params: uuidParam,
        querystring: delegationTargetsQuery,
        response: { 200: delegationTargets, ...errors },
      },
    },
    async (req) => {
      const actor = requirePermission(req, 'cases.act');
      const row = await loadCase(deps, actor, req.params.id);
      const found = await findTargets(deps.db, { fromOfficeId: row.officeId, eventRegionCode: row.eventRegionCode, q: req.query.q, limit: req.query.limit });
      return {
        items: found.map((o) => ({ ...o, suggested: suggestionRank(o, row.eventRegionCode) !== null })),
        basis: DELEGATION_BASIS,
      };
    },
  );
}
