// Start-up work of decision 013, run by the process that prepares the database:
// 1. refuse keys that do not open what is stored (the wrong NETRA_DATA_KEY, a key left out of
//    NETRA_DATA_KEY_PREVIOUS), before anything is written;
// 2. record the current key in data_keys;
// 3. after a rotation, re-seal under the current key what a previous key sealed, then drop the
//    previous key from data_keys (it may then leave NETRA_DATA_KEY_PREVIOUS);
// 4. seal what an older version stored in plaintext (reporter identities, TOTP secrets).
// Running it again changes nothing.
import { and, asc, eq, gt, inArray, isNotNull, like, not, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { caseReporters, dataKeys, users } from '../db/schema.js';
import { reporterContext, SealedDataError, totpContext, type Sealer } from './sealed-data.js';

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

export interface SealingReport {
  /** values an older version stored in plaintext, now sealed */
  sealed: { reporters: number; totpSecrets: number };
  /** values a previous key sealed, now sealed under the current key */
  resealed: { reporters: number; totpSecrets: number };
  /** previous keys nothing is sealed under any more: NETRA_DATA_KEY_PREVIOUS may drop them */
  retiredKeys: string[];
  /** records whose sealed value did not open (altered in the database): left as they are */
  unopened: string[];
}

export async function sealStoredPersonalData(db: Db, sealer: Sealer): Promise<SealingReport> {
  const inUse = (await db.select({ keyId: dataKeys.keyId }).from(dataKeys)).map((r) => r.keyId);
  const missing = inUse.filter((id) => !sealer.keyIds.includes(id));
  if (missing.length > 0) throw DataKeyMismatchError.missing(missing, sealer.keyIds);
  await checkKey(db, sealer);
  // Recorded before anything is sealed under it: a start that stops half-way still names it.
  await db.insert(dataKeys).values({ keyId: sealer.keyId }).onConflictDoNothing();

  const report: SealingReport = { sealed: { reporters: 0, totpSecrets: 0 }, resealed: { reporters: 0, totpSecrets: 0 }, retiredKeys: [], unopened: [] };
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

/** Every sealed value not under the current key, opened and sealed again (only after a rotation: it reads every row). */
async function resealUnderCurrentKey(db: Db, sealer: Sealer, unopened: string[]): Promise<SealingReport['resealed']> {
  const current = `v1.${sealer.keyId}.%`;
  let reporters = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await db
      .select({ caseId: caseReporters.caseId, identity: caseReporters.identity })
      .from(caseReporters)
      .where(and(gt(caseReporters.caseId, after), like(caseReporters.identity, 'v1.%'), not(like(caseReporters.identity, current))))
      .orderBy(asc(caseReporters.caseId))
      .limit(BATCH);
    if (rows.length === 0) break;
    after = rows.at(-1)!.caseId;
    const resealed: { caseId: string; previous: string; sealed: string }[] = [];
    for (const r of rows) {
      const context = reporterContext(r.caseId);
      const plain = openOrNote(sealer, r.identity, context, unopened);
      if (plain !== null) resealed.push({ caseId: r.caseId, previous: r.identity, sealed: sealer.seal(plain, context) });
    }
    if (resealed.length === 0) continue;
    // One statement per batch; the old value is matched so that a row changed meanwhile is left alone.
    const values = sql.join(
      resealed.map((r) => sql`(${r.caseId}::uuid, ${r.previous}, ${r.sealed})`),
      sql`, `,
    );
    await db.execute(sql`update case_reporters as r set identity = v.sealed
      from (values ${values}) as v(case_id, previous, sealed) where r.case_id = v.case_id and r.identity = v.previous`);
    reporters += resealed.length;
  }
  let totpSecrets = 0;
  const secrets = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(and(like(users.totpSecret, 'v1.%'), not(like(users.totpSecret, current))));
  for (const u of secrets) {
    const plain = openOrNote(sealer, u.secret!, totpContext(u.id), unopened);
    if (plain === null) continue;
    await db.update(users).set({ totpSecret: sealer.seal(plain, totpContext(u.id)) }).where(and(eq(users.id, u.id), eq(users.totpSecret, u.secret!)));
    totpSecrets += 1;
  }
  return { reporters, totpSecrets };
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

async function sealPlaintext(db: Db, sealer: Sealer): Promise<SealingReport['sealed']> {
  let reporters = 0;
  for (;;) {
    // Served by the partial index case_reporters_unsealed_idx (migration 0014): no full scan.
    const rows = await db
      .select({ caseId: caseReporters.caseId, identity: caseReporters.identity })
      .from(caseReporters)
      .where(not(like(caseReporters.identity, 'v1.%')))
      .limit(BATCH);
    if (rows.length === 0) break;
    await db.transaction(async (tx) => {
      for (const r of rows) {
        await tx.update(caseReporters).set({ identity: sealer.seal(r.identity, reporterContext(r.caseId)) }).where(eq(caseReporters.caseId, r.caseId));
      }
    });
    reporters += rows.length;
  }
  const plainTotp = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(and(isNotNull(users.totpSecret), not(like(users.totpSecret, 'v1.%'))));
  for (const u of plainTotp) {
    await db.update(users).set({ totpSecret: sealer.seal(u.secret!, totpContext(u.id)) }).where(eq(users.id, u.id));
  }
  return { reporters, totpSecrets: plainTotp.length };
}

/** One sealed value of each kind must open, or nothing is written under a second key. */
async function checkKey(db: Db, sealer: Sealer): Promise<void> {
  const [reporter] = await db
    .select({ caseId: caseReporters.caseId, identity: caseReporters.identity })
    .from(caseReporters)
    .where(like(caseReporters.identity, 'v1.%'))
    .limit(1);
  if (reporter) tryOpen(() => sealer.open(reporter.identity, reporterContext(reporter.caseId)), 'identitas pelapor / reporter identity');
  const [user] = await db
    .select({ id: users.id, secret: users.totpSecret })
    .from(users)
    .where(like(users.totpSecret, 'v1.%'))
    .limit(1);
  if (user?.secret) tryOpen(() => sealer.open(user.secret!, totpContext(user.id)), 'rahasia TOTP / TOTP secret');
}

function tryOpen(open: () => string, what: string): void {
  try {
    open();
  } catch (error) {
    if (error instanceof SealedDataError) throw DataKeyMismatchError.doesNotOpen(what, error);
    throw error;
  }
}
