// The `Idempotency-Key` of a request that makes something (IETF draft "The Idempotency-Key HTTP
// Header Field"): a client that did not get the answer (the network dropped it, the database was
// restarting, a second click) sends it again with the same key and gets what the first one made,
// instead of a second one. An intake makes a case (a report counted twice otherwise); a document
// makes a letter (with the next number of the office's register otherwise); a note, a note; a
// workflow action moves the case once (an invitation sent twice otherwise). Kept a day.
import { createHash } from 'node:crypto';
import { eq, getTableName, lt } from 'drizzle-orm';
import { rawQuery, type Db, type Executor } from '../../db/client.js';
import { actionKeys, cases, documentKeys, intakeKeys, noteKeys } from '../../db/schema.js';
import { AppError } from '../../errors.js';

/** How long a key is remembered: a client tries again within minutes, the field app within a day. */
export const KEY_HOURS = 24;

export type KeyClaim = { keyHash: string; requestHash: string };

/** What a key makes, and the table its claims are kept in (schema/request-keys.ts). */
const KEYS = { intake: intakeKeys, document: documentKeys, note: noteKeys, action: actionKeys } as const;
export type KeyKind = keyof typeof KEYS;

/** The two statements of a claim, prepared once per kind (names from the schema, never from a request). */
const STATEMENTS = Object.fromEntries(
  Object.entries(KEYS).map(([kind, keys]) => {
    const table = getTableName(keys);
    const target = keys.targetId.name;
    return [
      kind,
      {
        claim: { name: `claim-${kind}-key`, text: `insert into ${table} (key_hash, ${target}, request_hash, created_at) values ($1, $2::uuid, $3, $4::timestamptz) on conflict do nothing returning ${target} as id` },
        prior: { name: `prior-${kind}-key`, text: `select ${target} as id, request_hash as "requestHash" from ${table} where key_hash = $1` },
      },
    ];
  }),
) as Record<KeyKind, { claim: { name: string; text: string }; prior: { name: string; text: string } }>;

/**
 * A workflow action's key, claimed by the statement that writes the action (case-statements.ts):
 * the write applies only if the key is not claimed yet (`unclaimed`), and claims it when it applies
 * (`claim`, a CTE inserting a row per row of `source`, the write's). Parameters are the statement's
 * own: `$key` and `$request` the claim's hashes, `$case` the case, `$at` the time.
 */
export function actionKeySql(p: { key: string; request: string; caseId: string; at: string }, source: string) {
  const table = getTableName(actionKeys);
  const target = actionKeys.targetId.name;
  return {
    unclaimed: `not exists (select 1 from ${table} k where k.key_hash = ${p.key}::text)`,
    claim: `claimed as (insert into ${table} (key_hash, ${target}, request_hash, created_at) select ${p.key}::text, ${p.caseId}::uuid, ${p.request}::text, ${p.at}::timestamptz from ${source} returning 1)`,
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The claim of the header's key, if one was sent (validated by the route's header schema): the key
 * hashed with who sent it and where (`scope`: the user's id; for a document or a note also the
 * case's, for an action the case's and the action's name), so that one user's key never finds
 * another's work and the key is not stored as sent; and a hash of the validated body.
 */
export function keyClaim(key: string | undefined, scope: readonly string[], body: unknown): KeyClaim | undefined {
  if (key === undefined) return undefined;
  return { keyHash: sha256([...scope, key].join('\u0000')), requestHash: sha256(JSON.stringify(body)) };
}

/**
 * Claims the key for `targetId` inside the transaction that writes it. `undefined` when it was
 * claimed now; otherwise the id an earlier request made with it (waiting, on PostgreSQL, for that
 * request's transaction to end first), after checking that it was the same request.
 */
export async function claimKey(tx: Executor, kind: KeyKind, claim: KeyClaim, targetId: string, at: Date): Promise<string | undefined> {
  const claimed = await rawQuery<{ id: string }>(tx, STATEMENTS[kind].claim, [claim.keyHash, targetId, claim.requestHash, at.toISOString()]);
  if (claimed.length > 0) return undefined;
  const prior = await priorOfKey(tx, kind, claim);
  if (!prior) throw new Error(`${getTableName(KEYS[kind])}: neither claimed nor found`);
  return prior;
}

/**
 * What an earlier request with this key made, if one did (checked to be the same request), read
 * without claiming: a repeat is answered before the work a first request does (reading personal
 * data, drawing a number). A first request still claims the key when it writes (claimKey).
 */
export async function priorOfKey(db: Executor, kind: KeyKind, claim: KeyClaim): Promise<string | undefined> {
  const [prior] = await rawQuery<{ id: string; requestHash: string }>(db, STATEMENTS[kind].prior, [claim.keyHash]);
  if (!prior) return undefined;
  if (prior.requestHash !== claim.requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return prior.id;
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

/** Forgets keys older than KEY_HOURS (the deadline sweep calls it); how many went. */
export async function forgetKeys(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - KEY_HOURS * 3_600_000);
  let forgotten = 0;
  for (const keys of Object.values(KEYS)) forgotten += (await db.delete(keys).where(lt(keys.createdAt, before)).returning({ keyHash: keys.keyHash })).length;
  return forgotten;
}
