// Every query of the audit log. Rows are only ever inserted; a trigger refuses UPDATE and DELETE.
import { and, asc, desc, eq, gt, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rawQuery } from '../../db/client.js';
import { auditMaterialMiddle, type AuditContent } from './audit-hash.js';
import { auditHead, auditLog } from '../../db/schema.js';
import type { RegionScope } from '../../../core/regions/region-code.js';

export type AuditRow = typeof auditLog.$inferSelect;

export type AuditDraft = Omit<AuditContent, 'id' | 'prevHash'>;

/**
 * The statement that extends the chain: it moves the head one row on and inserts the row, with
 * the hash computed in the database from the row's canonical text (auditMaterialMiddle) and the
 * previous hash it finds under the head row's lock. Concurrent appends queue on that lock only for
 * the statement itself (or, inside a transaction, until it commits). `source` names a CTE that
 * must yield a row for the append to happen (a transition appends only if its update matched).
 */
export function auditAppendCtes(p: Record<AuditParam, string>, source?: string): string {
  return `audit_next as (
    update audit_head set prior_hash = last_hash, last_id = last_id + 1,
      last_hash = encode(sha256(convert_to('[' || (last_id + 1)::text || ',' || ${p.middle}::text || ',"' || last_hash || '"]', 'UTF8')), 'hex')
    ${source ? `from ${source} ` : ''}where singleton = 1
    returning last_id, last_hash, prior_hash),
  audit_row as (
    insert into audit_log (id, at, actor_id, actor_label, action, entity_type, entity_id, office_id, region_code, summary, prev_hash, hash)
    select last_id, ${p.at}::timestamptz, ${p.actorId}::uuid, ${p.actorLabel}::text, ${p.action}::text, ${p.entityType}::text, ${p.entityId}::text, ${p.officeId}::uuid, ${p.regionCode}::text, ${p.summary}::jsonb, prior_hash, last_hash
    from audit_next
    returning id, hash)`;
}

/** The parameters of auditAppendCtes, by name; their order is AUDIT_PARAMS'. */
const AUDIT_PARAMS = ['middle', 'at', 'actorId', 'actorLabel', 'action', 'entityType', 'entityId', 'officeId', 'regionCode', 'summary'] as const;
type AuditParam = (typeof AUDIT_PARAMS)[number];

/** The parameter values of auditAppendCtes, in order, for a draft. */
export function auditAppendParams(d: AuditDraft): unknown[] {
  const values: Record<AuditParam, unknown> = {
    middle: auditMaterialMiddle(d),
    at: d.at.toISOString(),
    actorId: d.actorId,
    actorLabel: d.actorLabel,
    action: d.action,
    entityType: d.entityType,
    entityId: d.entityId,
    officeId: d.officeId,
    regionCode: d.regionCode,
    summary: JSON.stringify(d.summary),
  };
  return AUDIT_PARAMS.map((k) => values[k]);
}

/** Placeholders $first… for auditAppendParams. */
export function auditPlaceholders(first: number): Record<AuditParam, string> {
  return Object.fromEntries(AUDIT_PARAMS.map((k, i) => [k, `$${first + i}`])) as Record<AuditParam, string>;
}

const APPEND = { name: 'audit_append', text: `with ${auditAppendCtes(auditPlaceholders(1))} select id, hash from audit_row` };

export async function appendAuditRow(tx: Executor, draft: AuditDraft): Promise<{ id: number; hash: string }> {
  const [row] = await rawQuery<{ id: number | string; hash: string }>(tx, APPEND, auditAppendParams(draft));
  // The head row is created by the migration and a trigger refuses its deletion.
  if (!row) throw new Error('audit_head is missing: the audit log cannot be extended (run `npm run netra -- audit verify`)');
  return { id: Number(row.id), hash: row.hash };
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
  // The region and everything below it as one index range (region codes collate "C", migration
  // 0010), the same set as `= scope or like scope.%` (see caseScopeFilter).
  return and(gte(auditLog.regionCode, scope), lt(auditLog.regionCode, `${scope}/`));
}

/** Audit rows the caller may see: those of its region and below (national scope sees all). */
export async function listAudit(
  db: Executor,
  opts: { scope: RegionScope; entityType?: string | undefined; entityId?: string | undefined; actions?: readonly string[]; limit: number; beforeId?: number | undefined },
): Promise<AuditRow[]> {
  const filters = [scopeFilter(opts.scope)];
  if (opts.entityType) filters.push(eq(auditLog.entityType, opts.entityType));
  if (opts.entityId) filters.push(eq(auditLog.entityId, opts.entityId));
  if (opts.actions) filters.push(inArray(auditLog.action, [...opts.actions]));
  if (opts.beforeId) filters.push(sql`${auditLog.id} < ${opts.beforeId}`);
  return db
    .select()
    .from(auditLog)
    .where(and(...filters))
    .orderBy(desc(auditLog.id))
    .limit(opts.limit);
}
