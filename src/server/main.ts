// Boot: config → database → migrations → regions → demo → HTTP.
import { buildApp } from './http/app.js';
import { makeDeps } from './http/deps.js';
import { sendReminders } from './modules/cases/send-reminders.js';
import { sweepOverdue } from './modules/cases/sweep-overdue.js';
import { loadConfig } from './config.js';
import { openConfiguredDatabase, prepareDatabase } from './boot.js';

const started = performance.now();
const config = loadConfig();
const log = (line: string) => console.log(line);
const database = await openConfiguredDatabase(config);
log(`Netra: basis data / database: ${database.describe}`);
await prepareDatabase(database, config, log);
const deps = makeDeps({ db: database.db, config });
const app = await buildApp(deps, { logger: config.logLevel !== 'silent' });

// The deadline sweep: marks cases whose deadline has passed (idempotent; safe on several nodes).
let sweeping = false;
const sweep = async () => {
  if (sweeping) return;
  sweeping = true;
  try {
    const marked = await sweepOverdue(deps);
    if (marked > 0) app.log.info({ marked }, 'deadline sweep: cases became overdue');
    const reminded = await sendReminders(deps);
    if (reminded.cases > 0) app.log.info(reminded, 'deadline reminders sent');
  } catch (err) {
    app.log.error({ err }, 'deadline sweep failed');
  } finally {
    sweeping = false;
  }
};
const sweepTimer = config.sweepSeconds > 0 ? setInterval(() => void sweep(), config.sweepSeconds * 1000) : undefined;
sweepTimer?.unref();

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log(`Netra berhenti / stopping (${signal})`);
  if (sweepTimer) clearInterval(sweepTimer);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
log(`Netra siap dalam / ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}`);
