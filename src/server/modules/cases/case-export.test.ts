// The inbox as CSV: what the list shows with the same filters, every case once across the batches,
// within the caller's area only, nothing of the pelapor, formulas disarmed, and each export audited.
import { request } from 'node:http';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { laporanBody } from '../../test/case-fixtures.js';
import { makeOffice, makeUser, signIn, type Session } from '../../test/factories.js';
import { testApp, type TestApp } from '../../test/harness.js';
import { EXPORT_BATCH } from './case-export.js';

let t: TestApp;
let serang: Session;
let cilegon: Session;
let datin: Session;
const NOW = new Date('2024-11-12T07:00:00Z');
// A region no other test file's cases use (on PostgreSQL the test database outlives a file).
const REGION = '36.01';

beforeAll(async () => {
  t = await testApp({ now: () => NOW });
  const office = await makeOffice(t.deps.db, { regionCode: REGION, name: 'Bawaslu Kabupaten Pandeglang (uji ekspor)' });
  serang = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'penanganan' }), NOW);
  datin = await signIn(t.app, await makeUser(t.deps.db, { office, role: 'datin' }), NOW);
  cilegon = await signIn(t.app, await makeUser(t.deps.db, { office: await makeOffice(t.deps.db, { regionCode: '36.72' }), role: 'penanganan' }), NOW);
});
afterAll(() => t.app.close());

const event = { ...laporanBody().event, regionCode: `${REGION}.01` };
const intake = async (overrides: Record<string, unknown> = {}) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: serang.headers, payload: laporanBody({ event, ...overrides }) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; receiptNumber: string };
};
const exported = async (s: Session, query = '', lang = 'id') => {
  const res = await t.app.inject({ url: `/api/v1/cases/export.csv${query}`, headers: { ...s.headers, 'accept-language': lang } });
  return { res, table: res.statusCode === 200 ? (parse(res.body, { bom: true, delimiter: query.includes('titik-koma') ? ';' : ',' }) as string[][]) : [] };
};
const listed = async (s: Session, query = '') => {
  const items: { receiptNumber: string; receivedAt: string }[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = (await t.app.inject({ url: `/api/v1/cases?limit=200&offset=${offset}${query}`, headers: s.headers })).json().items as typeof items;
    items.push(...page);
    if (page.length < 200) return items;
  }
};

