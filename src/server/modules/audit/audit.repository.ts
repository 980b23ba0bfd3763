// Every query of the audit log. Rows are only ever inserted; a trigger refuses UPDATE and DELETE.
import { and, asc, desc, eq, gt, like, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rowsOf } from '../../db/client.js';
import { auditHead, auditLog } from '../../db/schema.js';
import type { RegionScope } from '../../../core/regions/region-code.js';

export type AuditRow = typeof auditLog.$inferSelect;

export async function lockHead(tx: Executor): Promise<{ lastId: number; lastHash: string } | undefined> {
  const rows = rowsOf<{ last_id: number; last_hash: string }>(
    await tx.execute(sql`select last_id, last_hash from audit_head where singleton = 1 for update`),
  );
  const row = rows[0];
  return row ? { lastId: Number(row.last_id), lastHash: row.last_hash } : undefined;
}

export async function nextAuditId(tx: Executor): Promise<number> {
  const rows = rowsOf<{ id: number }>(
    await tx.execute(sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::bigint as id`),
  );
  return Number(rows[0]!.id);
}

export async function insertAuditRow(tx: Executor, row: typeof auditLog.$inferInsert & { id: number }): Promise<void> {
  await tx.insert(auditLog).values(row);
}

export async function saveHead(tx: Executor, lastId: number, lastHash: string, exists: boolean): Promise<void> {
  if (exists) await tx.update(auditHead).set({ lastId, lastHash }).where(eq(auditHead.singleton, 1));
  else await tx.insert(auditHead).values({ singleton: 1, lastId, lastHash });
}

/** Serialises appends: the head row is locked, or (before the first row) an advisory lock. */
export async function lockForAppend(tx: Executor): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(7411001)`);
}

export async function readHead(db: Executor): Promise<{ lastId: number; lastHash: string } | undefined> {
  const [row] = await db.select().from(auditHead).where(eq(auditHead.singleton, 1));
  return row ? { lastId: row.lastId, lastHash: row.lastHash } : undefined;
}

export async function readBatchAfter(db: Executor, afterId: number, limit: number): Promise<AuditRow[]> {
  return db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

function scopeFilter(scope: RegionScope): SQL | undefined {
  if (scope === null) return undefined;
  return or(eq(auditLog.regionCode, scope), like(auditLog.regionCode, `${scope}.%`));
}

/** Audit rows the caller may see: those of its region and below (national scope sees all). */
export async function listAudit(
  db: Executor,
  opts: { scope: RegionScope; entityType?: string | undefined; entityId?: string | undefined; limit: number; beforeId?: number | undefined },
): Promise<AuditRow[]> {
  const filters = [scopeFilter(opts.scope)];
  if (opts.entityType) filters.push(eq(auditLog.entityType, opts.entityType));
  if (opts.entityId) filters.push(eq(auditLog.entityId, opts.entityId));
  if (opts.beforeId) filters.push(sql`${auditLog.id} < ${opts.beforeId}`);
  return db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}
