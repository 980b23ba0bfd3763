// Two server processes on one PostgreSQL register 1,000 cases at once: the register numbers are
// unique and gapless (001 … 1000). Needs PostgreSQL: NETRA_TEST_PG_URL (CI sets it in both legs) or
// DATABASE_URL. On a laptop without it the test skips with a printed reason; in CI it fails.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, rowsOf, type Database } from '../../db/client.js';
import { createServerDatabase, type ServerDatabase } from '../../test/server-database.js';
import { makeDeps } from '../../http/deps.js';
import { buildApp } from '../../http/app.js';
import { allRequirementsMet, laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn } from '../../test/factories.js';
import { testConfig } from '../../test/harness.js';
import { loadRegions } from '../regions/load-regions.js';
import { seedCalendar } from '../law/calendar.repository.js';
import { OFFICIAL_CALENDAR } from '../../../core/law/index.js';
import { signInOver, startNetra, type NetraProcess } from '../../test/server-process.js';
import { TEST_DATA_KEY_BASE64 } from '../../test/data-key.js';

const baseUrl = process.env.NETRA_TEST_PG_URL ?? process.env.DATABASE_URL;
if (!baseUrl && process.env.CI) throw new Error('CI=true but no PostgreSQL (NETRA_TEST_PG_URL or DATABASE_URL): this test must run in CI.');
if (!baseUrl) console.warn('[register-concurrency] SKIPPED: needs PostgreSQL (set NETRA_TEST_PG_URL or DATABASE_URL).');

const CASES = 1000;
const NOW = new Date('2024-11-10T05:00:00Z');

describe.runIf(baseUrl)('register numbers across two server processes', () => {
  let server: ServerDatabase | undefined;
  let db: Database;
  const nodes: NetraProcess[] = [];

  beforeAll(async () => {
    server = await createServerDatabase(baseUrl!, 'netra_conc');
    db = await openDatabase({ databaseUrl: server.url, poolSize: 8 });
    await db.migrate();
    await loadRegions({ db: db.db });
    await seedCalendar(db.db, OFFICIAL_CALENDAR);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(nodes.map((n) => n.stop()));
    await db?.close();
    await server?.drop();
  });

  it('gives 1,000 concurrent registrations the numbers 1 to 1,000, each once', async () => {
    // Prepare 1,000 cases up to the point of registration, in-process, through the real app.
    const app = await buildApp(makeDeps({ db: db.db, config: testConfig(), now: () => NOW }));
    const office = await makeOffice(db.db, { regionCode: '36.73' });
    const user = await makeUser(db.db, { office, role: 'penanganan' });
    const s = await signIn(app, user);
    const ids: string[] = [];
    for (let i = 0; i < CASES; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, CASES - i) }, async () => {
          const id = (await app.inject({ method: 'POST', url: '/api/v1/cases', headers: s.headers, payload: laporanBody() })).json().id as string;
          await app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/mulai-kajian-awal`, headers: s.headers, payload: {} });
          await app.inject({ method: 'POST', url: `/api/v1/cases/${id}/actions/nilai-syarat`, headers: s.headers, payload: allRequirementsMet() });
          return id;
        }),
      );
      ids.push(...batch);
    }
    await app.close();

    const env = { DATABASE_URL: server!.url, NETRA_DEMO: '0', NETRA_DATA_KEY: TEST_DATA_KEY_BASE64, NETRA_LOGIN_RATE_PER_MINUTE: '1000' };
    const [a, b] = await Promise.all([startNetra(env), startNetra(env)]);
    nodes.push(a, b);
    const heads = [await signInOver(a.url, user), await signInOver(b.url, user)];
    const targets = [a.url, b.url];

    // 40 requests in flight, alternating between the two processes.
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 40 }, async (_, worker) => {
        while (next < ids.length) {
          const k = next++;
          const node = (k + worker) % 2;
          const res = await fetch(`${targets[node]}/api/v1/cases/${ids[k]}/actions/registrasi`, { method: 'POST', headers: heads[node]!, body: '{}' });
          statuses.push(res.status);
          await res.arrayBuffer();
        }
      }),
    );
    expect(statuses.filter((x) => x !== 200)).toEqual([]);

    const rows = rowsOf<{ register_number: string }>(await db.db.execute(sql`select register_number from cases where office_id = ${office.id} and register_number is not null`));
    const seqs = rows.map((r) => Number(r.register_number.split('/')[0])).sort((x, y) => x - y);
    expect(seqs).toHaveLength(CASES);
    expect(new Set(rows.map((r) => r.register_number)).size).toBe(CASES);
    expect(seqs).toEqual(Array.from({ length: CASES }, (_, i) => i + 1));
  }, 300_000);
});
