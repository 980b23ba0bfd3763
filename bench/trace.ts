// Lists the SQL one lifecycle sends, request by request (npm run bench -- is not needed):
//   npx tsx bench/trace.ts
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../src/server/db/client.js';
import { laporanBody } from '../src/server/test/case-fixtures.js';
import { startApp } from './lib/app.js';
import { makeClient, signIn } from './lib/http.js';
import { LIFECYCLE } from './lib/load.js';
import { captureQueries } from './lib/observe.js';
import { dropDatabase, ensureDatabase, makeCast, prepare, withDatabase } from './lib/setup.js';

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
const name = 'netra_bench_trace';
await ensureDatabase(serverUrl, name, true);
const database = await openDatabase({ databaseUrl: withDatabase(serverUrl, name), poolSize: 10 });
await prepare(database);
const { app, url } = await startApp(database);
const client = makeClient(url, 1);
const cast = await makeCast(database);
const staff = await signIn(client, cast.staff.username, cast.staff.password);
const member = await signIn(client, cast.member.username, cast.member.password);
const verbose = process.argv.includes('--sql');
let id = '';
const ctx: { invitationId?: string } = {};
const steps = [{ kind: 'create', run: () => client.request('POST', '/api/v1/cases', staff.headers, laporanBody()) }, ...LIFECYCLE.map((s) => ({ kind: s.kind, run: () => client.request(s.method, s.path(id), (s.member ? member : staff).headers, s.body?.(ctx)) }))];
let total = 0;
for (const step of steps) {
  let body = '';
  const queries = await captureQueries(async () => {
    const res = await step.run();
    body = res.body;
  });
  if (step.kind === 'create') id = (JSON.parse(body) as { id: string }).id;
  if (step.kind === 'undang-klarifikasi') ctx.invitationId = (JSON.parse(body) as { invitations: { id: string }[] }).invitations[0]!.id;
  total += queries.length;
  console.log(`${step.kind}: ${queries.length} queries, response ${body.length} bytes`);
  if (verbose || step.kind === 'registrasi') for (const q of queries) console.log(`    ${q.text.replace(/\s+/g, ' ').slice(0, 160)}`);
}
console.log(`total ${total} queries per lifecycle`);
const row = rowsOf<Record<string, number>>(await database.db.execute(sql`select pg_column_size(facts) as facts, pg_column_size(deadlines) as deadlines, octet_length(facts::text) as facts_text from cases where id = ${id}`))[0];
console.log('row sizes (bytes):', row);
client.close();
await app.close();
await database.close();
await dropDatabase(serverUrl, name);
