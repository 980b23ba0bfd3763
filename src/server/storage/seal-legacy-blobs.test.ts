// Decision 014 at start-up, on a database and blob folder as an older version left them: the
// evidence and documents stored in plaintext are sealed once and their plaintext removed; the
// blob key lives sealed in the database and follows a rotation of the data key, and the blobs
// still open afterwards without being rewritten.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buffer } from 'node:stream/consumers';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '../db/client.js';
import { sealStoredPersonalData } from '../crypto/seal-stored.js';
import { createSealer } from '../crypto/sealed-data.js';
import { blobStoreOf } from '../http/deps.js';
import { makeOffice } from '../test/factories.js';
import { isolatedDatabase, testConfig } from '../test/harness.js';
import { sealLegacyBlobs } from './seal-legacy-blobs.js';

const blobDir = mkdtempSync(path.join(os.tmpdir(), 'netra-legacy-blobs-'));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const fileOf = (name: string) => path.join(blobDir, name.slice(0, 2), name.slice(2, 4), name);
const evidenceBody = Buffer.from('\x89PNG\r\n\x1a\nKTP pelapor NIK 3673011205900001');
const receiptBody = Buffer.from('%PDF-1.7\nTanda bukti: Ahmad Fauzi, Jl. Ki Mas Jong No. 7');

describe('blobs an older version stored in plaintext', () => {
  let db: Database;
  const oldKey = randomBytes(32);
  const sealer = createSealer(oldKey);
  const config = testConfig({ blobDir, dataKey: oldKey });
  beforeAll(async () => {
    db = await isolatedDatabase();
    await sealStoredPersonalData(db.db, sealer); // as every start does first: records the key in use
    await db.db.execute(sql`insert into regions (code, name, level, parent_code, time_zone, search_name)
      values ('36', 'Banten', 1, null, 'WIB', 'banten'), ('36.73', 'Kota Serang', 2, '36', 'WIB', 'kota serang')`);
    const office = await makeOffice(db.db, { regionCode: '36.73' });
    const caseId = randomUUID();
    await db.db.execute(sql`insert into cases (id, office_id, region_code, kind, regime, state, receipt_number, received_at, summary, facts, deadlines)
      values (${caseId}, ${office.id}, '36.73', 'laporan', 'pilkada-2024', 'diterima', 'TBP/legacy/1', now(), 'x', '{}'::jsonb, '{}'::jsonb)`);
    await db.db.execute(sql`insert into evidence (case_id, sha256, media_type, size_bytes, label) values (${caseId}, ${sha(evidenceBody)}, 'image/png', ${evidenceBody.length}, 'KTP')`);
    await db.db.execute(sql`insert into documents (case_id, kind, number, version, sha256, size_bytes)
      values (${caseId}, 'tanda-bukti-penyampaian-laporan', '001/TB/36.73/XI/2024', 1, ${sha(receiptBody)}, ${receiptBody.length})`);
    // The files as the older version wrote them: plaintext, named by their SHA-256.
    for (const body of [evidenceBody, receiptBody]) {
      mkdirSync(path.dirname(fileOf(sha(body))), { recursive: true });
      writeFileSync(fileOf(sha(body)), body);
    }
  });
  afterAll(async () => {
    await db.close();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it('are sealed once at start-up, their plaintext removed, and still open', async () => {
    const blobs = blobStoreOf(db.db, config, sealer);
    expect(await sealLegacyBlobs(db.db, blobs)).toEqual({ sealed: 2, absent: 0, mismatch: [], skipped: false });
    for (const body of [evidenceBody, receiptBody]) {
      expect(existsSync(fileOf(sha(body)))).toBe(false);
      const sealedFile = readFileSync(fileOf(`${sha(body)}.s1`));
      expect(sealedFile.includes(Buffer.from('3673011205900001'))).toBe(false);
      expect(sealedFile.includes(Buffer.from('Ahmad Fauzi'))).toBe(false);
      expect((await buffer(await blobs.open(sha(body)))).equals(body)).toBe(true);
    }
    // The blob key is in the database, sealed: not the key itself.
    const [stored] = rowsOf<{ value: string }>(await db.db.execute(sql`select value #>> '{}' as value from meta where key = 'blob_key'`));
    expect(stored!.value.startsWith(`v1.${sealer.keyId}.`)).toBe(true);
    // Done once: a later start does not read every blob again.
    expect((await sealLegacyBlobs(db.db, blobs)).skipped).toBe(true);
  });

  it('keep opening after the data key is rotated: the blob key is re-sealed, the blobs are not rewritten', async () => {
    const before = readFileSync(fileOf(`${sha(receiptBody)}.s1`));
    const newKey = randomBytes(32);
    const rotated = createSealer(newKey, [oldKey]);
    const report = await sealStoredPersonalData(db.db, rotated);
    expect(report.resealed.blobKey).toBe(1);
    expect(report.retiredKeys).toEqual([sealer.keyId]);
    const fresh = createSealer(newKey);
    const blobs = blobStoreOf(db.db, testConfig({ blobDir, dataKey: newKey }), fresh);
    expect((await buffer(await blobs.open(sha(receiptBody)))).equals(receiptBody)).toBe(true);
    expect(readFileSync(fileOf(`${sha(receiptBody)}.s1`)).equals(before)).toBe(true);
    // The old key alone opens nothing any more: the start is refused before anything is written.
    await expect(sealStoredPersonalData(db.db, sealer)).rejects.toThrow(/tersegel dengan kunci/);
  });
});
