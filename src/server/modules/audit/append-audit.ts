import type { Executor } from '../../db/client.js';
import { appendAuditRow } from './audit.repository.js';

export type AuditActor = { id: string | null; label: string; officeId?: string | null };

export type AuditEntry = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string | null;
  regionCode?: string | null;
  /** What changed, without secrets (never a password, token or TOTP secret). */
  summary: Record<string, unknown>;
  /** When it happened, by the app's clock (deps.now()): the same clock as the change it records. */
  at: Date;
};

/** The row an entry becomes, before the chain gives it an id and a previous hash. */
export function auditDraft(entry: AuditEntry) {
  // Millisecond precision: the column is timestamp(3), so the hash survives the round trip.
  const at = new Date(Math.floor(entry.at.getTime()));
  return {
    at,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    officeId: entry.actor.officeId ?? null,
    regionCode: entry.regionCode ?? null,
    summary: entry.summary,
  };
}

/**
 * Appends one row to the hash-chained audit log. Call it inside the transaction that makes the
 * change, so the change and its record commit together or not at all. One statement: the head
 * row's lock orders concurrent appends, and the database completes the hash (audit.repository.ts).
 */
export async function appendAudit(tx: Executor, entry: AuditEntry): Promise<{ id: number; hash: string }> {
  return appendAuditRow(tx, auditDraft(entry));
}
