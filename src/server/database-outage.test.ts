// PostgreSQL going away while Netra runs (a restart, a failover, an operator ending connections, a
// network cut) must not stop Netra, and what was asked meanwhile must be answered with a clear,
// retryable error that wrote nothing. The first block needs no PostgreSQL at all (a port nothing
// listens on); the second needs one: NETRA_TEST_PG_URL (CI sets it) or DATABASE_URL. On a laptop
// without it the second block skips with a printed reason; in CI it fails.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type Database } from './db/client.js';
import { buildApp } from './http/app.js';
import { makeDeps } from './http/deps.js';
import { DatabaseUnreachableError, waitForDatabase } from './boot.js';
import { laporanBody } from './test/case-fixtures.js';
import { makeOffice, makeUser, type TestUser } from './test/factories.js';
import { testConfig } from './test/harness.js';
import { freePort } from './test/free-port.js';
import { signInOver, startNetra, type NetraProcess } from './test/server-process.js';
import { createServerDatabase, type ServerDatabase } from './test/server-database.js';
import { TEST_DATA_KEY_BASE64 } from './test/data-key.js';
import { loadRegions } from './modules/regions/load-regions.js';
import { seedCalendar } from './modules/law/calendar.repository.js';
import { OFFICIAL_CALENDAR } from '../core/law/index.js';

const baseUrl = process.env.NETRA_TEST_PG_URL ?? process.env.DATABASE_URL;
if (!baseUrl && process.env.CI) throw new Error('CI=true but no PostgreSQL (NETRA_TEST_PG_URL or DATABASE_URL): this test must run in CI.');
if (!baseUrl) console.warn('[database-outage] SKIPPED (PostgreSQL part): needs PostgreSQL (set NETRA_TEST_PG_URL or DATABASE_URL).');

describe('a database that cannot be reached', () => {
  let database: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    // A real pool and a real refused connection: nothing listens on this port.
    database = await openDatabase({ databaseUrl: `postgres://postgres@127.0.0.1:${await freePort()}/netra`, poolSize: 2 });
    app = await buildApp(makeDeps({ db: database.db, config: testConfig() }));
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('answers 503 DATABASE_UNAVAILABLE with Retry-After, in Indonesian and English, never a 500', async () => {
    const requests = [
      { method: 'POST' as const, url: '/api/v1/auth/login', payload: { username: 'petugas', password: 'kata-sandi-panjang' } },
      { method: 'GET' as const, url: '/api/v1/public/notices' },
      { method: 'GET' as const, url: '/api/v1/cases', headers: { cookie: 'netra_session=abc' } },
    ];
    for (const r of requests) {
      const id = await app.inject(r);
      expect(id.statusCode, r.url).toBe(503);
      expect(id.headers['retry-after'], r.url).toBe('5');
      expect(id.json().error, r.url).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('Basis data sedang tidak dapat dihubungi') });
      const en = await app.inject({ ...r, headers: { ...r.headers, 'accept-language': 'en' } });
      expect(en.statusCode, r.url).toBe(503);
      expect(en.json().error.message, r.url).toContain('The database cannot be reached right now');
    }
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ status: 'degraded', database: 'unavailable' });
  });

  it('is waited for at start for NETRA_DB_WAIT_SECONDS, then refused in one line in both languages', async () => {
    const lines: string[] = [];
    const waited = waitForDatabase(database, { seconds: 1, log: (l) => lines.push(l), pauseMs: 100 });
    await expect(waited).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(waited).rejects.toThrow(/tidak dapat dihubungi setelah 1 detik \(connect ECONNREFUSED .*\/ the database could not be reached in 1 s/);
    expect(lines).toEqual([expect.stringMatching(/^Netra: menunggu basis data \/ waiting for the database \(connect ECONNREFUSED/)]);
  });
});

