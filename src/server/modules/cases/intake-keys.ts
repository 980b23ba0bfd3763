// The `Idempotency-Key` of an intake (IETF draft "The Idempotency-Key HTTP Header Field"): a
// client that did not get the answer to its report (the network dropped it, the database was
// restarting, a second click) sends it again with the same key and gets the case the first one
// made, instead of a second case that would count the same report twice. Kept a day.
import { createHash } from 'node:crypto';
import { eq, lt } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { cases, intakeKeys } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/** How long a key is remembered: a client tries again within minutes, the field app within a day. */
export const INTAKE_KEY_HOURS = 24;

export type IntakeKeyClaim = { keyHash: string; requestHash: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The claim of the header's key, if one was sent (validated by the route: intakeCreateHeaders): the
 * key hashed with the user's id (one user's key never finds another's case, and the key is not
 * stored as sent), and a hash of the validated body.
 */
export function intakeKeyClaim(key: string | undefined, userId: string, body: unknown): IntakeKeyClaim | undefined {
  if (key === undefined) return undefined;
  return { keyHash: sha256(`${userId}\u0000${key}`), requestHash: sha256(JSON.stringify(body)) };
}

/**
 * Claims the key for `caseId` inside the transaction that writes the case. `undefined` when it
 * was claimed now; otherwise the case an earlier request made with it (waiting, on PostgreSQL, for
 * that request's transaction to end first), after checking that it was the same request.
 */
export async function claimIntakeKey(tx: Executor, claim: IntakeKeyClaim, caseId: string, at: Date): Promise<string | undefined> {
  const claimed = await tx
    .insert(intakeKeys)
    .values({ keyHash: claim.keyHash, caseId, requestHash: claim.requestHash, createdAt: at })
    .onConflictDoNothing()
    .returning({ caseId: intakeKeys.caseId });
  if (claimed.length > 0) return undefined;
  const [prior] = await tx.select({ caseId: intakeKeys.caseId, requestHash: intakeKeys.requestHash }).from(intakeKeys).where(eq(intakeKeys.keyHash, claim.keyHash));
  if (!prior) throw new Error('intake key: neither claimed nor found');
  if (prior.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return prior.caseId;
}

/** The case a repeated key names, as the intake's answer tells it: as it stands now (its state may have moved on since). */
export async function priorIntake(db: Db, caseId: string) {
  const [row] = await db
    .select({ id: cases.id, kind: cases.kind, receiptNumber: cases.receiptNumber, state: cases.state, receivedAt: cases.receivedAt })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Forgets keys older than INTAKE_KEY_HOURS (the deadline sweep calls it); how many went. */
export async function forgetIntakeKeys(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - INTAKE_KEY_HOURS * 3_600_000);
  const gone = await db.delete(intakeKeys).where(lt(intakeKeys.createdAt, before)).returning({ keyHash: intakeKeys.keyHash });
  return gone.length;
}
