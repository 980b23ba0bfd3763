// The `netra` command: npm run netra -- <command> [options]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DATA_KEY_BYTES, keyIdOf } from '../server/crypto/sealed-data.js';
import { loadConfig } from '../server/config.js';
import { openConfiguredDatabase, prepareDatabase, withDataKey } from '../server/boot.js';
import { verifyAudit } from '../server/modules/audit/verify-audit.js';
import { addAdmin } from './add-admin.js';

const HELP = `netra — perintah administrasi / admin commands

  npm run netra -- migrate                 terapkan migrasi, muat wilayah / apply migrations, load regions
  npm run netra -- audit verify            periksa rantai hash log audit / verify the audit hash chain
  npm run netra -- users add-admin --username NAME --password PASS [--office ri]
                                           buat administrator / create an administrator
  npm run netra -- data-key new            cetak kunci data baru untuk NETRA_DATA_KEY / print a new data key
                                           (mengganti kunci / rotating the key: docs/operations.md)

Basis data / database: DATABASE_URL (PostgreSQL) atau/or NETRA_DATA_DIR (PGlite, default ./data).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { username: { type: 'string' }, password: { type: 'string' }, office: { type: 'string' }, help: { type: 'boolean' } },
  });
  const command = positionals.join(' ');
  if (values.help || !command) {
    console.log(HELP);
    return command ? 0 : 1;
  }
  if (command === 'data-key new') {
    // Only prints: the operator puts it in the secret store (NETRA_DATA_KEY), the old key in NETRA_DATA_KEY_PREVIOUS.
    const key = randomBytes(DATA_KEY_BYTES);
    console.log(key.toString('base64'));
    console.error(`(id ${keyIdOf(key)})`);
    return 0;
  }
  const config = await withDataKey({ ...loadConfig(), demo: false }, console.log);
  const database = await openConfiguredDatabase(config);
  try {
    switch (command) {
      case 'migrate':
        await prepareDatabase(database, config, console.log);
        console.log('OK');
        return 0;
      case 'audit verify': {
        await database.migrate();
        const result = await verifyAudit({ db: database.db });
        if (result.ok) {
          console.log(`OK: rantai audit utuh / audit chain intact (${result.rows} baris/rows, terakhir/last #${result.lastId ?? '-'})`);
          return 0;
        }
        console.error(`RUSAK / BROKEN at row #${result.brokenAt ?? '-'} (${result.reason}): ${result.detail}; ${result.rows} baris sebelumnya utuh / rows before it intact`);
        return 2;
      }
      case 'users add-admin': {
        if (!values.username || !values.password) throw new Error('--username dan --password wajib / are required');
        await prepareDatabase(database, config, console.log);
        const user = await addAdmin({ db: database.db, username: values.username, password: values.password, officeCode: values.office ?? 'ri' });
        console.log(`OK: administrator ${user.username} dibuat / created. Aktifkan TOTP saat masuk pertama / enrol TOTP at first sign-in.`);
        return 0;
      }
      default:
        console.error(`Perintah tidak dikenal / unknown command: ${command}\n\n${HELP}`);
        return 1;
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`Gagal / failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
