// Start-up work of decision 013, run once by the process that prepares the database: refuse a key
// that does not open what is stored, then seal what was stored in plaintext before (reporter
// identities, TOTP secrets). Running it again changes nothing: sealed values are left alone.
import { and, eq, isNotNull, like, not } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { caseReporters, users } from '../db/schema.js';
import { reporterContext, SealedDataError, totpContext, type Sealer } from './sealed-data.js';

const BATCH = 500;

/** What does not open under this key: the operator's to fix (the wrong NETRA_DATA_KEY or key file). */
export class DataKeyMismatchError extends Error {
  constructor(what: string, cause: SealedDataError) {
    super(
      `Kunci data tidak cocok dengan data tersimpan (${what}): periksa NETRA_DATA_KEY atau berkas data.key / ` +
        `the data key does not open the stored data (${what}): check NETRA_DATA_KEY or the data.key file. ${cause.message}`,
    );
    this.name = 'DataKeyMismatchError';
  }
}

export async function sealStoredPersonalData(db: Db, sealer: Sealer): Promise<{ reporters: number; totpSecrets: number }> {
  await checkKey(db, sealer);
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
    if (error instanceof SealedDataError) throw new DataKeyMismatchError(what, error);
    throw error;
  }
}
