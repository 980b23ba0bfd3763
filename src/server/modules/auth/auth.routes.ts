import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { loginBody, passwordChangeBody, sessionResponse, totpEnableBody, totpSetupResponse } from '../../../core/api/auth.js';
import { errorResponse, okResponse } from '../../../core/api/common.js';
import type { Deps } from '../../http/deps.js';
import { auditActor, requireActor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { findUserById } from '../users/users.repository.js';
import { presentSessionUser } from './auth.presenter.js';
import { changePassword } from './change-password.js';
import { login } from './login.js';
import { SESSION_COOKIE } from './session-token.js';
import { deleteSession } from './sessions.repository.js';
import { confirmTotpEnrolment, startTotpEnrolment } from './totp-enrolment.js';

const tags = ['auth'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 423: errorResponse, 429: errorResponse };

export function registerAuthRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  async function sessionOf(userId: string, csrfToken: string) {
    const user = await findUserById(deps.db, userId);
    const office = user && (await findOfficeById(deps.db, user.officeId));
    if (!user || !office) throw new AppError('UNAUTHENTICATED');
    return { user: presentSessionUser(user, office, { email: deps.config.smtp !== undefined }), csrfToken };
  }

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, summary: 'Masuk / sign in', body: loginBody, response: { 200: sessionResponse, ...errors } },
      // The cookie's session, if any, is not admitted here (no CSRF check): signing in with
      // credentials replaces it, and it is ended once the new session is open.
      config: { rateLimit: { max: deps.config.login.ratePerMinute, timeWindow: '1 minute' }, sessionInHandler: true },
    },
    async (req, reply) => {
      const result = await login(deps, req.body);
      if (req.sessionId) await deleteSession(deps.db, req.sessionId);
      reply.setCookie(SESSION_COOKIE, result.token, {
        httpOnly: true,
        secure: deps.config.cookieSecure,
        sameSite: 'strict',
        path: '/',
        expires: result.expiresAt,
      });
      return sessionOf(result.user.id, result.csrfToken);
    },
  );

  r.post('/api/v1/auth/logout', { schema: { tags, summary: 'Keluar / sign out', response: { 200: okResponse, ...errors } } }, async (req, reply) => {
    const actor = requireActor(req, { allowPendingTotp: true });
    await deleteSession(deps.db, actor.sessionId);
    await deps.db.transaction((tx) =>
      appendAudit(tx, { at: deps.now(), actor: auditActor(actor), action: 'auth.logout', entityType: 'user', entityId: actor.userId, regionCode: actor.scope, summary: {} }),
    );
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.get('/api/v1/auth/me', { schema: { tags, summary: 'Sesi saat ini / current session', response: { 200: sessionResponse, ...errors } } }, async (req) => {
    const actor = requireActor(req, { allowPendingTotp: true });
    return sessionOf(actor.userId, actor.csrfToken);
  });

  r.post('/api/v1/auth/totp/setup', { schema: { tags, summary: 'Mulai TOTP / start TOTP enrolment', response: { 200: totpSetupResponse, ...errors } } }, async (req) => {
    return startTotpEnrolment(deps, requireActor(req, { allowPendingTotp: true }));
  });

  r.post(
    '/api/v1/auth/totp/enable',
    { schema: { tags, summary: 'Aktifkan TOTP / confirm TOTP', body: totpEnableBody, response: { 200: sessionResponse, ...errors } } },
    async (req) => {
      const actor = requireActor(req, { allowPendingTotp: true });
      await confirmTotpEnrolment(deps, actor, req.body.code);
      return sessionOf(actor.userId, actor.csrfToken);
    },
  );

  r.post(
    '/api/v1/auth/password',
    { schema: { tags, summary: 'Ganti kata sandi / change password', body: passwordChangeBody, response: { 200: okResponse, ...errors } } },
    async (req) => {
      await changePassword(deps, requireActor(req, { allowPendingTotp: true }), req.body);
      return { ok: true as const };
    },
  );
}
