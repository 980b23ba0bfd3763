import type { Db } from '../server/db/client.js';
import { appendAudit } from '../server/modules/audit/append-audit.js';
import { hashPassword } from '../server/modules/auth/passwords.js';
import { findOfficeByCode } from '../server/modules/offices/offices.repository.js';
import { findUserByUsername, insertUser } from '../server/modules/users/users.repository.js';

export async function addAdmin(opts: { db: Db; username: string; password: string; officeCode: string }) {
  if (opts.password.length < 10) throw new Error('kata sandi minimal 10 karakter / password needs at least 10 characters');
  const office = await findOfficeByCode(opts.db, opts.officeCode);
  if (!office) throw new Error(`kantor tidak ditemukan / no office with code ${opts.officeCode}`);
  if (await findUserByUsername(opts.db, opts.username)) throw new Error('nama pengguna sudah dipakai / username taken');
  const passwordHash = await hashPassword(opts.password);
  return opts.db.transaction(async (tx) => {
    const user = await insertUser(tx, { username: opts.username.toLowerCase(), displayName: opts.username, officeId: office.id, role: 'administrator', passwordHash });
    await appendAudit(tx, { at: new Date(), actor: { id: null, label: 'cli' }, action: 'user.created', entityType: 'user', entityId: user.id, regionCode: office.regionCode, summary: { username: user.username, role: 'administrator' } });
    return user;
  });
}
