// The request counters of @fastify/rate-limit kept in the database, so that every server process
// (NETRA_WORKERS, several machines) counts against one limit: with the plugin's in-memory store
// each process allowed its own `max`. Counted in fixed windows, as the in-memory store does.
// The key (the client address and the route) is stored only as an HMAC under a key derived from
// the data key: the table holds no IP address (UU 27/2022), and rows are removed soon after their
// window ends.
import { createHmac } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';

export type Counted = { current: number; ttl: number };
type Callback = (err: Error | null, result?: Counted) => void;
type RouteOptions = { routeInfo?: { method?: string | string[]; url?: string } };

/** Removing ended windows every this many counts per process keeps the table to recent clients. */
const CLEAN_EVERY = 200;

/** Milliseconds left in a row's window (0 once it ended). */
const TTL = sql`greatest(0, ceil(extract(epoch from (expires_at - now())) * 1000))::int as ttl`;

/** The HMAC of a counter's key under a key derived from the data key: no address is ever stored. */
function keyHasher(dataKey: Buffer): (scope: string, key: string) => string {
  const hmacKey = createHmac('sha256', dataKey).update('netra rate-limit key v1').digest();
  return (scope, key) => createHmac('sha256', hmacKey).update(`${scope}\u0000${key}`).digest('base64url');
}

let counted = 0;

/** Adds one to a counter in its fixed window (a new window once the last ended). */
async function hit(db: Db, hashed: string, windowMs: number): Promise<Counted> {
  counted += 1;
  if (counted % CLEAN_EVERY === 0) await db.execute(sql`delete from rate_limits where expires_at < now() - interval '10 minutes'`);
  const [row] = rowsOf<{ hits: number; ttl: number }>(
    await db.execute(sql`insert into rate_limits as r (key, expires_at, hits) values (${hashed}, now() + ${windowMs} * interval '1 millisecond', 1)
      on conflict (key) do update set
        hits = case when r.expires_at <= now() then 1 else r.hits + 1 end,
        expires_at = case when r.expires_at <= now() then now() + ${windowMs} * interval '1 millisecond' else r.expires_at end
      returning hits, ${TTL}`),
  );
  return { current: Number(row!.hits), ttl: Number(row!.ttl) };
}

/**
 * A counter of one kind of event per key (a user), in the same table as the request counters,
 * for limits that are not one route's: reading personal data counts reveals on two routes and the
 * downloads of documents that print it, against one limit.
 */
export function windowCounter(db: Db, dataKey: Buffer, scope: string, windowMs: number): (key: string) => Promise<Counted> {
  const hashOf = keyHasher(dataKey);
  return (key) => hit(db, hashOf(`counter ${scope}`, key), windowMs);
}

export function databaseRateLimitStore(db: Db, dataKey: Buffer) {
  const hashOf = keyHasher(dataKey);

  return class DatabaseRateLimitStore {
    /** `_options`: the plugin's settings (the store keeps none); `scope`: the route, for child stores. */
    constructor(
      _options?: unknown,
      private readonly scope = '',
    ) {}

    incr(key: string, cb: Callback, timeWindow: number): void {
      hit(db, hashOf(this.scope, key), timeWindow).then((r) => cb(null, r), (err: Error) => cb(err));
    }

    /** The count without adding to it (`{ increment: false }`). */
    read(key: string, cb: Callback): void {
      db.execute(sql`select hits, ${TTL} from rate_limits where key = ${hashOf(this.scope, key)} and expires_at > now()`).then(
        (result) => {
          const [row] = rowsOf<{ hits: number; ttl: number }>(result);
          cb(null, row ? { current: Number(row.hits), ttl: Number(row.ttl) } : { current: 0, ttl: 0 });
        },
        (err: Error) => cb(err),
      );
    }

    /** A route's own counters: the same client on two limited routes is counted apart. */
    child(options: object): DatabaseRateLimitStore {
      // The plugin passes its settings merged with the route's, the route itself as routeInfo.
      const route = (options as RouteOptions).routeInfo;
      const method = route?.method;
      return new DatabaseRateLimitStore(options, `${Array.isArray(method) ? method.join(',') : (method ?? '')} ${route?.url ?? ''}`);
    }
  };
}
