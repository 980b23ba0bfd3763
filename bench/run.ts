// Netra benchmark: case lifecycles through the HTTP API on PostgreSQL, beside a trivial-insert
// baseline on the same app and database, optionally with 1,000,000 cases already stored.
//   npm run bench                       empty database
//   npm run bench -- --scale 1000000    bulk-load 1M cases first, then lifecycles and the inbox
// Options: see bench/README.md.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Database } from '../src/server/db/client.js';
import { makeOffice, makeUser } from '../src/server/test/factories.js';
import { findOfficeById } from '../src/server/modules/offices/offices.repository.js';
import { startApp, startAppProcesses } from './lib/app.js';
import { measureExports } from './lib/export.js';
import { bulkLoad, explainInbox, LIFECYCLE_EXTRA_REGIONS, type BulkSummary } from './lib/bulk.js';
import { makeClient, signIn, type Session } from './lib/http.js';
import { LIFECYCLE_REQUESTS, runLoad, type LoadOptions, type LoadResult, type Scenario } from './lib/load.js';
import { observe, waitQuiet, type AppProcesses, type Observation } from './lib/observe.js';
import { startProfile, type ProfileSummary } from './lib/profile.js';
import { printReport, type Report } from './lib/report.js';
import { BENCH_DB, dropDatabase, ensureDatabase, makeCast, prepare, readMeta, withDatabase, writeMeta, type Cast } from './lib/setup.js';
import { captureTemplates } from './lib/templates.js';

const here = path.dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0' },
    duration: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '24' },
    'inbox-concurrency': { type: 'string', default: '4' },
    'inbox-duration': { type: 'string', default: '10' },
    pool: { type: 'string', default: '10' },
    workers: { type: 'string', default: '1' },
    client: { type: 'string', default: 'process' },
    offices: { type: 'string', default: '1' },
    only: { type: 'string', default: 'lifecycle,minimal,baseline,inbox,export' },
    'server-url': { type: 'string' },
    database: { type: 'string', default: BENCH_DB },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    pglite: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: true },
    profile: { type: 'boolean', default: false },
    'wait-quiet': { type: 'string', default: '180' },
    retries: { type: 'string', default: '2' },
    label: { type: 'string' },
  },
  allowPositionals: false,
});

