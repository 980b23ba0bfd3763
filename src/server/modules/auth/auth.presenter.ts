import { PERMISSIONS, TOTP_REQUIRED_ROLES, type OfficeKind, type Role } from '../../../core/access.js';
import type { OfficeRow } from '../offices/offices.repository.js';
import type { UserRow } from '../users/users.repository.js';

export function presentSessionUser(user: UserRow, office: OfficeRow, features: { email: boolean }) {
  const role = user.role as Role;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role,
    totpEnabled: user.totpEnabled,
    mustEnrollTotp: TOTP_REQUIRED_ROLES.includes(role) && !user.totpEnabled,
    office: { id: office.id, code: office.code, name: office.name, kind: office.kind as OfficeKind, regionCode: office.regionCode },
    permissions: [...PERMISSIONS[role]],
    features,
  };
}
