// Resolves the session cookie into req.actor, and enforces CSRF on cookie-authenticated writes:
// an unsafe method must carry the session's token in the X-CSRF-Token header.
//
// A route may take the session into its own first statement (`config: { sessionInHandler: true }`):
// the hook then only notes the session id, and the handler must call admitSession with what its
// statement found before anything else (the workflow action reads the session with the case).
// Sign-in is the exception: it never admits the session it is given, it replaces it.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { TOTP_REQUIRED_ROLES, type OfficeKind, type Role } from '../../../core/access.js';
import { negotiateLocale } from '../../../core/i18n/errors.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { SESSION_COOKIE, sessionIdOf } from './session-token.js';
import { findLiveSessionActor, type SessionActorRow } from './sessions.repository.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** the handler reads the session itself, in its first statement, and calls admitSession */
    sessionInHandler?: boolean;
  }
  interface FastifyRequest {
    /** the id of the session the cookie names (not yet checked) on sessionInHandler routes */
    sessionId: string | null;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Sets req.actor from a live session found for the request's cookie, and checks CSRF on writes. */
export function admitSession(req: FastifyRequest, found: SessionActorRow | undefined): void {
  if (!found) return;
  const role = found.role as Role;
  req.actor = {
    userId: found.userId,
    username: found.username,
    displayName: found.displayName,
    role,
    officeId: found.officeId,
    officeKind: found.officeKind as OfficeKind,
    scope: found.officeRegionCode,
    sessionId: found.sessionId,
    csrfToken: found.csrfToken,
    mustEnrollTotp: TOTP_REQUIRED_ROLES.includes(role) && !found.totpEnabled,
  };
  if (!SAFE.has(req.method)) {
    const header = req.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameToken(header, found.csrfToken)) throw new AppError('CSRF_INVALID');
  }
}

export function installAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('locale', 'id');
  app.addHook('onRequest', async (req) => {
    req.locale = negotiateLocale(req.headers['accept-language']);
    req.actor = null;
    req.sessionId = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    if (req.routeOptions.config.sessionInHandler) {
      req.sessionId = sessionIdOf(token);
      return;
    }
    admitSession(req, await findLiveSessionActor(deps.db, sessionIdOf(token), deps.now()));
  });
}
