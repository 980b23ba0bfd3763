import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse } from '../../../core/api/common.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { can } from '../../../core/access.js';
import { withoutPelaporNames } from '../../../core/cases/pelapor-names.js';
import { id } from '../../../core/cases/fields.js';
import { withoutPelaporText, type PelaporIdentity } from '../../../core/cases/pelapor-text.js';
import { findReporters } from '../cases/cases.repository.js';
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
      const items = rows.map((r) => ({ id: r.id, at: new Date(r.at).toISOString(), actorLabel: r.actorLabel, action: r.action, entityType: r.entityType, entityId: r.entityId, regionCode: r.regionCode, summary: r.summary }));
      if (can(actor.role, 'cases.reporter')) return { items };
      // For a role that may not read the reporter, the pelapor withheld from what the entries of
      // cases say: their name typed into an invitation, and their name and contacts in any text.
      const caseIds = [...new Set(items.flatMap((i) => (i.entityType === 'case' && i.entityId && id.safeParse(i.entityId).success ? [i.entityId] : [])))];
      const identities = await findReporters(deps.db, deps.sealer, caseIds);
      return {
        items: items.map((i) => (i.entityType === 'case' ? { ...i, summary: withoutPelaporText(withoutPelaporNames(i.summary), identities.get(i.entityId ?? '') as PelaporIdentity | undefined) } : i)),
      };
    },
  );
}
