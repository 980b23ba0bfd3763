// The floor: what the lifecycle's eleven requests cost when each does only the work no correct
// implementation can skip — parse the request, check the session and its CSRF token, change one
// small row, and extend the audit hash chain — in one statement, and answer a few bytes. No
// validation, no law engine, no case record, no page. Not a design: a lower bound for this stack
// on this machine, measured beside the lifecycle and the baseline (bench/README.md, "The floor").
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.js';
import { rawQuery } from '../../src/server/db/client.js';
import { auditAppendCtes, auditAppendParams, auditPlaceholders } from '../../src/server/modules/audit/audit.repository.js';
import { auditDraft } from '../../src/server/modules/audit/append-audit.js';
import { liveSessionActorSql } from '../../src/server/modules/auth/sessions.repository.js';
import type { Deps } from '../../src/server/http/deps.js';

export async function createFloorTable(database: Database): Promise<void> {
  // A case row reduced to what an inbox filters on, with two of the real table's indexes.
  await database.db.execute(sql`create table if not exists bench_floor (id uuid primary key default gen_random_uuid(), office_id uuid not null, region_code text collate "C" not null,
    state text not null, version int not null default 1, next_due_at timestamptz, updated_at timestamptz not null)`);
  await database.db.execute(sql`create index if not exists bench_floor_state_idx on bench_floor (region_code, state)`);
  await database.db.execute(sql`create index if not exists bench_floor_due_idx on bench_floor (next_due_at) where state <> 'selesai'`);
}

type Actor = { userId: string; username: string; officeId: string; officeRegionCode: string };

// $1 session id, $2 now, $3 csrf token; then the row's own; then the audit append's ten.
const session = `a as (select * from (${liveSessionActorSql('$1', '$2')}) s where s."csrfToken" = $3)`;
const CREATE = {
  name: 'bench_floor_create',
  text: `with ${session},
    row as (insert into bench_floor (id, office_id, region_code, state, next_due_at, updated_at)
      select $4::uuid, a."officeId", coalesce(a."officeRegionCode", ''), 'diterima', $2::timestamptz + interval '3 days', $2::timestamptz from a returning id, version),
    ${auditAppendCtes(auditPlaceholders(5), 'row')}
    select row.id, row.version, 1 / (select count(*)::int from audit_row) as audited from row`,
};
const STEP = {
  name: 'bench_floor_step',
  text: `with ${session},
    row as (update bench_floor f set state = $5, version = f.version + 1, next_due_at = $2::timestamptz + interval '2 days', updated_at = $2::timestamptz
      from a where f.id = $4::uuid and f.region_code = coalesce(a."officeRegionCode", '') returning f.id, f.version),
    ${auditAppendCtes(auditPlaceholders(6), 'row')}
    select row.id, row.version, 1 / (select count(*)::int from audit_row) as audited from row`,
};

/** Registers POST /api/bench/floor and POST /api/bench/floor/:id/:step (under /api/, where sessions are read) (before app.ready()). */
export function registerFloorRoutes(app: FastifyInstance, deps: Deps): void {
  const draft = (actor: Actor, action: string, id: string, summary: Record<string, unknown>) =>
    auditAppendParams(auditDraft({ at: deps.now(), actor: { id: actor.userId, label: actor.username, officeId: actor.officeId }, action, entityType: 'bench_floor', entityId: id, regionCode: actor.officeRegionCode, summary }));
  const head = (req: { sessionId: string | null; headers: Record<string, unknown> }) => [req.sessionId, deps.now().toISOString(), String(req.headers['x-csrf-token'] ?? '')];
  // The actor's audit fields come back from the session CTE in the real statements; here the
  // audit row takes them from the session the client signed in with, read once per process.
  const actors = new Map<string, Actor>();
  const actorOf = async (sessionId: string): Promise<Actor | undefined> => {
    let a = actors.get(sessionId);
    if (!a) {
      const [row] = await rawQuery<Actor>(deps.db, { name: 'bench_floor_actor', text: liveSessionActorSql('$1', '$2') }, [sessionId, deps.now().toISOString()]);
      if (row) actors.set(sessionId, (a = row));
    }
    return a;
  };
  app.post('/api/bench/floor', { config: { sessionInHandler: true } }, async (req, reply) => {
    const actor = req.sessionId ? await actorOf(req.sessionId) : undefined;
    if (!actor) return reply.status(401).send({ error: 'no session' });
    const id = crypto.randomUUID();
    const body = (req.body ?? {}) as Record<string, unknown>;
    const [row] = await rawQuery<{ id: string; version: number }>(deps.db, CREATE, [...head(req), id, ...draft(actor, 'bench.floor.create', id, { kind: body.kind ?? null })]);
    if (!row) return reply.status(403).send({ error: 'refused' });
    return reply.status(201).send({ id: row.id, version: row.version });
  });
  app.post('/api/bench/floor/:id/:step', { config: { sessionInHandler: true } }, async (req, reply) => {
    const { id, step } = req.params as { id: string; step: string };
    const actor = req.sessionId ? await actorOf(req.sessionId) : undefined;
    if (!actor) return reply.status(401).send({ error: 'no session' });
    const [row] = await rawQuery<{ id: string; version: number }>(deps.db, STEP, [...head(req), id, step, ...draft(actor, `bench.floor.${step}`, id, { step })]);
    if (!row) return reply.status(409).send({ error: 'refused' });
    return reply.send({ id: row.id, version: row.version, state: step });
  });
}
