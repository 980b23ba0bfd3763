import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../core/api/common.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { can } from '../../../core/access.js';
import { withoutPelaporNames } from '../../../core/cases/pelapor-names.js';
import { listAudit } from './audit.repository.js';

const auditEntry = z
  .object({
    id: z.number(),
    at: z.string(),
    actorLabel: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    regionCode: z.string().nullable(),
    summary: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

const query = z.object({
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(100).optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export function registerAuditRoutes(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    { schema: { tags: ['audit'], summary: 'Log audit dalam wilayah / audit log in jurisdiction', querystring: query, response: { 200: z.object({ items: z.array(auditEntry) }), 401: errorResponse, 403: errorResponse } } },
    async (req) => {
      const actor = requirePermission(req, 'audit.read');
      const rows = await listAudit(deps.db, { scope: actor.scope, ...req.query });
      // The pelapor's name typed into an invitation, withheld from roles that may not read the reporter.
      const mayReadReporter = can(actor.role, 'cases.reporter');
      return {
        items: rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), actorLabel: r.actorLabel, action: r.action, entityType: r.entityType, entityId: r.entityId, regionCode: r.regionCode, summary: mayReadReporter ? r.summary : withoutPelaporNames(r.summary) })),
      };
    },
  );
}
