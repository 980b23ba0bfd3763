// Several server processes on one machine (decision 012). The primary process prepares the
// database once, then starts NETRA_WORKERS server processes with node:cluster; they share the
// listening port (the primary hands each new connection to the next process in turn) and each
// has its own database pool and case cache. A process that dies is started again with the same
// index; one that keeps dying right after its start waits longer each time (up to 30 s).
import cluster, { type Worker } from 'node:cluster';

export type SuperviseOptions = {
  workers: number;
  log: (line: string) => void;
  /** the environment of every server process, besides NETRA_WORKER_INDEX */
  env?: Record<string, string>;
  /** first wait before starting a crashed process again (doubled while it keeps crashing) */
  restartDelayMs?: number;
  /** a process that lived at least this long is not counted as crashing */
  stableMs?: number;
  /** how long a stop waits for the processes to close before killing them */
  stopTimeoutMs?: number;
};

export type Supervisor = {
  /** resolves once every process listens (the first time) */
  ready: Promise<void>;
  /** stops every process (SIGTERM, then SIGKILL after stopTimeoutMs); resolves when all exited */
  stop: () => Promise<void>;
};

const MAX_RESTART_DELAY_MS = 30_000;

export function superviseWorkers(opts: SuperviseOptions): Supervisor {
  const restartDelayMs = opts.restartDelayMs ?? 1000;
  const stableMs = opts.stableMs ?? 10_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 10_000;
  const live = new Map<number, Worker>();
  const delay = new Map<number, number>();
  const listenedOnce = new Set<number>();
  let stopping = false;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const start = (index: number) => {
    const startedAt = Date.now();
    const worker = cluster.fork({ ...opts.env, NETRA_WORKER_INDEX: String(index) });
    live.set(index, worker);
    worker.on('listening', () => {
      opts.log(`Proses ${index} siap / process ${index} listening (pid ${worker.process.pid})`);
      listenedOnce.add(index);
      if (listenedOnce.size === opts.workers) markReady();
    });
    worker.on('exit', (code, signal) => {
      live.delete(index);
      if (stopping) return;
      const crashed = Date.now() - startedAt < stableMs;
      const wait = crashed ? Math.min((delay.get(index) ?? restartDelayMs / 2) * 2, MAX_RESTART_DELAY_MS) : restartDelayMs;
      delay.set(index, wait);
      opts.log(`Proses ${index} berhenti (${signal ?? `kode ${code}`}), dijalankan lagi dalam ${wait} ms / process ${index} exited (${signal ?? `code ${code}`}), restarting in ${wait} ms`);
      setTimeout(() => {
        if (!stopping) start(index);
      }, wait);
    });
  };

  for (let i = 0; i < opts.workers; i++) start(i);

  const stop = async () => {
    stopping = true;
    const exits = [...live.values()].map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of live.values()) w.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const w of live.values()) w.process.kill('SIGKILL');
    }, stopTimeoutMs);
    await Promise.all(exits);
    clearTimeout(killer);
  };

  return { ready, stop };
}