describe.runIf(baseUrl)('a server process whose PostgreSQL ends its connections', () => {
  let server: ServerDatabase | undefined;
  let admin: Database;
  let db: Database;
  let name: string;
  let dbUrl: string;
  let user: TestUser;
  let node: NetraProcess | undefined;

  /** Ends every connection of the test database but the caller's, as a restart or failover would. */
  const endConnections = (where = sql`true`) =>
    admin.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and pid <> pg_backend_pid() and ${where}`);

  beforeAll(async () => {
    server = await createServerDatabase(baseUrl!, 'netra_outage');
    ({ name, url: dbUrl, admin } = server);
    db = await openDatabase({ databaseUrl: dbUrl, poolSize: 2 });
    await db.migrate();
    await loadRegions({ db: db.db });
    await seedCalendar(db.db, OFFICIAL_CALENDAR);
    user = await makeUser(db.db, { office: await makeOffice(db.db, { regionCode: '36.73' }), role: 'penanganan' });
    await db.close();
    node = await startNetra({ DATABASE_URL: dbUrl, NETRA_DEMO: '0', NETRA_DATA_KEY: TEST_DATA_KEY_BASE64 });
  }, 120_000);

  afterAll(async () => {
    await node?.stop();
    await server?.drop();
  });

  it('is refused at start in one line, without waiting, when DATABASE_URL names a database that does not exist', async () => {
    const missing = new URL(dbUrl);
    missing.pathname = `/${name}_tidak_ada`;
    const database = await openDatabase({ databaseUrl: missing.toString(), poolSize: 1 });
    const lines: string[] = [];
    try {
      await expect(waitForDatabase(database, { seconds: 60, log: (l) => lines.push(l) })).rejects.toThrow(
        /^Netra: basis data menolak koneksi \(3D000: database ".*_tidak_ada" does not exist\); periksa DATABASE_URL\. \/ the database refused the connection/,
      );
      expect(lines).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('keeps serving after its idle connections are ended, and says so in its log', async () => {
    const headers = await signInOver(node!.url, user);
    // Several requests at once leave several idle connections in the pool.
    const lists = await Promise.all(Array.from({ length: 4 }, () => fetch(`${node!.url}/api/v1/cases`, { headers })));
    expect(lists.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const ended = rowsOf(await endConnections()).length;
    expect(ended).toBeGreaterThan(1);
    // node-postgres tells the pool of each ended idle connection; unheard, that stopped the process.
    const heard = () => node!.child.exitCode !== null || node!.output().includes('database connection lost (57P01)');
    await expect.poll(heard, { timeout: 10_000 }).toBe(true);
    expect(node!.child.exitCode).toBeNull();
    expect(node!.output()).toContain('koneksi baru dibuka saat diperlukan / a new one opens when needed');
    // Served again on new connections. A request that meets an ended connection not yet noticed
    // is answered 503 DATABASE_UNAVAILABLE (try again), never 500.
    const statuses: number[] = [];
    await expect
      .poll(async () => {
        const res = await fetch(`${node!.url}/api/v1/cases`, { headers });
        statuses.push(res.status);
        return res.status;
      }, { timeout: 10_000 })
      .toBe(200);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(node!.child.exitCode).toBeNull();
  }, 60_000);

  it('answers a request whose connection is ended mid-statement with 503, writes nothing, and takes the same request again', async () => {
    const headers = await signInOver(node!.url, user);
    const created = await fetch(`${node!.url}/api/v1/cases`, { method: 'POST', headers, body: JSON.stringify(laporanBody()) });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const before = (await (await fetch(`${node!.url}/api/v1/cases/${id}`, { headers })).json()) as { state: string; version: number };
    expect(before.state).toBe('diterima');

    // Hold the case's row so that the action's write waits on it, then end that write's connection.
    const holder = new pg.Client({ connectionString: dbUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select 1 from cases where id = $1 for update', [id]);
      const pending = fetch(`${node!.url}/api/v1/cases/${id}/actions/mulai-kajian-awal`, { method: 'POST', headers, body: '{}' });
      const waiting = async () => rowsOf<{ n: number }>(await admin.db.execute(sql`select count(*)::int as n from pg_stat_activity where datname = ${name} and wait_event_type = 'Lock'`))[0]!.n;
      await expect.poll(waiting, { timeout: 10_000 }).toBe(1);
      await endConnections(sql`wait_event_type = 'Lock'`);
      const res = await pending;
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await holder.query('rollback');
      await holder.end();
    }

    // Nothing of the action was written: neither the case nor its history.
    const unchanged = (await (await fetch(`${node!.url}/api/v1/cases/${id}`, { headers })).json()) as { state: string; version: number };
    expect(unchanged).toMatchObject({ state: 'diterima', version: before.version });
    const check = new pg.Client({ connectionString: dbUrl });
    await check.connect();
    try {
      const { rows } = await check.query<{ n: number }>(`select count(*)::int as n from audit_log where entity_id = $1 and action = 'case.mulai-kajian-awal'`, [id]);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await check.end();
    }

    // The same request again is taken: the process is still there and its cached case is not stale.
    const again = await fetch(`${node!.url}/api/v1/cases/${id}/actions/mulai-kajian-awal`, { method: 'POST', headers, body: '{}' });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { state: string }).state).toBe('kajian-awal');
    expect(node!.child.exitCode).toBeNull();
  }, 60_000);
});
