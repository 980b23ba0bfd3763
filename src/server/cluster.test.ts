// NETRA_WORKERS=2 on PostgreSQL (decision 012): the real `src/server/main.ts`, started as an operator
// would, serves one port from two processes; a case handled by both in turn is decided right every
// time (each process's case cache is confirmed by the write, decision 011); a process that dies is
// started again; SIGTERM stops them all. Needs PostgreSQL: NETRA_TEST_PG_URL (CI sets it in both
// legs) or DATABASE_URL. On a laptop without it the test skips with a printed reason; in CI it fails.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerDatabase, type ServerDatabase } from './test/server-database.js';
import { allRequirementsMet, laporanBody } from './test/case-fixtures.js';
import { freePort } from './test/free-port.js';

const baseUrl = process.env.NETRA_TEST_PG_URL ?? process.env.DATABASE_URL;
if (!baseUrl && process.env.CI) throw new Error('CI=true but no PostgreSQL (NETRA_TEST_PG_URL or DATABASE_URL): this test must run in CI.');
if (!baseUrl) console.warn('[cluster] SKIPPED: needs PostgreSQL (set NETRA_TEST_PG_URL or DATABASE_URL).');

type Reply = { status: number; body: string; headers: http.IncomingHttpHeaders };

/** One keep-alive connection: every request on it reaches the same server process. */
function connection(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const request = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    new Promise<Reply>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request({ agent, host: '127.0.0.1', port, method, path, headers: { ...headers, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, headers: res.headers }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}
type Connection = ReturnType<typeof connection>;

const workerOf = async (c: Connection) => (JSON.parse((await c.request('GET', '/api/health')).body) as { worker: number }).worker;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, fn: () => T | undefined | Promise<T | undefined>, ms = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await fn();
    if (v !== undefined) return v;
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.runIf(baseUrl)('two server processes (NETRA_WORKERS=2)', () => {
  let server: ServerDatabase | undefined;
  let name: string;
  let primary: ChildProcess;
  let port: number;
  let out = '';
  /** pids of the server processes, from the primary's "process N listening (pid P)" lines */
  const pidsOf = (index: number) => [...out.matchAll(new RegExp(`process ${index} listening \\(pid (\\d+)\\)`, 'g'))].map((m) => Number(m[1]));
  const connections: Connection[] = [];
  /** a connection that reaches process `index` (the primary hands connections to the processes in turn) */
  const connectionTo = async (index: number) =>
    until(`a connection to process ${index}`, async () => {
      const c = connection(port);
      connections.push(c);
      return (await workerOf(c)) === index ? c : undefined;
    });

  beforeAll(async () => {
    server = await createServerDatabase(baseUrl!, 'netra_cluster');
    name = server.name;
    port = await freePort();
    const env = { ...process.env, DATABASE_URL: server.url, NETRA_WORKERS: '2', PORT: String(port), HOST: '127.0.0.1', NETRA_DEMO: '1', NETRA_LOG_LEVEL: 'warn', NETRA_SWEEP_SECONDS: '0', NETRA_DATA_DIR: `/tmp/${name}` };
    primary = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    primary.stdout!.on('data', (d) => (out += d));
    primary.stderr!.on('data', (d) => (out += d));
    await until('the ready line', () => (primary.exitCode !== null ? Promise.reject(new Error(`server exited: ${out}`)) : out.includes('Netra siap') ? true : undefined), 110_000);
  }, 120_000);

  afterAll(async () => {
    for (const c of connections) c.close();
    if (primary && primary.exitCode === null && primary.signalCode === null) {
      primary.kill('SIGKILL');
      for (const pid of [...pidsOf(0), ...pidsOf(1)]) if (alive(pid)) process.kill(pid, 'SIGKILL');
    }
    rmSync(`/tmp/${name}`, { recursive: true, force: true });
    await server?.drop();
  }, 60_000);

  it('prepares the database once and serves one port from two processes', async () => {
    // The primary migrates and seeds; the server processes only open their pools.
    expect(out.match(/Netra: basis data/g)).toHaveLength(1);
    expect(out.match(/Data demo Pilkada 2024 Banten dibuat/g)).toHaveLength(1);
    expect(out).toContain('Netra: 2 proses server / server processes');
    // The primary makes the data key (no NETRA_DATA_KEY here) before either process starts; they read it.
    expect(out.match(/Kunci data baru dibuat \/ new data key made/g)).toHaveLength(1);
    const [p0, p1] = [pidsOf(0), pidsOf(1)];
    expect(p0).toHaveLength(1);
    expect(p1).toHaveLength(1);
    expect(p0[0]).not.toBe(primary.pid);
    expect(p0[0]).not.toBe(p1[0]);
    const seen = new Set<number>();
    for (let i = 0; i < 6; i++) {
      const c = connection(port);
      connections.push(c);
      seen.add(await workerOf(c));
    }
    expect([...seen].sort()).toEqual([0, 1]);
  });

  it('decides a case right when the two processes take turns at it, and a logout in one is honoured by the other', async () => {
    const [a, b] = [await connectionTo(0), await connectionTo(1)];
    const login = await a.request('POST', '/api/v1/auth/login', {}, { username: 'kota-serang.penanganan', password: 'netra-demo-2024' });
    expect(login.status).toBe(200);
    const headers = { cookie: [login.headers['set-cookie'] ?? []].flat()[0]!.split(';')[0]!, 'x-csrf-token': (JSON.parse(login.body) as { csrfToken: string }).csrfToken };

    // Process 0 takes the report in (and keeps the case); process 1 acts next (reads it afresh);
    // then each acts on a copy the other has moved on since: the write refuses the stale copy, and
    // the action is decided again on what is stored.
    const created = await a.request('POST', '/api/v1/cases', headers, laporanBody());
    expect(created.status).toBe(201);
    const id = (JSON.parse(created.body) as { id: string }).id;
    const act = (c: Connection, action: string, body: unknown = {}) => c.request('POST', `/api/v1/cases/${id}/actions/${action}`, headers, body);
    const steps: [Connection, string, unknown][] = [
      [b, 'mulai-kajian-awal', {}],
      [a, 'nilai-syarat', allRequirementsMet()],
      [b, 'registrasi', {}],
    ];
    for (const [c, action, body] of steps) {
      const res = await act(c, action, body);
      expect(res.status, `${action}: ${res.body}`).toBe(200);
    }
    // A step the stale copy in process 0 would still allow (it last saw the case before registration).
    const again = await act(a, 'registrasi');
    expect(again.status).toBe(409);

    const seenBy = await Promise.all([a, b].map(async (c) => JSON.parse((await c.request('GET', `/api/v1/cases/${id}`, headers)).body) as { state: string; registerNumber: string | null; version: number }));
    expect(seenBy.map((x) => x.state)).toEqual(['diregistrasi', 'diregistrasi']);
    expect(seenBy[0]!.registerNumber).toMatch(/^\d{3}\/Reg\/LP\/PW\/Kota\/36\.73\//);
    expect(seenBy[1]).toEqual(seenBy[0]);
    // The reporter's identity, sealed by process 0 under the key the primary made, opens in process 1.
    const reporters = await Promise.all([a, b].map((c) => c.request('GET', `/api/v1/cases/${id}/reporter`, headers)));
    expect(reporters.map((r) => r.status)).toEqual([200, 200]);
    expect(reporters.map((r) => (JSON.parse(r.body) as { name: string }).name)).toEqual([laporanBody().reporter.name, laporanBody().reporter.name]);

    // Signed out through process 0; process 1 still has the session in its cache, and its write refuses it.
    expect((await a.request('POST', '/api/v1/auth/logout', headers, {})).status).toBe(200);
    expect((await act(b, 'undang-klarifikasi', { invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2026-12-01T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] })).status).toBe(401);
  });

  it('starts a process that died again, with the same index and the primary\'s data key', async () => {
    // The key file moved away meanwhile: the new process must still use the primary's key, not make one.
    renameSync(`/tmp/${name}/data.key`, `/tmp/${name}/data.key.moved`);
    const [old] = pidsOf(1);
    process.kill(old!, 'SIGKILL');
    await until('process 1 restarted', () => (pidsOf(1).length === 2 ? true : undefined), 30_000);
    expect(out).toMatch(/Proses 1 berhenti \(SIGKILL\), dijalankan lagi/);
    const fresh = pidsOf(1)[1]!;
    expect(fresh).not.toBe(old);
    expect(alive(fresh)).toBe(true);
    const c = await connectionTo(1);
    expect(pidsOf(0)).toHaveLength(1);
    expect(existsSync(`/tmp/${name}/data.key`)).toBe(false);
    const login = await c.request('POST', '/api/v1/auth/login', {}, { username: 'kota-serang.penanganan', password: 'netra-demo-2024' });
    const headers = { cookie: [login.headers['set-cookie'] ?? []].flat()[0]!.split(';')[0]! };
    const list = JSON.parse((await c.request('GET', '/api/v1/cases?limit=50&kind=laporan', headers)).body) as { items: { id: string }[] };
    const reporter = await c.request('GET', `/api/v1/cases/${list.items[0]!.id}/reporter`, headers);
    expect(reporter.status, reporter.body).toBe(200);
  });

  it('stops every process on SIGTERM and exits 0', async () => {
    const pids = [pidsOf(0).at(-1)!, pidsOf(1).at(-1)!];
    const exited = new Promise<number | null>((resolve) => primary.once('exit', (code) => resolve(code)));
    primary.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(pids.filter(alive)).toEqual([]);
    expect(out).toContain('Netra berhenti / stopping (SIGTERM)');
  });
});
