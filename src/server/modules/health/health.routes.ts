import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../../http/deps.js';

const health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['ok', 'unavailable']), time: z.string(), version: z.string(), worker: z.number().int().describe('which server process answered (NETRA_WORKERS; 0 when one)') });

export function registerHealthRoutes(app: FastifyInstance, deps: Deps, version: string): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/health', { schema: { tags: ['health'], summary: 'Kesehatan layanan / service health', response: { 200: health, 503: health } } }, async (_req, reply) => {
    let database: 'ok' | 'unavailable' = 'ok';
    try {
      await deps.db.execute(sql`select 1`);
    } catch {
      database = 'unavailable';
    }
    const body = { status: database === 'ok' ? ('ok' as const) : ('degraded' as const), database, time: deps.now().toISOString(), version, worker: deps.config.workerIndex };
    return reply.status(database === 'ok' ? 200 : 503).send(body);
  });
}