describe('the inbox export', () => {
  it('holds the cases the inbox lists with the same filters, each once, oldest first, across batches', async () => {
    const first = await intake({ reportedParty: { ...laporanBody().reportedParty, name: '=HYPERLINK("http://contoh.invalid","klik")' } });
    await intake({ kind: 'laporan', receivedAt: '2024-11-11T08:00:00+07:00' });
    // More than a batch: copies of the first case, each received a second later than the one before.
    await t.deps.db.execute(sql`
      insert into cases select (jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object(
        'id', gen_random_uuid(), 'receipt_number', c.receipt_number || '-' || g, 'received_at', c.received_at + g * interval '1 second'))).*
      from cases c, generate_series(1, ${EXPORT_BATCH + 5}) g where c.id = ${first.id}`);

    const { res, table } = await exported(serang);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toBe('attachment; filename="netra-perkara-2024-11-12.csv"');
    expect(res.body.startsWith('\uFEFFNomor tanda terima,Nomor registrasi,Jenis,Status,Diterima')).toBe(true);
    const [head, ...rows] = table;
    expect(head).toHaveLength(13);
    const inbox = await listed(serang);
    expect(rows.length).toBe(inbox.length);
    expect(rows.length).toBeGreaterThan(EXPORT_BATCH); // more than one batch
    expect(rows.filter((r) => r[0]!.startsWith(`${first.receiptNumber}-`))).toHaveLength(EXPORT_BATCH + 5);
    const receipts = rows.map((r) => r[0]);
    expect(new Set(receipts).size).toBe(receipts.length);
    expect([...receipts].sort()).toEqual(inbox.map((i) => i.receiptNumber).sort());
    // Oldest first: the copies come after their original, in order.
    const copies = receipts.filter((n) => n!.startsWith(`${first.receiptNumber}-`));
    expect(copies.slice(0, 3)).toEqual([1, 2, 3].map((g) => `${first.receiptNumber}-${g}`));
    expect(receipts.indexOf(first.receiptNumber)).toBeLessThan(receipts.indexOf(`${first.receiptNumber}-1`));
    const row = rows.find((r) => r[0] === first.receiptNumber)!;
    expect(row).toEqual([
      first.receiptNumber,
      '',
      'Laporan',
      'Diterima',
      '2024-11-10 09:00 +07:00',
      '',
      'Bawaslu Kabupaten Pandeglang (uji ekspor)',
      `'=HYPERLINK("http://contoh.invalid","klik")`, // a formula typed into the form does not run in Excel
      'Dinas Pendidikan Kota Serang',
      'Kajian awal',
      expect.stringMatching(/^2024-11-12 23:59 \+07:00$/),
      'Jatuh tempo hari ini',
      '',
    ]);
    // Nothing of the pelapor (laporanBody's reporter), not even the NIK.
    expect(res.body).not.toMatch(/Ahmad Fauzi|3673011205900001|081234567890|Ki Mas Jong/);
  });

  it("names the file by the office's day, not UTC's", async () => {
    const at = NOW.getTime();
    try {
      (t.deps as { now: () => Date }).now = () => new Date('2024-11-12T18:30:00Z'); // 13 Nov, 01.30 WIB
      expect((await exported(serang)).res.headers['content-disposition']).toBe('attachment; filename="netra-perkara-2024-11-13.csv"');
    } finally {
      (t.deps as { now: () => Date }).now = () => new Date(at);
    }
  });

  it('applies the filters of the list, in English and with semicolons when asked', async () => {
    const query = '&kind=laporan&due=hari-ini';
    const inbox = await listed(serang, query);
    const { table } = await exported(serang, `?separator=titik-koma${query}`, 'en');
    expect(table[0]!.slice(0, 4)).toEqual(['Receipt number', 'Register number', 'Kind', 'Status']);
    expect(table.slice(1).map((r) => r[0]).sort()).toEqual(inbox.map((i) => i.receiptNumber).sort());
    expect(table[1]![2]).toBe('Report');
    // The console's language, whatever the browser sends.
    expect((await exported(serang, `?lang=en${query}`, 'id')).table[0]![0]).toBe('Receipt number');
  });

  it('holds nothing outside the caller\'s area', async () => {
    const own = await t.app.inject({ method: 'POST', url: '/api/v1/cases', headers: cilegon.headers, payload: laporanBody({ event: { ...event, regionCode: '36.72.01' } }) });
    expect(own.statusCode).toBe(201);
    const { table } = await exported(cilegon);
    const receipts = table.slice(1).map((r) => r[0]);
    expect(receipts).toContain(own.json().receiptNumber);
    expect(receipts.sort()).toEqual((await listed(cilegon)).map((i) => i.receiptNumber).sort());
    expect(table.slice(1).some((r) => r[6] === 'Bawaslu Kabupaten Pandeglang (uji ekspor)')).toBe(false);
  });

  it('is recorded in the audit log with who exported what', async () => {
    const before = rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'cases.exported'`))[0]!.n;
    await exported(datin, '?state=diterima&q=Budi');
    const [audit] = rowsOf<{ actor_label: string; summary: { filters: Record<string, string> } }>(
      await t.deps.db.execute(sql`select actor_label, summary from audit_log where action = 'cases.exported' order by id desc limit 1`),
    );
    expect(rowsOf<{ n: number }>(await t.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'cases.exported'`))[0]!.n).toBe(before + 1);
    expect(audit!.actor_label).toMatch(/\.datin$/);
    expect(audit!.summary.filters).toMatchObject({ state: 'diterima', q: '[4 karakter / characters]', separator: 'koma' }); // not the text searched
  });

  it('records the end of each export: its rows, and whether the file reached the client whole', async () => {
    const { table } = await exported(serang);
    const [start, end] = rowsOf<{ id: number; action: string; summary: { exportAuditId?: number; rows?: number; complete?: boolean } }>(
      await t.deps.db.execute(sql`select id, action, summary from audit_log where action in ('cases.exported', 'cases.export-ended') order by id desc limit 2`),
    ).reverse();
    expect(start!.action).toBe('cases.exported');
    expect(end).toMatchObject({ action: 'cases.export-ended', summary: { exportAuditId: start!.id, rows: table.length - 1, complete: true } });
    expect(table.length - 1).toBeGreaterThan(EXPORT_BATCH);

    // Over real HTTP, a client that goes away once the answer has begun: recorded as cut off, with
    // the rows written until then (three batches more, so that the file is not done by then).
    await t.deps.db.execute(sql`
      insert into cases select (jsonb_populate_record(null::cases, to_jsonb(c) || jsonb_build_object(
        'id', gen_random_uuid(), 'receipt_number', c.receipt_number || '-x' || g))).*
      from cases c, generate_series(1, ${EXPORT_BATCH * 3}) g where c.id = (select id from cases where region_code = ${REGION} order by received_at limit 1)`);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve, reject) => {
      const req = request(`${address}/api/v1/cases/export.csv`, { headers: serang.headers }, (res) => {
        expect(res.statusCode).toBe(200);
        // As a browser's cancelled download or a dropped connection: a reset, not a polite close.
        res.socket.resetAndDestroy();
        resolve();
      });
      req.on('error', (err) => (req.destroyed ? undefined : reject(err)));
      req.end();
    });
    const cut = async () =>
      rowsOf<{ summary: { exportAuditId: number; rows: number; complete: boolean } }>(
        await t.deps.db.execute(sql`select summary from audit_log where action = 'cases.export-ended' and (summary->>'exportAuditId')::int > ${end!.id} order by id desc limit 1`),
      )[0]?.summary;
    await expect.poll(cut, { timeout: 10_000 }).toMatchObject({ complete: false });
    const total = (await listed(serang)).length;
    expect((await cut())!.rows).toBeLessThan(total);
  });

  it('refuses bad filters with a 400 in both languages, and callers not signed in with a 401', async () => {
    const bad = await t.app.inject({ url: '/api/v1/cases/export.csv?separator=tab', headers: serang.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    expect((await t.app.inject({ url: '/api/v1/cases/export.csv?due=besok', headers: { ...serang.headers, 'accept-language': 'en' } })).json().error.message).toMatch(/^The request is not valid/);
    expect((await t.app.inject({ url: '/api/v1/cases/export.csv' })).statusCode).toBe(401);
  });
});
