// The real app (buildApp + makeDeps) on the bench database, with one extra route registered
// before app.ready(): the baseline, a trivial insert of one row through the same pool.
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/http/app.js';
import { makeDeps, type Deps } from '../../src/server/http/deps.js';
import { benchConfig } from './setup.js';

/** The fixed clock: 12 November 2024, 14:00 WIB — after the hearings and the plenary of the lifecycle. */
export const BENCH_NOW = new Date('2024-11-12T07:00:00Z');

export async function startApp(database: Database): Promise<{ app: FastifyInstance; deps: Deps; url: string }> {
  const deps = makeDeps({ db: database.db, config: benchConfig(), now: () => BENCH_NOW });
  const app = await buildApp(deps);
  app.post('/bench/baseline', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await deps.db.execute(sql`insert into bench_baseline (label, payload) values (${String(body.label ?? 'baseline')}, ${JSON.stringify(body)}::jsonb)`);
    return reply.status(201).send({ ok: true });
  });
  await app.ready();
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, deps, url: address };
}
