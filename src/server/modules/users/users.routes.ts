import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, uuidParam } from '../../../core/api/common.js';
import { user, userCreateBody, userListQuery, userUpdateBody } from '../../../core/api/people.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { findOfficeInScope } from '../offices/offices.repository.js';
import { createUser, editUser } from './manage-user.js';
import { presentUser } from './users.presenter.js';
import { findUserInScope, listUsersInScope } from './users.repository.js';

const tags = ['users'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

export function registerUserRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/users', { schema: { tags, summary: 'Daftar pengguna dalam wilayah / users in jurisdiction', querystring: userListQuery, response: { 200: z.object({ items: z.array(user) }), ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'users.read');
    if (req.query.officeId && !(await findOfficeInScope(deps.db, actor.scope, req.query.officeId))) throw new AppError('OUT_OF_JURISDICTION');
    const rows = await listUsersInScope(deps.db, { scope: actor.scope, ...req.query });
    return { items: rows.map((u) => presentUser(u, deps.now())) };
  });

  r.get('/api/v1/users/:id', { schema: { tags, summary: 'Satu pengguna / one user', params: uuidParam, response: { 200: user, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'users.read');
    const row = await findUserInScope(deps.db, actor.scope, req.params.id);
    if (!row) throw new AppError('NOT_FOUND');
    return presentUser(row, deps.now());
  });

  r.post('/api/v1/users', { schema: { tags, summary: 'Buat pengguna / create a user', body: userCreateBody, response: { 201: user, ...errors } } }, async (req, reply) => {
    const row = await createUser(deps, requirePermission(req, 'users.manage'), req.body);
    return reply.status(201).send(presentUser(row, deps.now()));
  });

  r.patch('/api/v1/users/:id', { schema: { tags, summary: 'Ubah pengguna / update a user', params: uuidParam, body: userUpdateBody, response: { 200: user, ...errors } } }, async (req) => {
    const row = await editUser(deps, requirePermission(req, 'users.manage'), req.params.id, req.body);
    return presentUser(row, deps.now());
  });
}
