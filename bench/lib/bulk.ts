// The 1M scenario: clone the rows captured from the API (bench_templates) into `cases` with SQL
// (insert … select … from generate_series), for the bench office and offices in other regions,
// then set the counters past the numbers used, VACUUM ANALYZE, and EXPLAIN the inbox queries.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../../src/server/db/client.js';
import { rowsOf } from '../../src/server/db/client.js';
import { makeOffice } from '../../src/server/test/factories.js';
import { receiptSequenceKey, sequenceKey } from '../../src/server/modules/cases/sequences.repository.js';
import type { OfficeRow } from '../../src/server/modules/offices/offices.repository.js';
import type { Client, Session } from './http.js';
import { captureQueries } from './observe.js';
import { BENCH_NOW } from './app.js';

/**
 * Which share of the rows each office holds, in slots of 1/1000: the bench office (Kota Serang)
 * 10 %, the seven other kabupaten/kota of Banten 5 % each (the province sees 45 %), the rest
 * spread over 32 kabupaten/kota elsewhere in the WIB time zone.
 */
const SLOTS = 1000;
const BENCH_SLOTS = 100;
const BANTEN_SLOTS = 50;
const OTHER_OFFICES = 32;

/**
 * Case states by share (per mille), for a store that is mostly history: 80 % closed or decided,
 * 20 % still open somewhere in the workflow.
 */
const STATE_MIX: [string, number][] = [
  ['diteruskan', 700],
  ['tidak-diregistrasi', 100],
  ['pelanggaran', 50],
  ['diterima', 30],
  ['kajian-awal', 30],
  ['diregistrasi', 20],
  ['klarifikasi', 20],
  ['kajian', 30],
  ['pleno', 20],
];

/** Numbers below this stay free: the template cases took the first receipt and register numbers. */
const SEQ_OFFSET = 101;
/** Regions left out of the bulk load: the extra lifecycle offices of --offices live there (DKI Jakarta). */
export const LIFECYCLE_EXTRA_REGIONS = ['31.71', '31.72', '31.73', '31.74', '31.75', '31.01'];

const FROM = Date.parse('2019-01-01T00:00:00+07:00');
const TO = Date.parse('2024-11-10T09:00:00+07:00');

export type BulkSummary = { rows: number; offices: number; benchOfficeRows: number; provinceRows: number; loadS: number; vacuumAnalyzeS: number; tableMb: number; totalMb: number; stateMix: Record<string, number> };

