// The load generator as a second process: receives LoadOptions over IPC, answers a LoadResult.
import { runLoad, type LoadOptions } from './lib/load.js';

process.once('message', (msg: LoadOptions) => {
  const cpu0 = process.cpuUsage();
  runLoad(msg)
    .then((result) => {
      const cpu = process.cpuUsage(cpu0);
      process.send!({ ok: true, result, cpuMs: (cpu.user + cpu.system) / 1000 }, () => process.exit(0));
    })
    .catch((err: unknown) => {
      process.send!({ ok: false, error: String(err instanceof Error ? err.stack : err) }, () => process.exit(1));
    });
});
