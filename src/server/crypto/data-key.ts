// Where the key that seals personal data comes from (decision 013): NETRA_DATA_KEY when set (the
// recommended way in production: from the deployment's secret store), otherwise the key file
// `<NETRA_DATA_DIR>/data.key`, created on first start. Losing the key loses every sealed reporter
// identity and TOTP secret: back it up, apart from the database.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DATA_KEY_BYTES } from './sealed-data.js';

export const KEY_FILE = 'data.key';

/** The key from its text form (base64 or base64url of 32 bytes), or why it is not one. */
export function parseDataKey(text: string): { ok: true; key: Buffer } | { ok: false; message: string } {
  const trimmed = text.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== DATA_KEY_BYTES) {
    return {
      ok: false,
      message:
        `kunci harus ${DATA_KEY_BYTES} bita dalam base64 (buat dengan: openssl rand -base64 32) / ` +
        `the key must be ${DATA_KEY_BYTES} bytes in base64 (make one with: openssl rand -base64 32)`,
    };
  }
  return { ok: true, key };
}

export interface ResolvedKey {
  key: Buffer;
  /** where it came from, for the start-up log */
  source: 'env' | 'file' | 'new-file';
  file?: string;
}

/**
 * The configured key, or the key file's (created when missing). Creation is atomic: the key is
 * written to a temporary file and linked into place, so processes starting together agree on one.
 */
export async function resolveDataKey(configured: Buffer | null, dataDir: string): Promise<ResolvedKey> {
  if (configured) return { key: configured, source: 'env' };
  const file = path.join(dataDir, KEY_FILE);
  const existing = await readKeyFile(file);
  if (existing) return { key: existing, source: 'file', file };
  await fs.mkdir(dataDir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await fs.writeFile(temp, `${randomBytes(DATA_KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  let created = true;
  try {
    await fs.link(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    created = false; // another process made it first: use theirs
  } finally {
    await fs.rm(temp, { force: true });
  }
  const key = await readKeyFile(file);
  if (!key) throw new Error(`data key file ${file} could not be read back`);
  return { key, source: created ? 'new-file' : 'file', file };
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = parseDataKey(text);
  if (!parsed.ok) throw new Error(`Berkas kunci ${file} tidak valid / invalid key file ${file}: ${parsed.message}`);
  return parsed.key;
}
