// Start-up work of decision 014: the evidence and documents an older version stored in plaintext
// are sealed once (each read, sealed and its plaintext removed), then `meta.blobs_sealed` records
// that it is done, so later starts do not look at every blob again. Blobs written since are sealed
// when written.
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { meta } from '../db/schema.js';
import type { BlobStore } from './blob-store.js';

const DONE = 'blobs_sealed';

export type LegacyBlobReport = { sealed: number; absent: number; mismatch: string[]; skipped: boolean };

export async function sealLegacyBlobs(db: Db, blobs: BlobStore): Promise<LegacyBlobReport> {
  const report: LegacyBlobReport = { sealed: 0, absent: 0, mismatch: [], skipped: false };
  const [done] = await db.select({ key: meta.key }).from(meta).where(eq(meta.key, DONE));
  if (done) return { ...report, skipped: true };
  const stored = rowsOf<{ sha256: string }>(await db.execute(sql`select sha256 from evidence union select sha256 from documents`));
  for (const { sha256 } of stored) {
    const outcome = await blobs.sealLegacy(sha256);
    if (outcome === 'sealed') report.sealed += 1;
    else if (outcome === 'absent') report.absent += 1;
    else if (outcome === 'mismatch') report.mismatch.push(sha256);
  }
  await db.execute(sql`insert into meta (key, value) values (${DONE}, to_jsonb(now())) on conflict (key) do nothing`);
  return report;
}
