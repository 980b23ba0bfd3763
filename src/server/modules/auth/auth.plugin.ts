// Resolves the session cookie into req.actor, and enforces CSRF on cookie-authenticated writes:
// an unsafe method must carry the session's token in the X-CSRF-Token header.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TOTP_REQUIRED_ROLES, type OfficeKind, type Role } from '../../../core/access.js';
import { negotiateLocale } from '../../../core/i18n/errors.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { SESSION_COOKIE, sessionIdOf } from './session-token.js';
import { findLiveSessionActor } from './sessions.repository.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function installAuth(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('locale', 'id');
  app.addHook('onRequest', async (req) => {
    req.locale = negotiateLocale(req.headers['accept-language']);
    req.actor = null;
    const token = req.cookies[SESSION_COOKIE];
    if (!token || !req.url.startsWith('/api/')) return;
    const found = await findLiveSessionActor(deps.db, sessionIdOf(token), deps.now());
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
  });
}
