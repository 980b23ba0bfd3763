// Gapless numbers (receipt numbers, register numbers) per office, kind and year. The counter row
// is incremented inside the transaction that uses the number: concurrent callers queue on the row
// lock, and a rolled-back transaction gives its number back. Unique and gapless across any number
// of server processes sharing one PostgreSQL.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { NumberShape } from '../../../core/cases/index.js';
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

/**
 * A number drawn inside the statement that uses it: the counter `key` is moved on and the number
 * formatted from `shape` (core/cases/register-number.ts) by the database, so the statement needs no
 * transaction around it and holds the counter's row lock only until it commits. Texts that carry
 * the number (the case record, the audit row) are sent with `marker` in its place, and the
 * statement puts the number there.
 */
export type DrawnNumber = { key: string; shape: NumberShape; marker: string };

/** A marker for drawNumber: random, so no text a user typed can contain it. */
export const numberMarker = () => `{{nomor-${randomUUID()}}}`;

/**
 * CTEs `seq_next` (the counter moved on; only if `source`, a CTE, yields a row) and `num` (its
 * number as `n`). Placeholders: the key, the shape's prefix, width and suffix.
 */
export function drawNumberCtes(p: { key: string; prefix: string; width: string; suffix: string }, source?: string): string {
  return `seq_next as (
      insert into counters (key, value) ${source ? `select ${p.key}::text, 1 from ${source}` : `values (${p.key}::text, 1)`}
      on conflict (key) do update set value = counters.value + 1
      returning value),
    num as (
      select ${p.prefix}::text || case when length(value::text) >= ${p.width}::int then value::text else lpad(value::text, ${p.width}::int, '0') end || ${p.suffix}::text as n
      from seq_next)`;
}

/** The parameter values of drawNumberCtes: key, prefix, width, suffix. */
export const drawNumberParams = (d: DrawnNumber): unknown[] => [d.key, d.shape.prefix, d.shape.width, d.shape.suffix];

/** `text` with the drawn number in place of the marker (SQL). */
export const withDrawnNumber = (text: string, marker: string) => `replace(${text}::text, ${marker}::text, (select n from num))`;
