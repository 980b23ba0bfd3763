// Everything before the HTTP server: open the database, migrate, load regions, seed the demo.
import { count, sql } from 'drizzle-orm';
import type { Config } from './config.js';
import { resolveDataKey } from './crypto/data-key.js';
import { sealStoredPersonalData, type SealingReport } from './crypto/seal-stored.js';
import { createSealer, keyIdOf } from './crypto/sealed-data.js';
import { openDatabase, type Database } from './db/client.js';
import { offices } from './db/schema.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { demoSignInSummary, seedDemo } from './demo/seed-demo.js';
import { seedDemoCases } from './demo/seed-demo-cases.js';
import { blobStoreOf, makeDeps } from './http/deps.js';
import { sealLegacyBlobs } from './storage/seal-legacy-blobs.js';
import { insertOffice } from './modules/offices/offices.repository.js';
import { loadRegions } from './modules/regions/load-regions.js';
import { seedCalendar } from './modules/law/calendar.repository.js';
import { OFFICIAL_CALENDAR } from '../core/law/index.js';

export type BootLog = (line: string) => void;

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
}

/**
 * The config with its data key (decision 013): NETRA_DATA_KEY, or the key file in the data
 * directory, made on first start. `log` is given by the process that reports (not by each of
 * several server processes).
 */
export async function withDataKey(config: Config, log?: BootLog): Promise<Config & { dataKey: Buffer }> {
  const resolved = await resolveDataKey(config.dataKey, config.dataDir);
  const id = keyIdOf(resolved.key);
  if (resolved.source === 'env') log?.(`Kunci data / data key: NETRA_DATA_KEY (id ${id})`);
  else if (resolved.source === 'file') log?.(`Kunci data / data key: ${resolved.file} (id ${id})`);
  else {
    log?.(`Kunci data baru dibuat / new data key made: ${resolved.file} (id ${id}).`);
    log?.('  Simpan cadangannya terpisah dari basis data: tanpa kunci ini identitas pelapor, kontak saksi, berkas bukti dan dokumen tidak dapat dibuka. /');
    log?.('  Back it up apart from the database: without it no reporter identity, witness contact, evidence file or document can be read. In production set NETRA_DATA_KEY.');
  }
  if (config.previousDataKeys.length > 0) {
    log?.(`Kunci data sebelumnya / previous data keys: NETRA_DATA_KEY_PREVIOUS (id ${config.previousDataKeys.map(keyIdOf).join(', ')})`);
  }
  return { ...config, dataKey: resolved.key };
}

const hasDataKey = (config: Config): config is Config & { dataKey: Buffer } => config.dataKey !== null;

function logSealing(report: SealingReport, config: Config & { dataKey: Buffer }, log: BootLog): void {
  const counts = (n: SealingReport['sealed']) =>
    `${n.reporters} identitas pelapor / reporter identities, ${n.contacts} kontak saksi dan terlapor / contacts of witnesses and reported parties, ` +
    `${n.totpSecrets} rahasia TOTP / TOTP secrets, ${n.blobKey} kunci berkas / blob key`;
  const total = (n: SealingReport['sealed']) => n.reporters + n.contacts + n.totpSecrets + n.blobKey;
  const { sealed, resealed, unopened } = report;
  if (total(sealed) > 0) log(`Data pribadi disegel / personal data sealed: ${counts(sealed)}`);
  if (total(resealed) > 0) {
    log(`Data pribadi disegel ulang dengan kunci ${keyIdOf(config.dataKey)} / personal data re-sealed under key ${keyIdOf(config.dataKey)}: ${counts(resealed)}`);
  }
  if (unopened.length > 0) {
    log(`PERINGATAN / WARNING: ${unopened.length} nilai tersegel tidak dapat dibuka (diubah di basis data?) / sealed values do not open (altered in the database?):`);
    for (const record of unopened.slice(0, 20)) log(`  ${record}`);
    log('  Kunci sebelumnya tetap diperlukan / the previous keys are still needed (NETRA_DATA_KEY_PREVIOUS).');
  }
  const unused = config.previousDataKeys.map(keyIdOf).filter((id) => id !== keyIdOf(config.dataKey));
  if (unused.length > 0 && unopened.length === 0) {
    log(
      `Tidak ada lagi data tersegel dengan kunci ${unused.join(', ')}: hapus dari NETRA_DATA_KEY_PREVIOUS, simpan selama cadangan lama masih disimpan. / ` +
        `Nothing is sealed under key ${unused.join(', ')} any more: remove it from NETRA_DATA_KEY_PREVIOUS; keep it as long as older backups are kept.`,
    );
  }
}

/** PostgreSQL did not answer in time, or refused the connection: said to the operator in one line, without a stack trace. */
export class DatabaseUnreachableError extends Error {}

/** The driver's own error: drizzle wraps it with the failed query. */
function driverError(err: unknown): { code?: unknown } {
  return ((err as { cause?: unknown }).cause ?? err) as { code?: unknown };
}