const num = (s: string | undefined, name: string) => {
  const n = Number(String(s).replace(/_/g, ''));
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name}: not a number: ${s}`);
  return n;
};
const scale = num(args.scale, 'scale');
const durationS = num(args.duration, 'duration');
const warmupS = num(args.warmup, 'warmup');
const concurrency = num(args.concurrency, 'concurrency');
const inboxConcurrency = num(args['inbox-concurrency'], 'inbox-concurrency');
const inboxDurationS = num(args['inbox-duration'], 'inbox-duration');
const poolSize = num(args.pool, 'pool');
const officeCount = Math.max(1, num(args.offices, 'offices'));
const workers = Math.max(1, num(args.workers, 'workers'));
if (workers > 1 && (args.pglite || args.profile)) throw new Error('--workers > 1 needs PostgreSQL, and profiles only a single app process (no --pglite, no --profile)');
const clientMode = args.client === 'inline' ? 'inline' : 'process';
const only = new Set(args.only!.split(','));
const serverUrl = args['server-url'] ?? process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const log = (line: string) => console.log(`[bench] ${line}`);

/** Runs the load generator, in a child process (default) or in this process (--client inline). */
async function load(opts: LoadOptions): Promise<{ result: LoadResult; loadGenCpuMs: number }> {
  if (clientMode === 'inline') {
    const result = await runLoad(opts);
    return { result, loadGenCpuMs: 0 };
  }
  const child = fork(path.join(here, 'client.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('message', (msg: { ok: true; result: LoadResult } | { ok: false; error: string }) => {
      if (msg.ok) resolve({ result: msg.result, loadGenCpuMs: msg.result.cpuMsInWindow });
      else reject(new Error(msg.error));
    });
    child.once('exit', (code) => code !== 0 && reject(new Error(`load generator exited with ${code}`)));
    child.send(opts);
  });
}

let appProcesses: AppProcesses | undefined;

/** One measured run with the observer on during the window. */
type Measured = LoadResult & { observed?: Observation & { loadGenCpuPct: number }; profile?: ProfileSummary; attempts?: number };

/** A measured run, repeated (up to --retries) when other processes took more than 20 % of a core; keeps the least disturbed. */
async function measured(database: Database, name: string, opts: LoadOptions): Promise<Measured> {
  const retries = num(args.retries, 'retries');
  let best: Measured | undefined;
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    const quietS = num(args['wait-quiet'], 'wait-quiet');
    if (quietS > 0) await waitQuiet(log, quietS);
    const m = { ...(await measuredOnce(database, name, opts)), attempts: attempt };
    if (!best || (m.observed?.otherCpuPct ?? 0) < (best.observed?.otherCpuPct ?? 0)) best = m;
    const other = m.observed?.otherCpuPct ?? 0;
    if (other <= 20) return m;
    log(`${name}: other processes took ${other}% of a core${attempt <= retries ? ': measuring again' : ''}`);
  }
  return best!;
}

async function measuredOnce(database: Database, name: string, opts: LoadOptions): Promise<Measured> {
  log(`${name}: ${opts.concurrency} in flight, ${opts.warmupS} s warm-up + ${opts.durationS} s measured (client: ${clientMode})`);
  let stopObserving: ReturnType<typeof observe> | undefined;
  let stopProfile: Promise<Awaited<ReturnType<typeof startProfile>>> | undefined;
  const timer = setTimeout(() => {
    if (database.kind === 'postgres') stopObserving = observe(withDatabase(serverUrl, args.database!), args.database!, appProcesses);
    if (args.profile && (name === 'lifecycle' || name === 'minimal')) stopProfile = startProfile();
  }, opts.warmupS * 1000);
  const { result, loadGenCpuMs } = await load(opts);
  clearTimeout(timer);
  const observed = stopObserving ? await stopObserving(clientMode === 'process' ? loadGenCpuMs : 0) : undefined;
  const profile = stopProfile ? await (await stopProfile)(path.join(os.tmpdir(), `netra-bench-${name}-${Date.now()}.cpuprofile`)) : undefined;
  log(`${name}: ${result.unitsPerS.toFixed(1)}/s, ${result.requestsPerS.toFixed(0)} req/s, errors ${result.errors}${result.errorSamples.length ? `\n  ${result.errorSamples.join('\n  ')}` : ''}`);
  return { ...result, ...(observed ? { observed } : {}), ...(profile ? { profile } : {}) };
}

async function main() {
  const started = new Date();
  let database: Database;
  if (args.pglite) {
    log('PGlite (embedded, in memory): possible, but not the target');
    database = await openDatabase({});
  } else {
    const created = await ensureDatabase(serverUrl, args.database!, !args.reuse);
    log(`PostgreSQL ${new URL(serverUrl).host}/${args.database} (${created ? 'created' : 'reused'}), pool ${poolSize}`);
    database = await openDatabase({ databaseUrl: withDatabase(serverUrl, args.database!), poolSize });
  }
  await prepare(database);
  const serverInfo = database.kind === 'postgres'
    ? Object.fromEntries(rowsOf<{ name: string; setting: string }>(await database.db.execute(sql`select name, setting from pg_settings where name in ('server_version', 'fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'work_mem')`)).map((r) => [r.name, r.setting]))
    : {};

  // The app: in this process, or (--workers N) in N server processes as NETRA_WORKERS runs it.
  const server = workers > 1 ? await startAppProcesses(withDatabase(serverUrl, args.database!), { workers, poolSize, log }) : await startApp(database);
  appProcesses = 'processes' in server ? server.processes : undefined;
  const { url } = server;
  const client = makeClient(url, 4);
  try {
    // The cast: a Bawaslu Kota Serang office (36.73) with a penanganan and a pimpinan user; with
    // --offices N, more offices elsewhere (receipt numbers carry the region, so one per region).
    const meta = args.reuse ? await readMeta(database) : undefined;
    let bulk = meta?.bulk as BulkSummary | undefined;
    if (meta) log(`reusing the loaded database: ${meta.bulk?.rows ?? 0} cases from an earlier --keep run`);
    const casts: Cast[] = [];
    for (let i = 0; i < officeCount; i++) {
      if (i === 0 && meta) casts.push(meta.cast);
      else casts.push(await makeCast(database, i === 0 ? '36.73' : LIFECYCLE_EXTRA_REGIONS[(i - 1) % LIFECYCLE_EXTRA_REGIONS.length]!));
    }
    const sessions = await Promise.all(casts.map(async (c) => ({ staff: await signIn(client, c.staff.username, c.staff.password), member: await signIn(client, c.member.username, c.member.password), cast: c })));
    const main = sessions[0]!;

    if (scale > 0 && !(meta && (meta.bulk?.rows ?? 0) >= scale)) {
      const templates = await captureTemplates(database, client, main.staff, main.member);
      log(`templates captured from the API: ${templates.join(', ')}`);
      bulk = await bulkLoad(database, { scale, benchOffice: main.cast.office, log });
    }
    if (!args.pglite) await writeMeta(database, { cast: main.cast, bulk });
    const casesBefore = Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from cases`))[0]!.n);
    log(`cases stored before the run: ${casesBefore}`);

    const base = { url, warmupS, durationS };
    const results: Report['results'] = {};
    if (only.has('lifecycle')) {
      // Workers take the offices in turn (one office unless --offices).
      if (sessions.length === 1) results.lifecycle = await measured(database, 'lifecycle', { ...base, concurrency, scenario: { kind: 'lifecycle', staff: main.staff, member: main.member } });
      else {
        const per = Math.ceil(concurrency / sessions.length);
        const parts = await Promise.all(sessions.map((s) => load({ ...base, concurrency: per, scenario: { kind: 'lifecycle', staff: s.staff, member: s.member } })));
        results.lifecycle = mergeResults(parts.map((p) => p.result));
        log(`lifecycle over ${sessions.length} offices: ${results.lifecycle.unitsPerS.toFixed(1)}/s, errors ${results.lifecycle.errors}`);
      }
    }
    // The same lifecycle, each action asking for a receipt instead of the case page (Prefer: return=minimal).
    if (only.has('minimal')) results.minimal = await measured(database, 'minimal', { ...base, concurrency, scenario: { kind: 'lifecycle', staff: main.staff, member: main.member, minimal: true } });
    // The lifecycle as the staff console sends it: keyed, with If-Match (decisions 017 and 018).
    if (only.has('console')) results.console = await measured(database, 'console', { ...base, concurrency, scenario: { kind: 'lifecycle', staff: main.staff, member: main.member, console: true } });
    if (only.has('floor')) results.floor = await measured(database, 'floor', { ...base, concurrency, scenario: { kind: 'floor', staff: main.staff, member: main.member } });
    if (only.has('baseline')) results.baseline = await measured(database, 'baseline', { ...base, concurrency, scenario: { kind: 'baseline' } });
    const variants = only.has('inbox') || only.has('export') ? await inboxVariants(database, main.staff, client, casesBefore > 10_000) : [];
    if (only.has('inbox')) {
      results.inbox = await measured(database, 'inbox', { url, warmupS: 2, durationS: inboxDurationS, concurrency: inboxConcurrency, scenario: { kind: 'inbox', variants } });
      if (database.kind === 'postgres' && args.explain && workers === 1) results.explain = await explainInbox(withDatabase(serverUrl, args.database!), client, variants);
      else if (workers > 1) log('inbox: no EXPLAIN with --workers (the SQL is captured in the app process)');
    }
    // Each scope's whole inbox as CSV, one download at a time (the export, not a load test).
    if (only.has('export')) {
      const scopes = variants.filter((v) => v.path === '/api/v1/cases?limit=50').map((v) => ({ name: v.name.replace(/^inbox /, 'export ').replace(/ limit=50$/, ''), session: v.session }));
      results.export = await measureExports(url, scopes, () => appProcesses?.pids() ?? [process.pid], log);
    }
    const casesAfter = Number(rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from cases`))[0]!.n);

    const report: Report = {
      // A reused database keeps the scale it was loaded at (--reuse without --scale).
      scenario: (bulk?.rows ?? scale) > 0 ? `scale-${bulk?.rows ?? scale}` : 'empty',
      label: args.label ?? null,
      at: started.toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      database: { kind: database.kind, ...serverInfo, pool: poolSize, casesBefore, casesAfter },
      options: { concurrency, durationS, warmupS, inboxConcurrency, inboxDurationS, client: clientMode, offices: officeCount, workers, lifecycleRequests: LIFECYCLE_REQUESTS },
      ...(bulk ? { bulk } : {}),
      results,
    };
    printReport(report);
    const dir = path.join(here, 'results');
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${started.toISOString().slice(0, 10)}-${report.scenario}${args.pglite ? '-pglite' : ''}${args.label ? `-${args.label}` : ''}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    log(`results written to ${path.relative(process.cwd(), file)}`);
  } finally {
    client.close();
    await server.close();
    await database.close();
    if (!args.pglite && !args.keep && !args.reuse) await dropDatabase(serverUrl, args.database!);
    else if (!args.pglite) log(`database ${args.database} kept (rerun with --reuse to skip the bulk load; drop it with --scale 0 and no --keep, or: dropdb)`);
  }
}

