import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { isolatedDatabase } from '../../test/harness.js';
import { appendAudit } from './append-audit.js';
import { verifyAudit } from './verify-audit.js';

let database: Database;
beforeEach(async () => {
  database = await isolatedDatabase();
  for (let i = 1; i <= 5; i++) {
    await database.db.transaction((tx) =>
      appendAudit(tx, { at: new Date(), actor: { id: null, label: `tester-${i}` }, action: 'test.event', entityType: 'test', entityId: String(i), summary: { n: i, nested: { b: 2, a: [1, 'x'] } } }),
    );
  }
});
afterEach(() => database.close());

/** What an intruder with database access would do: switch the append-only trigger off first. */
async function tamper(statement: string) {
  await database.db.execute(sql.raw('alter table audit_log disable trigger audit_log_no_update_delete'));
  await database.db.execute(sql.raw(statement));
  await database.db.execute(sql.raw('alter table audit_log enable trigger audit_log_no_update_delete'));
}

describe('audit log', () => {
  it('verifies an intact chain', async () => {
    expect(await verifyAudit({ db: database.db, batchSize: 2 })).toEqual({ ok: true, rows: 5, lastId: 5 });
  });

  it('refuses UPDATE and DELETE at the database itself', async () => {
    await expect(database.db.execute(sql`update audit_log set action = 'x' where id = 2`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_log where id = 2`)).rejects.toThrow();
  });

  it('detects an edited row and names it', async () => {
    await tamper(`update audit_log set summary = '{"n": 99}' where id = 3`);
    expect(await verifyAudit({ db: database.db })).toMatchObject({ ok: false, brokenAt: 3, reason: 'hash-mismatch', rows: 2 });
  });

  it('detects an edited actor even when the summary is untouched', async () => {
    await tamper(`update audit_log set actor_label = 'someone-else' where id = 1`);
    expect(await verifyAudit({ db: database.db })).toMatchObject({ ok: false, brokenAt: 1, reason: 'hash-mismatch' });
  });

  it('detects a deleted row in the middle', async () => {
    await tamper('delete from audit_log where id = 2');
    expect(await verifyAudit({ db: database.db })).toMatchObject({ ok: false, brokenAt: 3, reason: 'chain-broken' });
  });

  it('detects deleted rows at the end', async () => {
    await tamper('delete from audit_log where id >= 4');
    expect(await verifyAudit({ db: database.db })).toMatchObject({ ok: false, reason: 'head-mismatch', rows: 3 });
  });

  it('hashes in the database exactly as verify does, whatever the text (quotes, escapes, non-Latin, emoji)', async () => {
    const label = 'Pelapor "Siti" \\ Nur\'aini — ẞ 中文 🗳️';
    const summary = { 'kunci "aneh"': 'baris\nbaru\ttab', z: [1.5, -0, 1e21, null, true], emoji: '👩🏽‍⚖️', kosong: {}, daftar: [] };
    await appendAudit(database.db, { at: new Date(), actor: { id: null, label }, action: 'test.unicode', entityType: 'test', entityId: 'ü', regionCode: '36.73', summary });
    expect(await verifyAudit({ db: database.db })).toEqual({ ok: true, rows: 6, lastId: 6 });
  });

  it('refuses to delete the head, so the newest rows cannot be dropped with it', async () => {
    await expect(database.db.execute(sql`delete from audit_head`)).rejects.toThrow();
    await expect(database.db.execute(sql`truncate audit_head`)).rejects.toThrow();
  });

  it('keeps the chain under concurrent appends', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) => appendAudit(tx, { at: new Date(), actor: { id: null, label: 'c' }, action: 'test.concurrent', entityType: 'test', summary: { i } })),
      ),
    );
    expect(await verifyAudit({ db: database.db })).toEqual({ ok: true, rows: 25, lastId: 25 });
  });
});
