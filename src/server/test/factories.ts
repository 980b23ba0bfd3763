// Factories: each call makes fresh, uniquely named rows, so tests run in parallel without cleanup.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TOTP } from 'otpauth';
import type { OfficeKind, Role } from '../../core/access.js';
import type { Db } from '../db/client.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { newTotpSecret } from '../modules/auth/totp.js';
import { insertOffice, type OfficeRow } from '../modules/offices/offices.repository.js';
import { insertUser, type UserRow } from '../modules/users/users.repository.js';
import { totpContext } from '../crypto/sealed-data.js';
import { testSealer } from './data-key.js';

const uid = () => randomUUID().slice(0, 8);
export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export async function makeOffice(db: Db, o: { kind?: OfficeKind; regionCode?: string | null; name?: string } = {}): Promise<OfficeRow> {
  const code = `t-${uid()}`;
  return insertOffice(db, {
    code,
    name: o.name ?? `Kantor uji ${code}`,
    kind: o.kind ?? 'bawaslu-kabkota',
    regionCode: o.regionCode === undefined ? '36.73' : o.regionCode,
  });
}

export type TestUser = UserRow & { password: string; totpSecret: string | null };

export async function makeUser(db: Db, o: { office: OfficeRow; role: Role; totp?: boolean }): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const totpSecret = o.totp ?? o.role === 'administrator' ? newTotpSecret() : null;
  const id = randomUUID();
  const user = await insertUser(db, {
    id,
    username: `u-${uid()}.${o.role}`,
    displayName: `Pengguna uji ${o.role}`,
    officeId: o.office.id,
    role: o.role,
    passwordHash: await cachedHash,
    // sealed under the user's id, as enrolment stores it (decision 013); the test keeps the secret
    totpSecret: totpSecret && testSealer.seal(totpSecret, totpContext(id)),
    totpEnabled: totpSecret !== null,
  });
  return { ...user, password: TEST_PASSWORD, totpSecret };
}

export function totpCode(secret: string, at = new Date()): string {
  return new TOTP({ secret, digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at.getTime() });
}

export type Session = { cookie: string; csrf: string; headers: Record<string, string> };

/** Signs in through the real endpoint and returns what a browser would hold. */
export async function signIn(app: FastifyInstance, user: TestUser, now = new Date()): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: user.username, password: user.password, ...(user.totpSecret ? { totp: totpCode(user.totpSecret, now) } : {}) },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const set = res.cookies.find((c) => c.name === 'netra_session');
  if (!set) throw new Error('no session cookie');
  const cookie = `netra_session=${set.value}`;
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}
