// Rotating the data key offline, as an operator does it with the `netra` command (decision 013):
// print a new key, migrate with the new key and the old one in NETRA_DATA_KEY_PREVIOUS, then only
// the new key opens the data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataKey } from '../server/crypto/data-key.js';
import { createSealer, keyIdOf, totpContext } from '../server/crypto/sealed-data.js';
import { openDatabase, rowsOf } from '../server/db/client.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-cli-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function netra(args: string[], extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, NETRA_DATA_DIR: dir, NETRA_DEMO: '0', ...extraEnv };
  delete env.DATABASE_URL;
  if (!('NETRA_DATA_KEY' in extraEnv)) delete env.NETRA_DATA_KEY;
  if (!('NETRA_DATA_KEY_PREVIOUS' in extraEnv)) delete env.NETRA_DATA_KEY_PREVIOUS;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 90_000 });
}

const keyOf = (text: string) => {
  const parsed = parseDataKey(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.key;
};

describe('netra data-key new, and migrate after a rotation', () => {
  it('prints a fresh key each time, and touches no database', () => {
    const a = netra(['data-key', 'new']);
    const b = netra(['data-key', 'new']);
    expect(a.status, a.stderr).toBe(0);
    const key = keyOf(a.stdout);
    expect(key).toHaveLength(32);
    expect(a.stderr).toContain(`(id ${keyIdOf(key)})`);
    expect(keyOf(b.stdout).equals(key)).toBe(false);
    expect(() => readFileSync(path.join(dir, 'data.key'))).toThrow(/ENOENT/); // no key file made, no database opened
  });

  it('re-seals under the new key with the old one as previous; afterwards the old key alone is refused', async () => {
    const add = netra(['users', 'add-admin', '--username', 'operator', '--password', 'operator-password-1']);
    expect(add.status, add.stderr).toBe(0);
    const oldText = readFileSync(path.join(dir, 'data.key'), 'utf8').trim();
    const old = createSealer(keyOf(oldText));
    let db = await openDatabase({ dataDir: dir });
    const [admin] = rowsOf<{ id: string }>(await db.db.execute(sql`select id from users where username = 'operator'`));
    await db.db.execute(sql`update users set totp_secret = ${old.seal('JBSWY3DPEHPK3PXP', totpContext(admin!.id))} where id = ${admin!.id}`);
    await db.close();

    const newText = netra(['data-key', 'new']).stdout.trim();
    const fresh = createSealer(keyOf(newText));
    const rotated = netra(['migrate'], { NETRA_DATA_KEY: newText, NETRA_DATA_KEY_PREVIOUS: oldText });
    expect(rotated.status, rotated.stderr).toBe(0);
    expect(rotated.stdout).toContain(`previous data keys: NETRA_DATA_KEY_PREVIOUS (id ${old.keyId})`);
    expect(rotated.stdout).toContain(`personal data re-sealed under key ${fresh.keyId}: 0 identitas pelapor / reporter identities, 0 kontak saksi dan terlapor / contacts of witnesses and reported parties, 1 rahasia TOTP / TOTP secrets`);
    expect(rotated.stdout).toContain(`Nothing is sealed under key ${old.keyId} any more: remove it from NETRA_DATA_KEY_PREVIOUS`);

    db = await openDatabase({ dataDir: dir });
    const [row] = rowsOf<{ totp_secret: string }>(await db.db.execute(sql`select totp_secret from users where id = ${admin!.id}`));
    await db.close();
    expect(fresh.open(row!.totp_secret, totpContext(admin!.id))).toBe('JBSWY3DPEHPK3PXP');

    const newOnly = netra(['migrate'], { NETRA_DATA_KEY: newText });
    expect(newOnly.status, newOnly.stderr).toBe(0);
    expect(newOnly.stdout).not.toContain('re-sealed');
    const oldOnly = netra(['migrate']); // the key file still holds the old key
    expect(oldOnly.status).toBe(1);
    expect(oldOnly.stderr).toContain(`Personal data is stored sealed under key ${fresh.keyId}, which this process does not hold (keys: ${old.keyId})`);
  }, 120_000);
});
