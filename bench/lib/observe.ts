// Where the time goes: CPU of the app process, the load generator and the PostgreSQL backends,
// queries sent by the app's pool, and what the backends wait on (sampled from pg_stat_activity).
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICK_MS = 10; // USER_HZ on Linux

/** CPU of a process; with `children`, also of its exited children (postmaster: parallel workers, closed backends). */
function procCpuMs(pid: number, children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0)) * TICK_MS;
  } catch {
    return 0;
  }
}

function parentPid(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}

/** The backends of the bench database and the cluster's own background processes (WAL writer, …). */
async function ourPostgresPids(client: pg.Client, datname: string): Promise<number[]> {
  const { rows } = await client.query<{ pid: number }>("select pid from pg_stat_activity where datname = $1 or backend_type <> 'client backend'", [datname]);
  return rows.map((r) => Number(r.pid));
}

function machineCpu(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  const idle = line[3]! + line[4]!;
  const total = line.reduce((a, b) => a + b, 0);
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS };
}

/** Counts queries issued through node-postgres in this process (the app's pool). */
let queryCount = 0;
let patched = false;
let capture: { text: string; values: unknown[] }[] | undefined;
function patch() {
  if (patched) return;
  patched = true;
  const proto = pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    if ((this as { benchObserver?: boolean }).benchObserver) return original.apply(this, args);
    queryCount++;
    if (capture) {
      const q = args[0] as string | { text: string; values?: unknown[] };
      capture.push(typeof q === 'string' ? { text: q, values: (args[1] as unknown[]) ?? [] } : { text: q.text, values: q.values ?? (args[1] as unknown[]) ?? [] });
    }
    return original.apply(this, args);
  };
}

export function countQueries(): () => number {
  patch();
  const start = queryCount;
  return () => queryCount - start;
}

/** The SQL (text and parameters) the app sends while fn runs. */
export async function captureQueries(fn: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  patch();
  capture = [];
  try {
    await fn();
    return capture;
  } finally {
    capture = undefined;
  }
}

export type Observation = {
  wallMs: number;
  machineBusyPct: number;
  appCpuPct: number;
  /** backends of the bench database plus the cluster's background processes */
  postgresCpuPct: number;
  /** every other process on the machine (other databases, other clusters, test runs of others) */
  otherCpuPct: number;
  appQueries: number;
  /** share of sampled backends of the bench database in each state / wait event */
  backendWaits: Record<string, number>;
  avgActiveBackends: number;
};

/** The app when it runs as several processes (--workers): their pids, and their queries so far. */
export type AppProcesses = { pids: () => number[]; queries: () => Promise<number> };

export function observe(serverUrl: string, datname: string, processes?: AppProcesses) {
  let pgPids: number[] = [];
  const pg0 = new Map<number, number>();
  let postmaster = 0;
  let postmaster0 = 0;
  const appPids = processes?.pids() ?? [];
  const appCpuMs0 = appPids.map((p) => procCpuMs(p));
  const appQueries0 = processes?.queries();
  const app0 = process.cpuUsage();
  const m0 = machineCpu();
  const t0 = performance.now();
  const q = countQueries();
  const waits = new Map<string, number>();
  let samples = 0;
  let activeTotal = 0;
  const client = new pg.Client({ connectionString: serverUrl });
  (client as unknown as { benchObserver: boolean }).benchObserver = true;
  let stop = false;
  const loop = (async () => {
    await client.connect();
    pgPids = await ourPostgresPids(client, datname);
    // The postmaster: its children's exited CPU covers the parallel workers queries start and stop.
    postmaster = pgPids.length ? parentPid(pgPids[0]!) : 0;
    if (postmaster) postmaster0 = procCpuMs(postmaster, true);
    for (const p of pgPids) pg0.set(p, procCpuMs(p));
    while (!stop) {
      const { rows } = await client.query<{ state: string | null; wait_event_type: string | null; wait_event: string | null }>(
        "select state, wait_event_type, wait_event from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_type = 'client backend'",
        [datname],
      );
      samples++;
      for (const r of rows) {
        const key = r.state === 'active' ? (r.wait_event_type ? `active: ${r.wait_event_type}/${r.wait_event}` : 'active: on CPU') : `${r.state}`;
        waits.set(key, (waits.get(key) ?? 0) + 1);
        if (r.state === 'active' || r.state === 'idle in transaction') activeTotal++;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    await client.end();
  })();
  /** loadGenCpuMs: CPU of the load generator when it ran in a child process (else it is in appCpuPct). */
  return async (loadGenCpuMs = 0): Promise<Observation & { loadGenCpuPct: number }> => {
    stop = true;
    const more = await ourPostgresPids(client, datname).catch(() => [] as number[]);
    await loop;
    const wallMs = performance.now() - t0;
    const m1 = machineCpu();
    const own = process.cpuUsage(app0);
    // With --workers the app is those processes; this one only observes.
    const appMs = processes ? appPids.reduce((a, p, i) => a + procCpuMs(p) - appCpuMs0[i]!, 0) : (own.user + own.system) / 1000;
    const queries = processes ? (await processes.queries()) - (await appQueries0!) : q();
    const pgMs = [...new Set([...pgPids, ...more])].reduce((a, p) => a + procCpuMs(p) - (pg0.get(p) ?? 0), 0) + (postmaster ? procCpuMs(postmaster, true) - postmaster0 : 0);
    const total = [...waits.values()].reduce((a, b) => a + b, 0) || 1;
    const backendWaits: Record<string, number> = {};
    for (const [k, v] of [...waits.entries()].sort((a, b) => b[1] - a[1])) backendWaits[k] = Math.round((v / total) * 1000) / 10;
    const pct = (ms: number) => Math.round((ms / wallMs) * 1000) / 10;
    return {
      wallMs: Math.round(wallMs),
      machineBusyPct: Math.round(((m1.busy - m0.busy) / (m1.total - m0.total)) * 1000) / 10,
      appCpuPct: pct(appMs),
      loadGenCpuPct: pct(loadGenCpuMs),
      postgresCpuPct: pct(pgMs),
      otherCpuPct: Math.max(0, Math.round(((m1.busy - m0.busy) / wallMs) * 1000) / 10 - pct(appMs) - pct(loadGenCpuMs) - pct(pgMs)),
      appQueries: queries,
      backendWaits,
      avgActiveBackends: Math.round((activeTotal / (samples || 1)) * 10) / 10,
    };
  };
}

/** Waits (up to maxS) until the machine has been nearly idle for 2 s: others share this machine. */
export async function waitQuiet(log: (line: string) => void, maxS = 180, busyPct = 12): Promise<number> {
  const t0 = performance.now();
  let warned = false;
  for (;;) {
    const a = machineCpu();
    await new Promise((r) => setTimeout(r, 2000));
    const b = machineCpu();
    const pct = ((b.busy - a.busy) / (b.total - a.total)) * 100;
    if (pct < busyPct) return (performance.now() - t0) / 1000;
    if ((performance.now() - t0) / 1000 > maxS) {
      log(`machine still ${pct.toFixed(0)}% busy after ${maxS} s: measuring anyway`);
      return (performance.now() - t0) / 1000;
    }
    if (!warned) log(`machine ${pct.toFixed(0)}% busy (other processes): waiting for it to settle …`);
    warned = true;
  }
}
