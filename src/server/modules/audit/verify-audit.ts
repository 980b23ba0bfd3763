import type { Db } from '../../db/client.js';
import { auditRowHash, GENESIS_HASH } from './audit-hash.js';
import { readBatchAfter, readHead } from './audit.repository.js';

export type AuditVerification =
  | { ok: true; rows: number; lastId: number | null }
  | { ok: false; rows: number; brokenAt: number | null; reason: 'hash-mismatch' | 'chain-broken' | 'head-mismatch'; detail: string };

/** Walks the whole chain in id order and reports the first row that does not hold. */
export async function verifyAudit(opts: { db: Db; batchSize?: number }): Promise<AuditVerification> {
  const batchSize = opts.batchSize ?? 5000;
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let rows = 0;
  for (;;) {
    const batch = await readBatchAfter(opts.db, lastId, batchSize);
    for (const row of batch) {
      if (row.prevHash !== prevHash) {
        return { ok: false, rows, brokenAt: row.id, reason: 'chain-broken', detail: `row ${row.id} does not follow the row before it (a row was removed or reordered)` };
      }
      if (auditRowHash({ ...row, at: new Date(row.at) }) !== row.hash) {
        return { ok: false, rows, brokenAt: row.id, reason: 'hash-mismatch', detail: `row ${row.id} was changed after it was written` };
      }
      prevHash = row.hash;
      lastId = row.id;
      rows += 1;
    }
    if (batch.length < batchSize) break;
  }
  const head = await readHead(opts.db);
  const headId = head?.lastId ?? 0;
  const headHash = head?.lastHash ?? GENESIS_HASH;
  if (headId !== lastId || headHash !== prevHash) {
    return { ok: false, rows, brokenAt: lastId || null, reason: 'head-mismatch', detail: `the log ends at row ${lastId}, but the last row written was ${headId} (rows at the end were removed)` };
  }
  return { ok: true, rows, lastId: lastId || null };
}
