// Start-up work of decision 013, run by the process that prepares the database:
// 1. refuse keys that do not open what is stored (the wrong NETRA_DATA_KEY, a key left out of
//    NETRA_DATA_KEY_PREVIOUS), before anything is written;
// 2. record the current key in data_keys;
// 3. after a rotation, re-seal under the current key what a previous key sealed, then drop the
//    previous key from data_keys (it may then leave NETRA_DATA_KEY_PREVIOUS); the blob key of
//    decision 014 is re-sealed too (the blobs themselves are not rewritten);
// 4. seal what an older version stored in plaintext (reporter identities, the parties' contacts
//    moved out of the case record by migration 0017, TOTP secrets).
// Running it again changes nothing.
import { and, eq, inArray, isNotNull, like, not, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { dataKeys, users } from '../db/schema.js';
import { BLOB_KEY, blobKeyContext, storedBlobKey } from '../storage/blob-key.js';
import { contactsContext, reporterContext, SealedDataError, totpContext, type Sealer } from './sealed-data.js';

const BATCH = 500;

/** Keys that do not open the stored data: the operator's to fix. Nothing was written under them. */
export class DataKeyMismatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyMismatchError';
  }

  static doesNotOpen(what: string, cause: SealedDataError): DataKeyMismatchError {
    return new DataKeyMismatchError(
      `Kunci data tidak cocok dengan data tersimpan (${what}): periksa NETRA_DATA_KEY atau berkas data.key; ` +
        `setelah mengganti kunci, cantumkan kunci lama di NETRA_DATA_KEY_PREVIOUS. / ` +
        `The data key does not open the stored data (${what}): check NETRA_DATA_KEY or the data.key file; ` +
        `after changing the key, list the old one in NETRA_DATA_KEY_PREVIOUS. ${cause.message}`,
    );
  }

  static missing(keyIds: string[], held: readonly string[]): DataKeyMismatchError {
    const ids = keyIds.join(', ');
    return new DataKeyMismatchError(
      `Data pribadi tersimpan tersegel dengan kunci ${ids}, yang tidak dipegang proses ini (kunci: ${held.join(', ')}). ` +
        `Pasang kunci itu di NETRA_DATA_KEY, atau cantumkan di NETRA_DATA_KEY_PREVIOUS bila kunci sedang diganti. / ` +
        `Personal data is stored sealed under key ${ids}, which this process does not hold (keys: ${held.join(', ')}). ` +
        `Set it as NETRA_DATA_KEY, or list it in NETRA_DATA_KEY_PREVIOUS when rotating the key.`,
    );
  }
}

/**
 * The per-case sealed columns: one row per case, keyed by case_id, each with a partial index of
 * the rows still in plaintext (`<table>_unsealed_idx`), so finding them reads no sealed row.
 */
const CASE_SEALED = [
  { name: 'reporters', table: 'case_reporters', column: 'identity', context: reporterContext, label: 'identitas pelapor / reporter identity' },
  { name: 'contacts', table: 'case_contacts', column: 'contacts', context: contactsContext, label: 'kontak saksi dan terlapor / contacts of witnesses and the reported party' },
] as const;

type Counts = { reporters: number; contacts: number; totpSecrets: number; blobKey: number };

export interface SealingReport {
  /** values an older version stored in plaintext, now sealed */
  sealed: Counts;
  /** values a previous key sealed, now sealed under the current key */
  resealed: Counts;
  /** previous keys nothing is sealed under any more: NETRA_DATA_KEY_PREVIOUS may drop them */
  retiredKeys: string[];
  /** records whose sealed value did not open (altered in the database): left as they are */
  unopened: string[];
}

const none = (): Counts => ({ reporters: 0, contacts: 0, totpSecrets: 0, blobKey: 0 });

export async function sealStoredPersonalData(db: Db, sealer: Sealer): Promise<SealingReport> {
  const inUse = (await db.select({ keyId: dataKeys.keyId }).from(dataKeys)).map((r) => r.keyId);
  const missing = inUse.filter((id) => !sealer.keyIds.includes(id));
  if (missing.length > 0) throw DataKeyMismatchError.missing(missing, sealer.keyIds);
  await checkKey(db, sealer);
  // Recorded before anything is sealed under it: a start that stops half-way still names it.
  await db.insert(dataKeys).values({ keyId: sealer.keyId }).onConflictDoNothing();

  const report: SealingReport = { sealed: none(), resealed: none(), retiredKeys: [], unopened: [] };
  const previous = inUse.filter((id) => id !== sealer.keyId);
  if (previous.length > 0) {
    report.resealed = await resealUnderCurrentKey(db, sealer, report.unopened);
    if (report.unopened.length === 0) {
      await db.delete(dataKeys).where(inArray(dataKeys.keyId, previous));
      report.retiredKeys = previous;
    }
  }
  report.sealed = await sealPlaintext(db, sealer);
  return report;
}

type CaseSealed = (typeof CASE_SEALED)[number];
type StoredRow = { caseId: string; value: string };

/** Up to `limit` rows of `t` past `after` (by case id) whose value satisfies `where`. */
async function storedRows(db: Db, t: CaseSealed, where: SQL, after: string, limit = BATCH): Promise<StoredRow[]> {
  const column = sql.raw(t.column);
  return rowsOf<StoredRow>(
    await db.execute(sql`select case_id as "caseId", ${column} as value from ${sql.raw(t.table)}
      where case_id > ${after}::uuid and ${where} order by case_id limit ${limit}`),
  );
}

