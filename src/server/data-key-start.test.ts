// Decision 013 as an operator meets it: the real `src/server/main.ts` on its embedded database.
// The first start makes the key file (owner-only) and says to back it up; the demo's reporter
// identities are stored sealed under it; a later start with another key stops with a message, in
// Indonesian and English, before writing anything; the right key starts again. Rotating the key
// file with NETRA_DATA_KEY_PREVIOUS re-seals the identities under a new key.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { openDatabase, rowsOf } from './db/client.js';
import { freePort } from './test/free-port.js';
import { parseDataKey } from './crypto/data-key.js';
import { contactsContext, createSealer, isSealed, reporterContext } from './crypto/sealed-data.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'netra-key-start-'));

type Run = { code: number | null; out: string; err: string; healthy: boolean };

/** Starts main.ts, waits until it answers /api/health (then SIGTERM) or exits on its own. */
async function start(extraEnv: Record<string, string> = {}): Promise<Run> {
  const port = await freePort();
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1', NETRA_DATA_DIR: dataDir, NETRA_DEMO: '1', NETRA_LOG_LEVEL: 'warn', NETRA_SWEEP_SECONDS: '0', ...extraEnv };
  delete env.DATABASE_URL; // the embedded database, even in CI's PostgreSQL leg
  if (!('NETRA_DATA_KEY' in extraEnv)) delete env.NETRA_DATA_KEY;
  if (!('NETRA_DATA_KEY_PREVIOUS' in extraEnv)) delete env.NETRA_DATA_KEY_PREVIOUS;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let healthy = false;
  for (let i = 0; i < 480 && child.exitCode === null; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) {
      healthy = true;
      child.kill('SIGTERM');
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (child.exitCode === null && !healthy) child.kill('SIGKILL');
  return { code: await exited, out, err, healthy };
}

const keyOf = (text: string) => {
  const parsed = parseDataKey(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.key;
};

/** Rows of the embedded database, read between starts. */
async function storedRows<T>(query: SQL): Promise<T[]> {
  const database = await openDatabase({ dataDir });
  try {
    return rowsOf<T>(await database.db.execute(query));
  } finally {
    await database.close();
  }
}
const storedIdentities = () => storedRows<{ case_id: string; identity: string }>(sql`select case_id, identity from case_reporters`);
/** The demo's witness contacts (every demo laporan has a witness with an address and phone). */
const storedContacts = () => storedRows<{ case_id: string; contacts: string }>(sql`select case_id, contacts from case_contacts`);

describe('the data key at start-up (embedded database)', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('makes the key once, seals the demo under it, refuses another key, and starts again with its own', async () => {
    const first = await start();
    expect(first.healthy, first.err).toBe(true);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Kunci data baru dibuat \/ new data key made: .*data\.key \(id [0-9a-f]{8}\)/);
    expect(first.out).toMatch(/Simpan cadangannya terpisah dari basis data/);
    const keyFile = path.join(dataDir, 'data.key');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const sealer = createSealer(keyOf(readFileSync(keyFile, 'utf8')));

    const rows = await storedIdentities();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(isSealed(r.identity)).toBe(true);
      expect(JSON.parse(sealer.open(r.identity, reporterContext(r.case_id)))).toHaveProperty('name');
    }
    // The demo's PDFs are stored sealed (decision 014): no file under its bare SHA-256.
    const files = readdirSync(path.join(dataDir, 'blobs'), { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && !f.parentPath.endsWith('tmp'));
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !/^[0-9a-f]{64}\.s1$/.test(f.name))).toEqual([]);
    const contacts = await storedContacts();
    expect(contacts).toHaveLength(rows.length);
    for (const r of contacts) expect(JSON.parse(sealer.open(r.contacts, contactsContext(r.case_id))).witnesses[0]).toHaveProperty('phone');

    const wrong = await start({ NETRA_DATA_KEY: randomBytes(32).toString('base64') });
    expect(wrong.healthy).toBe(false);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain(`Data pribadi tersimpan tersegel dengan kunci ${sealer.keyId}, yang tidak dipegang proses ini`);
    expect(wrong.err).toMatch(/Personal data is stored sealed under key [0-9a-f]{8}, which this process does not hold .*NETRA_DATA_KEY_PREVIOUS/);
    expect(wrong.err).not.toMatch(/\n\s+at /); // a message, not a stack trace

    const again = await start();
    expect(again.healthy, again.err).toBe(true);
    expect(again.out).toContain(`Kunci data / data key: ${keyFile} (id ${sealer.keyId})`);

    // Rotation with the key file, as docs/operations.md tells it: move the old key aside and start
    // with it in NETRA_DATA_KEY_PREVIOUS; the start makes a new key file and re-seals under it.
    const oldText = readFileSync(keyFile, 'utf8').trim();
    renameSync(keyFile, `${keyFile}.lama`);
    const rotated = await start({ NETRA_DATA_KEY_PREVIOUS: oldText });
    expect(rotated.healthy, rotated.err).toBe(true);
    const fresh = createSealer(keyOf(readFileSync(keyFile, 'utf8')));
    expect(fresh.keyId).not.toBe(sealer.keyId);
    expect(rotated.out).toContain(`new data key made: ${keyFile} (id ${fresh.keyId})`);
    expect(rotated.out).toContain(
      `personal data re-sealed under key ${fresh.keyId}: ${rows.length} identitas pelapor / reporter identities, ${rows.length} kontak saksi dan terlapor`,
    );
    expect(rotated.out).toContain(`Nothing is sealed under key ${sealer.keyId} any more`);
    for (const r of await storedIdentities()) {
      expect(r.identity.startsWith(`v1.${fresh.keyId}.`)).toBe(true);
      expect(JSON.parse(fresh.open(r.identity, reporterContext(r.case_id)))).toHaveProperty('name');
    }
    for (const r of await storedContacts()) expect(r.contacts.startsWith(`v1.${fresh.keyId}.`)).toBe(true);
    const afterRotation = await start(); // the new key file alone
    expect(afterRotation.healthy, afterRotation.err).toBe(true);
    expect(afterRotation.out).not.toContain('re-sealed');
  }, 240_000);
});
