import type { Executor } from '../../db/client.js';
import { auditRowHash, GENESIS_HASH } from './audit-hash.js';
import { insertAuditRow, lockForAppend, lockHead, nextAuditId, saveHead } from './audit.repository.js';

export type AuditActor = { id: string | null; label: string; officeId?: string | null };

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  /** What changed, without secrets (never a password, token or TOTP secret). */
  summary: Record<string, unknown>;
  at?: Date;
};

/**
 * Appends one row to the hash-chained audit log. Call it inside the transaction that makes the
 * change, so the change and its record commit together or not at all.
 */
export async function appendAudit(tx: Executor, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  await lockForAppend(tx);
  const head = await lockHead(tx);
  const id = await nextAuditId(tx);
  // Millisecond precision: the column is timestamp(3), so the hash survives the round trip.
  const at = new Date(Math.floor((entry.at ?? new Date()).getTime()));
  const row = {
    id,
    at,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    officeId: entry.actor.officeId ?? null,
    regionCode: entry.regionCode ?? null,
    summary: entry.summary,
    prevHash: head?.lastHash ?? GENESIS_HASH,
  };
  const hash = auditRowHash(row);
  await insertAuditRow(tx, { ...row, hash });
  await saveHead(tx, id, hash, head !== undefined);
  return { id, hash };
}
