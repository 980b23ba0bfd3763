// Boot: config → database → migrations → regions → demo → HTTP.
import { buildApp } from './http/app.js';
import { makeDeps } from './http/deps.js';
import { loadConfig } from './config.js';
import { openConfiguredDatabase, prepareDatabase } from './boot.js';

const started = performance.now();
const config = loadConfig();
const log = (line: string) => console.log(line);
const database = await openConfiguredDatabase(config);
log(`Netra: basis data / database: ${database.describe}`);
await prepareDatabase(database, config, log);
const app = await buildApp(makeDeps({ db: database.db, config }), { logger: config.logLevel !== 'silent' });

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  log(`Netra berhenti / stopping (${signal})`);
  await app.close();
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
log(`Netra siap dalam / ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}`);