/** Writes each row's new value where it still holds the one read (a row changed meanwhile is left alone). */
async function writeSealed(db: Db, t: CaseSealed, rows: { caseId: string; previous: string; sealed: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const values = sql.join(
    rows.map((r) => sql`(${r.caseId}::uuid, ${r.previous}, ${r.sealed})`),
    sql`, `,
  );
  const column = sql.raw(t.column);
  await db.execute(sql`update ${sql.raw(t.table)} as r set ${column} = v.sealed
    from (values ${values}) as v(case_id, previous, sealed) where r.case_id = v.case_id and r.${column} = v.previous`);
}

const FIRST = '00000000-0000-0000-0000-000000000000';
const isSealedSql = (t: CaseSealed) => sql`${sql.raw(t.column)} like 'v1.%'`;

/** Every sealed value not under the current key, opened and sealed again (only after a rotation: it reads every row). */
async function resealUnderCurrentKey(db: Db, sealer: Sealer, unopened: string[]): Promise<Counts> {
  const current = `v1.${sealer.keyId}.%`;
  const counts = none();
  for (const t of CASE_SEALED) {
    const notCurrent = sql`${isSealedSql(t)} and not (${sql.raw(t.column)} like ${current})`;
    for (let after = FIRST; ; ) {
      const rows = await storedRows(db, t, notCurrent, after);
      if (rows.length === 0) break;
      after = rows.at(-1)!.caseId;
      const resealed: { caseId: string; previous: string; sealed: string }[] = [];
      for (const r of rows) {
        const context = t.context(r.caseId);
        const plain = openOrNote(sealer, r.value, context, unopened);
        if (plain !== null) resealed.push({ caseId: r.caseId, previous: r.value, sealed: sealer.seal(plain, context) });
      }
      await writeSealed(db, t, resealed);
      counts[t.name] += resealed.length;
    }
  }
  const secrets = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(and(like(users.totpSecret, 'v1.%'), not(like(users.totpSecret, current))));
  for (const u of secrets) {
    const plain = openOrNote(sealer, u.secret!, totpContext(u.id), unopened);
    if (plain === null) continue;
    await db.update(users).set({ totpSecret: sealer.seal(plain, totpContext(u.id)) }).where(and(eq(users.id, u.id), eq(users.totpSecret, u.secret!)));
    counts.totpSecrets += 1;
  }
  const blobKey = await storedBlobKey(db);
  if (blobKey !== undefined && !blobKey.startsWith(`v1.${sealer.keyId}.`)) {
    const plain = openOrNote(sealer, blobKey, blobKeyContext(), unopened);
    if (plain !== null) {
      const resealed = sealer.seal(plain, blobKeyContext());
      await db.execute(sql`update meta set value = to_jsonb(${resealed}::text), updated_at = now() where key = ${BLOB_KEY} and value = to_jsonb(${blobKey}::text)`);
      counts.blobKey = 1;
    }
  }
  return counts;
}

function openOrNote(sealer: Sealer, sealed: string, context: string, unopened: string[]): string | null {
  try {
    return sealer.open(sealed, context);
  } catch (error) {
    if (!(error instanceof SealedDataError)) throw error;
    unopened.push(context);
    return null;
  }
}

async function sealPlaintext(db: Db, sealer: Sealer): Promise<Counts> {
  const counts = none();
  for (const t of CASE_SEALED) {
    // Served by the partial index <table>_unsealed_idx (migrations 0014, 0017): no full scan.
    const plaintext = sql`not (${isSealedSql(t)})`;
    for (let after = FIRST; ; ) {
      const rows = await storedRows(db, t, plaintext, after);
      if (rows.length === 0) break;
      after = rows.at(-1)!.caseId;
      await writeSealed(db, t, rows.map((r) => ({ caseId: r.caseId, previous: r.value, sealed: sealer.seal(r.value, t.context(r.caseId)) })));
      counts[t.name] += rows.length;
    }
  }
  const plainTotp = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(and(isNotNull(users.totpSecret), not(like(users.totpSecret, 'v1.%'))));
  for (const u of plainTotp) {
    await db.update(users).set({ totpSecret: sealer.seal(u.secret!, totpContext(u.id)) }).where(eq(users.id, u.id));
  }
  counts.totpSecrets = plainTotp.length;
  return counts;
}

/** One sealed value of each kind must open, or nothing is written under a second key. */
async function checkKey(db: Db, sealer: Sealer): Promise<void> {
  for (const t of CASE_SEALED) {
    const [row] = await storedRows(db, t, isSealedSql(t), FIRST, 1);
    if (row) tryOpen(() => sealer.open(row.value, t.context(row.caseId)), t.label);
  }
  const [user] = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(like(users.totpSecret, 'v1.%'))
    .limit(1);
  if (user?.secret) tryOpen(() => sealer.open(user.secret!, totpContext(user.id)), 'rahasia TOTP / TOTP secret');
  const blobKey = await storedBlobKey(db);
  if (blobKey !== undefined) tryOpen(() => sealer.open(blobKey, blobKeyContext()), 'kunci berkas bukti dan dokumen / blob key');
}

function tryOpen(open: () => string, what: string): void {
  try {
    open();
  } catch (error) {
    if (error instanceof SealedDataError) throw DataKeyMismatchError.doesNotOpen(what, error);
    throw error;
  }
}
