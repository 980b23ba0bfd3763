import type { Deps } from '../../http/deps.js';
import type { Actor } from '../../http/context.js';
import { auditActor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findUserById, updateUser } from '../users/users.repository.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';
import { openStored, totpContext } from '../../crypto/sealed-data.js';

/** The user's TOTP secret, opened (decision 013); a value from before sealing is the secret itself. */
export function totpSecretOf(deps: Pick<Deps, 'sealer'>, user: { id: string; totpSecret: string | null }): string | null {
  if (!user.totpSecret) return null;
  return openStored(deps.sealer, user.totpSecret, totpContext(user.id));
}

/** Step 1: a fresh secret, stored but not yet active. */
export async function startTotpEnrolment(deps: Deps, actor: Actor) {
  const secret = newTotpSecret();
  await updateUser(deps.db, actor.userId, { totpSecret: deps.sealer.seal(secret, totpContext(actor.userId)), totpEnabled: false });
  return { secret, otpauthUri: totpUri(secret, actor.username) };
}

/** Step 2: the user proves the authenticator works; from now on sign-in asks for a code. */
export async function confirmTotpEnrolment(deps: Deps, actor: Actor, code: string) {
  const user = await findUserById(deps.db, actor.userId);
  const secret = user ? totpSecretOf(deps, user) : null;
  if (!user || !secret || !checkTotp(secret, user.username, code, deps.now())) throw new AppError('TOTP_INVALID');
  return deps.db.transaction(async (tx) => {
    const row = await updateUser(tx, actor.userId, { totpEnabled: true });
    await appendAudit(tx, { at: deps.now(), actor: auditActor(actor), action: 'auth.totp-enabled', entityType: 'user', entityId: actor.userId, regionCode: actor.scope, summary: {} });
    return row;
  });
}
