// Gapless numbers (receipt numbers, register numbers) per office, kind and year. The counter row
// is incremented inside the transaction that uses the number: concurrent callers queue on the row
// lock, and a rolled-back transaction gives its number back. Unique and gapless across any number
// of server processes sharing one PostgreSQL.
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';

export async function nextInSequence(tx: Executor, key: string): Promise<number> {
  const rows = rowsOf<{ value: number }>(
    await tx.execute(sql`
      insert into counters (key, value) values (${key}, 1)
      on conflict (key) do update set value = counters.value + 1
      returning value`),
  );
  return Number(rows[0]!.value);
}

export const sequenceKey = (parts: { purpose: 'receipt' | 'register'; officeId: string; kind: string; year: number }) =>
  `${parts.purpose}:${parts.officeId}:${parts.kind}:${parts.year}`;

/**
 * Receipt numbers print the region, not the office (TBP/36.73/2024/000123), so their sequence is
 * kept per region: two offices sharing a region can never print the same number.
 */
export const receiptSequenceKey = (regionCode: string | null, year: number) => `receipt:${regionCode ?? 'RI'}:${year}`;
