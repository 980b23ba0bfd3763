import { randomBytes } from 'node:crypto';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { findUserByUsername, recordFailedLogin, updateUser, type UserRow } from '../users/users.repository.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { newToken, sessionIdOf } from './session-token.js';
import { insertSession } from './sessions.repository.js';
import { checkTotp } from './totp.js';
import { totpSecretOf } from './totp-enrolment.js';

export type LoginResult = { token: string; csrfToken: string; user: UserRow; expiresAt: Date };

/** Sign-in events are filed under the user's office region, so that office's audit view shows them. */
async function regionOf(deps: Deps, user: UserRow): Promise<string | null> {
  return (await findOfficeById(deps.db, user.officeId))?.regionCode ?? null;
}

async function fail(deps: Deps, user: UserRow, reason: string): Promise<never> {
  const { maxFailures, lockMinutes } = deps.config.login;
  const regionCode = await regionOf(deps, user);
  const updated = await deps.db.transaction(async (tx) => {
    const row = await recordFailedLogin(tx, user.id, maxFailures, lockMinutes);
    await appendAudit(tx, {
      at: deps.now(), actor: { id: user.id, label: user.username, officeId: user.officeId },
      action: 'auth.login-failed',
      entityType: 'user',
      entityId: user.id,
      regionCode,
      summary: { reason, failedLogins: row.failedLogins, locked: row.failedLogins >= maxFailures },
    });
    return row;
  });
  throw new AppError(updated.failedLogins >= maxFailures ? 'ACCOUNT_LOCKED' : reason === 'totp' ? 'TOTP_INVALID' : 'INVALID_CREDENTIALS');
}

/** Checks password (and TOTP when enrolled), applies lockout, and opens a session. */
export async function login(deps: Deps, input: { username: string; password: string; totp?: string | undefined }): Promise<LoginResult> {
  const now = deps.now();
  const user = await findUserByUsername(deps.db, input.username);
  if (!user) {
    await verifyPassword(await dummyHash(), input.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > now) throw new AppError('ACCOUNT_LOCKED');
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail(deps, user, 'password');
  if (!user.active) throw new AppError('ACCOUNT_DISABLED');
  const totpSecret = user.totpEnabled ? totpSecretOf(deps, user) : null;
  if (totpSecret) {
    if (!input.totp) throw new AppError('TOTP_REQUIRED');
    if (!checkTotp(totpSecret, user.username, input.totp, now)) return fail(deps, user, 'totp');
  }
  const token = newToken();
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + deps.config.sessionHours * 3600_000);
  const regionCode = await regionOf(deps, user);
  const updated = await deps.db.transaction(async (tx) => {
    await insertSession(tx, { id: sessionIdOf(token), userId: user.id, csrfToken, expiresAt, createdAt: now });
    const row = await updateUser(tx, user.id, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
    await appendAudit(tx, {
      at: now, actor: { id: user.id, label: user.username, officeId: user.officeId },
      action: 'auth.login',
      entityType: 'user',
      entityId: user.id,
      regionCode,
      summary: { totp: user.totpEnabled },
    });
    return row;
  });
  return { token, csrfToken, user: updated, expiresAt };
}