export async function bulkLoad(database: Database, o: { scale: number; benchOffice: OfficeRow; log: (line: string) => void }): Promise<BulkSummary> {
  const db = database.db;
  const t0 = performance.now();
  const templates = rowsOf<{ state: string; receipt_number: string; register_number: string | null }>(await db.execute(sql`select state, receipt_number, register_number from bench_templates`));
  for (const [state] of STATE_MIX) if (!templates.some((t) => t.state === state)) throw new Error(`no template row in state ${state}`);
  // The formats the app wrote, checked so that the clones follow them.
  const sample = templates.find((t) => t.register_number)!;
  if (!/^TBP\/36\.73\/2024\/\d{6}$/.test(templates[0]!.receipt_number) || !/^\d{3}\/Reg\/LP\/PW\/Kota\/36\.73\/[IVX]+\/2024$/.test(sample.register_number!)) {
    throw new Error(`receipt/register number formats changed (${templates[0]!.receipt_number}, ${sample.register_number}): update bench/lib/bulk.ts`);
  }

  // Offices: the bench office, Banten's other kabupaten/kota, and kabupaten/kota elsewhere in WIB.
  const banten = rowsOf<{ code: string; name: string }>(await db.execute(sql`select code, name from regions where level = 2 and parent_code = '36' and code <> '36.73' order by code`));
  const others = rowsOf<{ code: string; name: string }>(
    await db.execute(sql`select code, name from regions where level = 2 and time_zone = ${'WIB'} and parent_code not in ('36', '31') order by md5(code) limit ${OTHER_OFFICES}`),
  );
  if (others.length < OTHER_OFFICES) throw new Error(`only ${others.length} WIB kabupaten/kota found`);
  const offices: { id: string; region: string; slots: number }[] = [{ id: o.benchOffice.id, region: o.benchOffice.regionCode!, slots: BENCH_SLOTS }];
  for (const r of banten) offices.push({ id: (await makeOffice(db, { regionCode: r.code, name: `Bawaslu ${r.name} (bench)` })).id, region: r.code, slots: BANTEN_SLOTS });
  const rest = SLOTS - BENCH_SLOTS - BANTEN_SLOTS * banten.length;
  others.forEach((r, i) => offices.push({ id: '', region: r.code, slots: Math.floor((rest * (i + 1)) / others.length) - Math.floor((rest * i) / others.length) }));
  for (const off of offices.filter((x) => !x.id)) off.id = (await makeOffice(db, { regionCode: off.region, name: `Bawaslu ${off.region} (bench)` })).id;

  // bench_slots: slot → office, and the slot's rank within its office (for gapless-looking numbers).
  await db.execute(sql`drop table if exists bench_slots`);
  await db.execute(sql`create table bench_slots (slot int primary key, office_id uuid not null, region_code text not null, rank int not null, office_slots int not null)`);
  const slotRows: string[] = [];
  let slot = 0;
  for (const off of offices) for (let k = 0; k < off.slots; k++) slotRows.push(`(${slot++}, '${off.id}', '${off.region}', ${k}, ${off.slots})`);
  if (slot !== SLOTS) throw new Error(`slots: ${slot}`);
  await db.execute(sql.raw(`insert into bench_slots values ${slotRows.join(',')}`));
  await db.execute(sql`drop table if exists bench_states`);
  await db.execute(sql`create table bench_states (lo int, hi int, state text)`);
  let lo = 0;
  for (const [state, share] of STATE_MIX) {
    await db.execute(sql`insert into bench_states values (${lo}, ${lo + share}, ${state})`);
    lo += share;
  }
  // The template's sealed identity (decision 013), copied as is: rows of the real size, which do
  // not open for the clones (a sealed value is bound to its case). The bench never reads them.
  const identity = rowsOf<{ identity: string }>(await db.execute(sql`select identity from case_reporters r join bench_templates t on t.id = r.case_id limit 1`))[0]!.identity;

  const batch = 50_000;
  const spanS = Math.floor((TO - FROM) / 1000);
  for (let start = 1; start <= o.scale; start += batch) {
    const end = Math.min(o.scale, start + batch - 1);
    const b0 = performance.now();
    await db.execute(sql`
      with gen as (
        select g, gen_random_uuid() as id,
               (timestamptz '2019-01-01 00:00:00+07' + (((g::bigint * 2654435761) % 4294967291) % ${spanS}) * interval '1 second') as received_at,
               (((g::bigint * 2246822519 + 12345) % 1000003) % 1000)::int as pick, -- independent of g % 1000 (the office slot)
               (g % ${SLOTS})::int as slot
        from generate_series(${start}::int, ${end}::int) g
      ), src as (
        select gen.*, s.office_id, s.region_code, (g / ${SLOTS}) * s.office_slots + s.rank + ${SEQ_OFFSET} as seq,
               to_char(gen.received_at at time zone 'Asia/Jakarta', 'YYYY-MM-DD"T"HH24:MI:SS') || '+07:00' as received_local,
               extract(year from gen.received_at at time zone 'Asia/Jakarta')::int as yr,
               extract(month from gen.received_at at time zone 'Asia/Jakarta')::int as mon,
               t.kind, t.regime, t.state, t.register_number, t.known_on, t.occurred_on, t.event_place, t.summary, t.reported,
               t.reported_agency, t.facts, t.deadlines, t.next_due_at, t.open, t.version
        from gen
        join bench_slots s on s.slot = gen.slot
        join bench_states st on gen.pick >= st.lo and gen.pick < st.hi
        join bench_templates t on t.state = st.state
      ), ins as (
        insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, register_number, received_at, known_on, occurred_on,
                           event_region_code, event_place, summary, reported, reported_agency, assignee_id, duplicate_of_id, facts, deadlines,
                           next_due_at, overdue, open, version, created_at, updated_at)
        select src.id, src.office_id, src.region_code, src.kind, src.regime, src.state,
               'TBP/' || src.region_code || '/' || src.yr || '/' || lpad(src.seq::text, greatest(6, length(src.seq::text)), '0'),
               case when src.register_number is null then null
                    else lpad(src.seq::text, greatest(3, length(src.seq::text)), '0') || '/Reg/LP/PW/Kota/' || src.region_code || '/'
                         || (array['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII'])[src.mon] || '/' || src.yr end,
               src.received_at, src.known_on, src.occurred_on, src.region_code || '.01', src.event_place,
               -- a terlapor of ~300,000 civil servants (about three cases each), as the NIP index sees in use
               src.summary, jsonb_set(src.reported, '{nip}', to_jsonb('1980' || lpad((((g::bigint * 7919) % 300007))::text, 14, '0'))), src.reported_agency, null, null,
               jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(src.facts,
                 '{machine,caseId}', to_jsonb(src.id::text)),
                 '{machine,officeId}', to_jsonb(src.office_id::text)),
                 '{machine,officeRegionCode}', to_jsonb(src.region_code)),
                 '{machine,receivedAt}', to_jsonb(src.received_local)),
                 '{intake,receivedAt}', to_jsonb(src.received_local)),
               jsonb_set(src.deadlines, '{regionCode}', to_jsonb(src.region_code)),
               src.next_due_at + (src.received_at - timestamptz '2024-11-10 09:00:00+07'),
               coalesce(src.next_due_at + (src.received_at - timestamptz '2024-11-10 09:00:00+07') < ${BENCH_NOW.toISOString()}::timestamptz, false),
               src.open, src.version, src.received_at, src.received_at
        from src
        returning id, created_at
      )
      insert into case_reporters (case_id, identity, created_at) select id, ${identity}::text, created_at from ins`);
    o.log(`bulk: ${end.toLocaleString('en')} / ${o.scale.toLocaleString('en')} cases (${((end - start + 1) / ((performance.now() - b0) / 1000)).toFixed(0)} rows/s)`);
  }
  // Counters past every number used, so the API's next receipt and register numbers do not
  // collide. The keys come from the app's own functions (with placeholders filled in by SQL).
  const receiptKey = receiptSequenceKey('@REGION@', 9999);
  const registerKey = sequenceKey({ purpose: 'register', officeId: '@OFFICE@', kind: 'laporan', year: 9999 });
  await db.execute(sql`
    insert into counters (key, value)
    select replace(replace(${receiptKey}, '@REGION@', region_code), '9999', y::text), max_seq from (
      select c.region_code, y, max(split_part(c.receipt_number, '/', 4)::int) as max_seq
      from cases c cross join generate_series(2019, 2025) y where c.receipt_number like 'TBP/%' group by c.region_code, y) m
    on conflict (key) do update set value = greatest(counters.value, excluded.value)`);
  await db.execute(sql`
    insert into counters (key, value)
    select replace(replace(${registerKey}, '@OFFICE@', office_id::text), '9999', y::text), max_seq from (
      select c.office_id, y, max(split_part(c.register_number, '/', 1)::int) as max_seq
      from cases c cross join generate_series(2019, 2025) y where c.register_number is not null group by c.office_id, y) m
    on conflict (key) do update set value = greatest(counters.value, excluded.value)`);
  const loadS = (performance.now() - t0) / 1000;
  o.log(`bulk: loaded in ${loadS.toFixed(0)} s; VACUUM ANALYZE …`);
  const v0 = performance.now();
  await db.execute(sql`vacuum (analyze) cases`);
  await db.execute(sql`vacuum (analyze) case_reporters`);
  await db.execute(sql`analyze counters`);
  const vacuumAnalyzeS = (performance.now() - v0) / 1000;
  const sizes = rowsOf<{ table_mb: number; total_mb: number }>(await db.execute(sql`select (pg_table_size('cases') / 1048576)::int as table_mb, (pg_total_relation_size('cases') / 1048576)::int as total_mb`))[0]!;
  const counts = rowsOf<{ bench: number; province: number; total: number }>(
    await db.execute(sql`select count(*) filter (where office_id = ${o.benchOffice.id})::int as bench, count(*) filter (where region_code like '36.%')::int as province, count(*)::int as total from cases`),
  )[0]!;
  const mix = rowsOf<{ state: string; n: number }>(await db.execute(sql`select state, count(*)::int as n from cases group by state order by n desc`));
  o.log(`bulk: ${counts.total} cases, bench office ${counts.bench}, Banten ${counts.province}; cases ${sizes.table_mb} MB (${sizes.total_mb} MB with indexes)`);
  return {
    rows: counts.total,
    offices: offices.length,
    benchOfficeRows: counts.bench,
    provinceRows: counts.province,
    loadS: Math.round(loadS),
    vacuumAnalyzeS: Math.round(vacuumAnalyzeS),
    tableMb: sizes.table_mb,
    totalMb: sizes.total_mb,
    stateMix: Object.fromEntries(mix.map((m) => [m.state, m.n])),
  };
}

export type ExplainedQuery = { variant: string; query: string; executionMs: number; plan: string[] };

/** EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the inbox sends for each variant. */
export async function explainInbox(connectionString: string, client: Client, variants: { name: string; path: string; session: Session }[]): Promise<ExplainedQuery[]> {
  const pgc = new pg.Client({ connectionString });
  (pgc as unknown as { benchObserver: boolean }).benchObserver = true;
  await pgc.connect();
  const out: ExplainedQuery[] = [];
  try {
    for (const v of variants) {
      const queries = await captureQueries(() => client.request('GET', v.path, v.session.headers));
      for (const q of queries.filter((x) => /from "cases"/.test(x.text))) {
        const res = await pgc.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.text}`, q.values);
        const plan = res.rows.map((r) => r['QUERY PLAN']);
        const exec = Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? '')?.[1] ?? NaN);
        out.push({ variant: v.name, query: /count\(/.test(q.text) ? 'count' : 'page', executionMs: exec, plan: plan.filter((l) => !/^\s*(Buffers|Planning:|Planning Time)/.test(l)).slice(0, 14) });
      }
    }
  } finally {
    await pgc.end();
  }
  return out;
}
