import type { z } from 'zod';
import { ROLES_BY_OFFICE_KIND, type OfficeKind, type Role } from '../../../core/access.js';
import type { userCreateBody, userUpdateBody } from '../../../core/api/people.js';
import type { Deps } from '../../http/deps.js';
import { auditActor, type Actor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { hashPassword } from '../auth/passwords.js';
import { deleteUserSessions } from '../auth/sessions.repository.js';
import { findOfficeInScope } from '../offices/offices.repository.js';
import { findUserByUsername, findUserInScope, insertUser, updateUser } from './users.repository.js';

function assertRoleFits(kind: string, role: Role): void {
  if (!ROLES_BY_OFFICE_KIND[kind as OfficeKind]?.includes(role)) throw new AppError('ROLE_NOT_ALLOWED_FOR_OFFICE');
}

export async function createUser(deps: Deps, actor: Actor, input: z.infer<typeof userCreateBody>) {
  const office = await findOfficeInScope(deps.db, actor.scope, input.officeId);
  if (!office) throw new AppError('OUT_OF_JURISDICTION');
  assertRoleFits(office.kind, input.role);
  if (await findUserByUsername(deps.db, input.username)) throw new AppError('USERNAME_TAKEN');
  const passwordHash = await hashPassword(input.password);
  const id = await deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, {
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      officeId: office.id,
      role: input.role,
      passwordHash,
    });
    await appendAudit(tx, {
      at: deps.now(), actor: auditActor(actor),
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      regionCode: office.regionCode,
      summary: { username: user.username, role: user.role, officeId: office.id },
    });
    return user.id;
  });
  return (await findUserInScope(deps.db, actor.scope, id))!;
}

export async function editUser(deps: Deps, actor: Actor, id: string, input: z.infer<typeof userUpdateBody>) {
  const before = await findUserInScope(deps.db, actor.scope, id);
  if (!before) throw new AppError('NOT_FOUND');
  if (id === actor.userId && (input.role !== undefined || input.active === false)) throw new AppError('FORBIDDEN');
  if (input.role) assertRoleFits(before.office.kind, input.role);
  const { password, unlock, resetTotp, ...plain } = input;
  const values = {
    ...plain,
    ...(password ? { passwordHash: await hashPassword(password) } : {}),
    ...(unlock ? { failedLogins: 0, lockedUntil: null } : {}),
    ...(resetTotp ? { totpEnabled: false, totpSecret: null } : {}),
  };
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, id, values);
    // A new password, a disabled account or a new role ends every open session of that user.
    if (password || input.active === false || input.role || resetTotp) await deleteUserSessions(tx, id);
    await appendAudit(tx, {
      at: deps.now(), actor: auditActor(actor),
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      regionCode: before.office.regionCode,
      summary: {
        ...Object.fromEntries(Object.entries(plain).map(([k, v]) => [k, { from: before[k as keyof typeof before] ?? null, to: v }])),
        ...(password ? { password: 'reset' } : {}),
        ...(unlock ? { unlocked: true } : {}),
        ...(resetTotp ? { totp: 'reset' } : {}),
      },
    });
  });
  return (await findUserInScope(deps.db, actor.scope, id))!;
}
