// Evidence upload: the file is stored by its SHA-256 first; only a complete file gets a record,
// in one transaction with its audit row. The type comes from the bytes, never from the client. A
// file already among the case's evidence is not added twice.
import type { Readable } from 'node:stream';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { BlobTooLargeError } from '../../storage/blob-store.js';
import { appendAudit } from '../audit/append-audit.js';
import { insertEvidence, lockEvidenceOfContent, type CaseRow } from './cases.repository.js';

export const EVIDENCE_TYPES = new Set([
  'image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic',
  'application/pdf',
  'audio/mpeg', 'audio/mp4', 'audio/ogg', 'audio/wav',
  'video/mp4', 'video/quicktime', 'video/webm',
]);

export type EvidenceMeta = { label: string; sourceUrl?: string | undefined; capturedAt?: Date | undefined };

export async function addEvidence(deps: Deps, actor: Actor, row: CaseRow, file: Readable, meta: EvidenceMeta) {
  let stored;
  try {
    stored = await deps.blobs.put(file, { maxBytes: deps.config.evidenceMaxBytes });
  } catch (err) {
    if (err instanceof BlobTooLargeError) throw new AppError('PAYLOAD_TOO_LARGE');
    throw err;
  }
  if (!stored.type || !EVIDENCE_TYPES.has(stored.type.mediaType)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
  const at = deps.now();
  return deps.db.transaction(async (tx) => {
    // The same file sent again to the same case (an upload retried on a weak connection, a second
    // click) is the evidence already there: answered as such, with no second row and no audit row.
    const existing = await lockEvidenceOfContent(tx, row.id, stored.sha256);
    if (existing) return { ...existing, alreadyAttached: true };
    const ev = await insertEvidence(tx, {
      caseId: row.id,
      sha256: stored.sha256,
      mediaType: stored.type!.mediaType,
      sizeBytes: stored.sizeBytes,
      label: meta.label,
      sourceUrl: meta.sourceUrl ?? null,
      capturedAt: meta.capturedAt ?? null,
      uploadedBy: actor.userId,
      createdAt: at,
    });
    await appendAudit(tx, {
      at,
      actor: auditActor(actor),
      action: 'case.evidence-added',
      entityType: 'case',
      entityId: row.id,
      regionCode: row.regionCode || null,
      summary: { evidenceId: ev.id, sha256: ev.sha256, mediaType: ev.mediaType, sizeBytes: ev.sizeBytes, sourceUrl: ev.sourceUrl },
    });
    return { ...ev, alreadyAttached: false };
  });
}
