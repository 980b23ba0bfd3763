// Resolves the session cookie into req.actor, and enforces CSRF on cookie-authenticated writes:
// an unsafe method must carry the session's token in the X-CSRF-Token header.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { TOTP_REQUIRED_ROLES, type OfficeKind, type Role } from '../../../core/access.js';
import { negotiateLocale } from '../../../core/i18n/errors.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { findUserById } from '../users/users.repository.js';
import { SESSION_COOKIE, sessionIdOf } from './session-token.js';
import { findLiveSession } from './sessions.repository.js';

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
    const session = await findLiveSession(deps.db, sessionIdOf(token), deps.now());
    if (!session) return;
    const user = await findUserById(deps.db, session.userId);
    if (!user || !user.active) return;
    const office = await findOfficeById(deps.db, user.officeId);
    if (!office) return;
    const role = user.role as Role;
    req.actor = {
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      role,
      officeId: office.id,
      officeKind: office.kind as OfficeKind,
      scope: office.regionCode,
      sessionId: session.id,
      csrfToken: session.csrfToken,
      mustEnrollTotp: TOTP_REQUIRED_ROLES.includes(role) && !user.totpEnabled,
    };
    if (!SAFE.has(req.method)) {
      const header = req.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, session.csrfToken)) throw new AppError('CSRF_INVALID');
    }
  });
}
