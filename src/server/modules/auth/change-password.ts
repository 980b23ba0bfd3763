import type { Deps } from '../../http/deps.js';
import { auditActor, type Actor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findUserById, updateUser } from '../users/users.repository.js';
import { hashPassword, verifyPassword } from './passwords.js';

export async function changePassword(deps: Deps, actor: Actor, input: { currentPassword: string; newPassword: string }) {
  const user = await findUserById(deps.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('INVALID_CREDENTIALS');
  const passwordHash = await hashPassword(input.newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await appendAudit(tx, { at: deps.now(), actor: auditActor(actor), action: 'auth.password-changed', entityType: 'user', entityId: user.id, regionCode: actor.scope, summary: {} });
  });
}
