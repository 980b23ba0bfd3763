// `npm run netra -- audit verify` as an operator runs it, on a real PGlite data directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../server/db/client.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'netra-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function netra(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, NETRA_DATA_DIR: dir, NETRA_DEMO: '0' };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { env, encoding: 'utf8', timeout: 90_000 });
}

describe('netra audit verify', () => {
  it('passes on a fresh database, then fails after one audit row is edited with SQL', async () => {
    const add = netra('users', 'add-admin', '--username', 'operator', '--password', 'operator-password-1');
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/Kunci data baru dibuat \/ new data key made: .*data\.key/); // the first command makes the key, and says so
    const ok = netra('audit', 'verify');
    expect(ok.stdout).toMatch(/Kunci data \/ data key: .*data\.key/);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/OK: .*audit chain intact \(1 baris\/rows/);

    const db = await openDatabase({ dataDir: dir });
    await db.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await db.db.execute(sql`update audit_log set action = 'user.deleted' where id = 1`);
    await db.close();

    const broken = netra('audit', 'verify');
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/BROKEN at row #1 \(hash-mismatch\)/);
  });

  it('explains itself when called wrongly', () => {
    const res = netra('no-such-command');
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('unknown command');
  });
});