/** What an error of the driver says, in one line. */
function reasonOf(err: unknown): string {
  const inner = driverError(err);
  const code = inner.code;
  const message = inner instanceof Error ? inner.message : String(inner);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

/**
 * Waits until the database answers, for at most `seconds`: PostgreSQL started at the same time
 * (Docker Compose, systemd after a power cut), restarting or failing over is waited for, with one
 * line said, instead of a start that fails with a stack trace. A wrong user or password, or a
 * database that does not exist, is said at once in one line too; any other error is thrown.
 */
export async function waitForDatabase(database: Database, opts: { seconds: number; log: BootLog; pauseMs?: number }): Promise<void> {
  const until = Date.now() + opts.seconds * 1000;
  let waiting = false;
  for (;;) {
    try {
      await database.db.execute(sql`select 1`);
      if (waiting) opts.log('Netra: basis data tersedia / the database answers');
      return;
    } catch (err) {
      const code = driverError(err).code;
      if (typeof code === 'string' && (code.startsWith('28') || code === '3D000')) {
        // A wrong user or password (class 28) or a database that does not exist: waiting won't help.
        throw new DatabaseUnreachableError(
          `Netra: basis data menolak koneksi (${reasonOf(err)}); periksa DATABASE_URL. / the database refused the connection (${reasonOf(err)}); check DATABASE_URL.`,
        );
      }
      if (!isDatabaseUnavailable(err)) throw err;
      if (Date.now() >= until) {
        throw new DatabaseUnreachableError(
          `Netra: basis data tidak dapat dihubungi setelah ${opts.seconds} detik (${reasonOf(err)}); periksa DATABASE_URL dan PostgreSQL, atau tunggu lebih lama dengan NETRA_DB_WAIT_SECONDS. / ` +
            `the database could not be reached in ${opts.seconds} s (${reasonOf(err)}); check DATABASE_URL and PostgreSQL, or wait longer with NETRA_DB_WAIT_SECONDS.`,
        );
      }
      if (!waiting) opts.log(`Netra: menunggu basis data / waiting for the database (${reasonOf(err)}), paling lama / at most ${opts.seconds} s`);
      waiting = true;
      await new Promise((r) => setTimeout(r, opts.pauseMs ?? 1000));
    }
  }
}

export async function prepareDatabase(database: Database, config: Config, log: BootLog): Promise<void> {
  await database.migrate();
  if (!hasDataKey(config)) throw new Error('prepareDatabase: config.dataKey is not resolved (withDataKey)');
  const sealer = createSealer(config.dataKey, config.previousDataKeys);
  logSealing(await sealStoredPersonalData(database.db, sealer), config, log);
  const blobs = await sealLegacyBlobs(database.db, blobStoreOf(database.db, config, sealer));
  if (blobs.sealed > 0) log(`Berkas bukti dan dokumen disegel / evidence and document files sealed: ${blobs.sealed}`);
  if (blobs.mismatch.length > 0) {
    log(`PERINGATAN / WARNING: ${blobs.mismatch.length} berkas tidak cocok dengan SHA-256-nya, dibiarkan / files do not match their SHA-256, left as they are:`);
    for (const sha of blobs.mismatch.slice(0, 20)) log(`  ${sha}`);
  }
  const regions = await loadRegions({ db: database.db });
  if (regions.inserted > 0) log(`Wilayah dimuat / regions loaded: ${regions.inserted} in ${(regions.ms / 1000).toFixed(1)} s`);
  const days = await seedCalendar(database.db, OFFICIAL_CALENDAR);
  if (days > 0) log(`Kalender resmi / official calendar: ${days} hari libur dan cuti bersama / non-working days added`);
  const [row] = await database.db.select({ n: count() }).from(offices);
  if ((row?.n ?? 0) > 0) return;
  if (config.demo) {
    const now = new Date();
    const demo = await seedDemo({ db: database.db, password: config.demoPassword, now });
    const deps = makeDeps({ db: database.db, config });
    await deps.blobs.ready();
    const demoCases = await seedDemoCases(deps, now);
    log(`Data demo Pilkada 2024 Banten dibuat / demo seeded: ${demo.offices} kantor/offices, ${demo.users.length} pengguna/users, ${demoCases} perkara/cases.`);
    log(`Kata sandi semua pengguna demo / password of every demo user: ${config.demoPassword === 'netra-demo-2024' ? 'netra-demo-2024 (NETRA_DEMO_PASSWORD)' : '(NETRA_DEMO_PASSWORD)'}`);
    log('Nama pengguna demo / demo sign-in names:');
    for (const line of demoSignInSummary(demo.users)) log(`  ${line}`);
  } else {
    await insertOffice(database.db, { code: 'ri', name: 'Bawaslu Republik Indonesia', kind: 'bawaslu-ri', regionCode: null });
    log('Basis data kosong / empty database. Buat administrator pertama / create the first administrator:');
    log('  npm run netra -- users add-admin --username <nama> --password <kata-sandi>');
  }
}
