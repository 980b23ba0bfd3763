// The hash chain of the audit log: each row's hash covers its own content and the previous hash.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditContent = {
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  officeId: string | null;
  regionCode: string | null;
  summary: unknown;
  prevHash: string;
};

/** JSON with object keys sorted at every depth, so a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * The hashed text of a row is the canonical JSON array [id, at, actorId, actorLabel, action,
 * entityType, entityId, officeId, regionCode, summary, prevHash]. Its middle (everything but the
 * id and the previous hash) is known before the row is appended; the database completes it under
 * the head row's lock (audit.repository.ts), so the chain is extended in one statement.
 */
export function auditMaterialMiddle(row: Omit<AuditContent, 'id' | 'prevHash'>): string {
  return canonicalJson([row.at.toISOString(), row.actorId, row.actorLabel, row.action, row.entityType, row.entityId, row.officeId, row.regionCode, row.summary]).slice(1, -1);
}

export function auditRowHash(row: AuditContent): string {
  const material = `[${JSON.stringify(row.id)},${auditMaterialMiddle(row)},${JSON.stringify(row.prevHash)}]`;
  return createHash('sha256').update(material).digest('hex');
}