function mergeResults(parts: LoadResult[]): LoadResult {
  const first = parts[0]!;
  const kinds: LoadResult['kinds'] = {};
  for (const p of parts) for (const [k, v] of Object.entries(p.kinds)) {
    const prev = kinds[k];
    // Percentiles cannot be merged exactly: keep the worst part's, add up the counts.
    kinds[k] = prev ? { ...v, n: prev.n + v.n, perS: prev.perS + v.perS, p50: Math.max(prev.p50, v.p50), p95: Math.max(prev.p95, v.p95), p99: Math.max(prev.p99, v.p99), max: Math.max(prev.max, v.max), mean: (prev.mean + v.mean) / 2 } : v;
  }
  return {
    ...first,
    concurrency: parts.reduce((a, p) => a + p.concurrency, 0),
    unitsPerS: parts.reduce((a, p) => a + p.unitsPerS, 0),
    requestsPerS: parts.reduce((a, p) => a + p.requestsPerS, 0),
    units: parts.reduce((a, p) => a + p.units, 0),
    requests: parts.reduce((a, p) => a + p.requests, 0),
    errors: parts.reduce((a, p) => a + p.errors, 0),
    errorSamples: parts.flatMap((p) => p.errorSamples).slice(0, 5),
    kinds,
  };
}

