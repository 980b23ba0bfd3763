// The real app (buildApp + makeDeps) on the bench database, with extra routes registered
// before app.ready(): the baseline, a trivial insert of one row through the same pool, and the
// floor (floor.ts). In this
// process, or (--workers N) in N server processes supervised as `NETRA_WORKERS=N npm start` does.
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { superviseWorkers } from '../../src/server/cluster.js';
import type { Database } from '../../src/server/db/client.js';
import { buildApp } from '../../src/server/http/app.js';
import { makeDeps, type Deps } from '../../src/server/http/deps.js';
import type { AppProcesses } from './observe.js';
import { benchConfig } from './setup.js';
import { freePort } from '../../src/server/test/free-port.js';
import { registerFloorRoutes } from './floor.js';

/** The fixed clock: 12 November 2024, 14:00 WIB — after the hearings and the plenary of the lifecycle. */
export const BENCH_NOW = new Date('2024-11-12T07:00:00Z');

export async function startApp(database: Database, port = 0): Promise<{ app: FastifyInstance; deps: Deps; url: string; close: () => Promise<void> }> {
  const deps = makeDeps({ db: database.db, config: benchConfig(), now: () => BENCH_NOW });
  const app = await buildApp(deps);
  app.post('/bench/baseline', async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    await deps.db.execute(sql`insert into bench_baseline (label, payload) values (${String(body.label ?? 'baseline')}, ${JSON.stringify(body)}::jsonb)`);
    return reply.status(201).send({ ok: true });
  });
  registerFloorRoutes(app, deps);
  await app.ready();
  const address = await app.listen({ port, host: '127.0.0.1' });
  return { app, deps, url: address, close: () => app.close() };
}

/** The app in `workers` server processes on one port (bench/lib/app-worker.ts), each with its own pool of `poolSize`. */
export async function startAppProcesses(databaseUrl: string, opts: { workers: number; poolSize: number; log: (line: string) => void }): Promise<{ url: string; processes: AppProcesses; close: () => Promise<void> }> {
  const port = await freePort();
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./app-worker.ts', import.meta.url)), execArgv: ['--import', 'tsx'] });
  const supervisor = superviseWorkers({
    workers: opts.workers,
    log: (line) => opts.log(`app: ${line}`),
    env: { BENCH_APP_DATABASE_URL: databaseUrl, BENCH_APP_POOL: String(opts.poolSize), BENCH_APP_PORT: String(port) },
  });
  await supervisor.ready;
  const live = () => Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
  const queries = async () =>
    (
      await Promise.all(
        live().map(
          (w) =>
            new Promise<number>((resolve) => {
              w!.once('message', (m: { queries: number }) => resolve(m.queries));
              w!.send('queries');
            }),
        ),
      )
    ).reduce((a, b) => a + b, 0);
  return { url: `http://127.0.0.1:${port}`, processes: { pids: () => live().map((w) => w!.process.pid!), queries }, close: supervisor.stop };
}
