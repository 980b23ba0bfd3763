// Boot: config → database → migrations → regions → demo → HTTP. With NETRA_WORKERS > 1 (PostgreSQL
// only) this process prepares the database, then starts that many server processes and supervises
// them (cluster.ts, decision 012); each of them runs `serve` below.
import cluster from 'node:cluster';
import { buildApp } from './http/app.js';
import { makeDeps } from './http/deps.js';
import { sendReminders } from './modules/cases/send-reminders.js';
import { sweepOverdue } from './modules/cases/sweep-overdue.js';
import { mailOutageLog } from './modules/cases/sweep-log.js';
import { forgetKeys } from './modules/cases/idempotency-keys.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { loadConfig, type Config } from './config.js';
import { DatabaseUnreachableError, openConfiguredDatabase, prepareDatabase, waitForDatabase, withDataKey } from './boot.js';
import type { Database } from './db/client.js';
import { superviseWorkers } from './cluster.js';
import { DataKeyMismatchError } from './crypto/seal-stored.js';

const started = performance.now();
const log = (line: string) => console.log(line);
const readyLine = (config: Config) => `Netra siap dalam / ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}`;

/** The database, migrated and seeded: what one process does before any server listens. */
async function openPrepared(config: Config): Promise<Database> {
  const database = await openConfiguredDatabase(config);
  log(`Netra: basis data / database: ${database.describe}`);
  if (database.kind === 'postgres') await waitForDatabase(database, { seconds: config.dbWaitSeconds, log });
  await prepareDatabase(database, config, log);
  return database;
}

/** Runs `stop` once, on the first SIGINT or SIGTERM. */
function stopOnSignals(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  const once = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGINT', () => once('SIGINT'));
  process.on('SIGTERM', () => once('SIGTERM'));
}

/** One server process: the HTTP app on its own pool; process 0 also runs the deadline sweep. */
async function serve(config: Config, database: Database) {
  const deps = makeDeps({ db: database.db, config });
  const app = await buildApp(deps, { logger: config.logLevel !== 'silent' });

  // The deadline sweep: marks cases whose deadline has passed (idempotent; safe on several nodes,
  // but one process per machine is enough).
  let sweeping = false;
  const mailLog = mailOutageLog();
  const sweep = async () => {
    if (sweeping) return;
    sweeping = true;
    try {
      const marked = await sweepOverdue(deps);
      if (marked > 0) app.log.info({ marked }, 'deadline sweep: cases became overdue');
      await forgetKeys(deps.db, deps.now());
      const reminded = await sendReminders(deps);
      for (const line of mailLog(reminded, Date.now())) app.log[line.level](line.fields, line.message);
    } catch (err) {
      // The database away (a restart, a failover) is said in one line: the next sweep tries again.
      if (isDatabaseUnavailable(err)) app.log.warn({ reason: err instanceof Error ? err.message : String(err) }, 'deadline sweep: the database cannot be reached; the next sweep tries again');
      else app.log.error({ err }, 'deadline sweep failed');
    } finally {
      sweeping = false;
    }
  };
  const sweepTimer = config.sweepSeconds > 0 && config.workerIndex === 0 ? setInterval(() => void sweep(), config.sweepSeconds * 1000) : undefined;
  sweepTimer?.unref();

  stopOnSignals(async (signal) => {
    if (cluster.isPrimary) log(`Netra berhenti / stopping (${signal})`);
    if (sweepTimer) clearInterval(sweepTimer);
    await app.close();
    await database.close();
    process.exit(0);
  });

  await app.listen({ port: config.port, host: config.host });
  if (cluster.isPrimary) log(readyLine(config));
  // The first sweep at once: after a restart (or a node down on voting day), what became overdue
  // meanwhile is marked, and reminders due are sent, without waiting a whole interval.
  if (sweepTimer) void sweep();
}

/** The primary of several server processes: prepares the database once, then supervises them. */
async function supervise(config: Config & { dataKey: Buffer }) {
  await (await openPrepared(config)).close();
  log(`Netra: ${config.workers} proses server / server processes (NETRA_WORKERS)`);
  // The key the primary resolved goes to every process it starts, so that a process restarted
  // later never makes a key of its own (say, after data.key was moved away).
  const supervisor = superviseWorkers({ workers: config.workers, log, env: { NETRA_DATA_KEY: config.dataKey.toString('base64') } });
  stopOnSignals(async (signal) => {
    log(`Netra berhenti / stopping (${signal})`);
    await supervisor.stop();
    process.exit(0);
  });
  await supervisor.ready;
  log(readyLine(config));
}

let config: Config & { dataKey: Buffer };
try {
  // Server processes get the key the primary resolved (and logged) in NETRA_DATA_KEY.
  config = await withDataKey(loadConfig(), cluster.isPrimary ? log : undefined);
} catch (err) {
  // A configuration mistake is the operator's to fix: say what it is, without a stack trace.
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
try {
  if (cluster.isWorker) await serve(config, await openConfiguredDatabase(config));
  else if (config.workers > 1) await supervise(config);
  else await serve({ ...config, workerIndex: 0 }, await openPrepared(config)); // one process: process 0 (sweeps), whatever NETRA_WORKER_INDEX says
} catch (err) {
  // The wrong data key is a configuration mistake too: nothing was written under it. So is a
  // database that did not answer in NETRA_DB_WAIT_SECONDS.
  if (!(err instanceof DataKeyMismatchError || err instanceof DatabaseUnreachableError)) throw err;
  console.error(err.message);
  process.exit(1);
}
