import type { Role } from '../../../core/access.js';
import type { UserWithOffice } from './users.repository.js';

/** Whitelist: never the password hash, the TOTP secret or failed-login counters. */
export function presentUser(u: UserWithOffice, now: Date) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    role: u.role as Role,
    active: u.active,
    totpEnabled: u.totpEnabled,
    locked: !!u.lockedUntil && u.lockedUntil > now,
    lastLoginAt: u.lastLoginAt ? u.lastLoginAt.toISOString() : null,
    office: { id: u.office.id, code: u.office.code, name: u.office.name, regionCode: u.office.regionCode },
  };
}
