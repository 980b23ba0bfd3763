// Who is calling: resolved once per request from the session cookie by the auth plugin.
import type { FastifyRequest } from 'fastify';
import { can, type Action, type OfficeKind, type Role } from '../../core/access.js';
import type { Locale } from '../../core/i18n/errors.js';
import type { RegionScope } from '../../core/regions/region-code.js';
import { AppError } from '../errors.js';

export type Actor = {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  officeId: string;
  officeKind: OfficeKind;
  /** the office's region; null for national offices */
  scope: RegionScope;
  sessionId: string;
  csrfToken: string;
  mustEnrollTotp: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    locale: Locale;
  }
}

/** The signed-in actor, or 401. Administrators who still owe TOTP enrolment get 403 elsewhere. */
export function requireActor(req: FastifyRequest, opts: { allowPendingTotp?: boolean } = {}): Actor {
  const actor = req.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  if (actor.mustEnrollTotp && !opts.allowPendingTotp) throw new AppError('TOTP_ENROLLMENT_REQUIRED');
  return actor;
}

export function requirePermission(req: FastifyRequest, action: Action): Actor {
  const actor = requireActor(req);
  if (!can(actor.role, action)) throw new AppError('FORBIDDEN');
  return actor;
}

export function auditActor(actor: Actor) {
  return { id: actor.userId, label: actor.username, officeId: actor.officeId };
}
