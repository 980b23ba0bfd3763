// One of the app's server processes when the bench runs with --workers N: started by
// superviseWorkers (src/server/cluster.ts, as `npm start` with NETRA_WORKERS does), it serves the
// same app as the single-process bench (startApp: fixed clock, baseline route) on the shared port,
// and tells the bench how many queries it has sent when asked.
import { openDatabase } from '../../src/server/db/client.js';
import { startApp } from './app.js';
import { countQueries } from './observe.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_APP_DATABASE_URL!, poolSize: Number(process.env.BENCH_APP_POOL) });
const queries = countQueries();
await startApp(database, Number(process.env.BENCH_APP_PORT));
process.on('message', (msg) => {
  if (msg === 'queries') process.send!({ queries: queries() });
});
process.on('SIGTERM', () => void database.close().finally(() => process.exit(0)));