/** The inbox as the kabupaten/kota staff sees it, and (at scale) as a province and the national office. */
async function inboxVariants(database: Database, staff: Session, client: ReturnType<typeof makeClient>, atScale: boolean): Promise<Extract<Scenario, { kind: 'inbox' }>['variants']> {
  const v = [
    { name: 'inbox kabkota limit=50', path: '/api/v1/cases?limit=50', session: staff },
    { name: 'inbox kabkota sort=due&open=true', path: '/api/v1/cases?limit=50&sort=due&open=true', session: staff },
    { name: 'inbox kabkota state=kajian', path: '/api/v1/cases?limit=50&state=kajian', session: staff },
    { name: 'inbox kabkota state=kajian,pleno', path: '/api/v1/cases?limit=50&state=kajian,pleno', session: staff },
    // The deadline filters (open cases whose nearest deadline passed, or falls within a day/week).
    // At scale the clones keep their templates' deadlines, shifted into 2019–2024: every open
    // clone is overdue, the worst case for the first.
    { name: 'inbox kabkota due=terlambat', path: '/api/v1/cases?limit=50&due=terlambat', session: staff },
    { name: 'inbox kabkota due=minggu-ini&sort=due', path: '/api/v1/cases?limit=50&due=minggu-ini&sort=due', session: staff },
  ];
  if (!atScale) return v;
  const prov = await makeOffice(database.db, { kind: 'bawaslu-provinsi', regionCode: '36', name: 'Bawaslu Provinsi Banten (bench)' });
  const ri = await makeOffice(database.db, { kind: 'bawaslu-ri', regionCode: null, name: 'Bawaslu RI (bench)' });
  const provUser = await makeUser(database.db, { office: prov, role: 'pimpinan' });
  const riUser = await makeUser(database.db, { office: ri, role: 'pimpinan' });
  const provSession = await signIn(client, provUser.username, provUser.password);
  const riSession = await signIn(client, riUser.username, riUser.password);
  // The smallest bulk-loaded kabupaten/kota office (about 1.7 % of the rows): the indexes must
  // serve small scopes as well as large ones.
  const small = rowsOf<{ id: string }>(
    await database.db.execute(sql`select o.id from offices o join cases c on c.office_id = o.id where o.kind = 'bawaslu-kabkota' and o.region_code not like '36.%' group by o.id order by count(*) asc, o.id limit 1`),
  )[0];
  const smallOffice = small ? await findOfficeById(database.db, small.id) : undefined;
  const smallVariants = [];
  if (smallOffice) {
    const u = await makeUser(database.db, { office: smallOffice, role: 'penanganan' });
    const s = await signIn(client, u.username, u.password);
    smallVariants.push(
      { name: `inbox small kabkota ${smallOffice.regionCode} limit=50`, path: '/api/v1/cases?limit=50', session: s },
      { name: `inbox small kabkota ${smallOffice.regionCode} sort=due&open=true`, path: '/api/v1/cases?limit=50&sort=due&open=true', session: s },
    );
  }
  return [
    ...v,
    ...smallVariants,
    { name: 'inbox provinsi limit=50', path: '/api/v1/cases?limit=50', session: provSession },
    { name: 'inbox provinsi sort=due&open=true', path: '/api/v1/cases?limit=50&sort=due&open=true', session: provSession },
    { name: 'inbox provinsi due=terlambat', path: '/api/v1/cases?limit=50&due=terlambat', session: provSession },
    { name: 'inbox RI limit=50', path: '/api/v1/cases?limit=50', session: riSession },
    { name: 'inbox RI sort=due&open=true', path: '/api/v1/cases?limit=50&sort=due&open=true', session: riSession },
  ];
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
