import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, uuidParam } from '../../../core/api/common.js';
import { office, officeCreateBody, officeListQuery, officeUpdateBody } from '../../../core/api/people.js';
import type { Deps } from '../../http/deps.js';
import { requirePermission } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { findRegions } from '../regions/regions.repository.js';
import { createOffice, editOffice } from './manage-office.js';
import { presentOffice } from './offices.presenter.js';
import { findOfficeInScope, findOfficesByIds, listOfficesInScope, type OfficeRow } from './offices.repository.js';

const tags = ['offices'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse, 422: errorResponse };

export function registerOfficeRoutes(app: FastifyInstance, deps: Deps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  /**
   * Offices with their region's name and their parent's name. (An office's name is public: a
   * kabupaten/kota's parent, the province's Bawaslu, lies outside its jurisdiction but is named.)
   */
  async function present(rows: OfficeRow[]) {
    const names = new Map((await findRegions(deps.db, [...new Set(rows.map((o) => o.regionCode).filter((c): c is string => !!c))])).map((x) => [x.code, x.name]));
    const parents = await findOfficesByIds(deps.db, [...new Set(rows.map((o) => o.parentId).filter((id): id is string => !!id))]);
    return rows.map((o) => presentOffice(o, o.regionCode ? (names.get(o.regionCode) ?? null) : null, (o.parentId && parents.get(o.parentId)?.name) || null));
  }

  r.get('/api/v1/offices', { schema: { tags, summary: 'Daftar kantor dalam wilayah / offices in jurisdiction', querystring: officeListQuery, response: { 200: z.object({ items: z.array(office) }), ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'offices.read');
    if (req.query.parentId && !(await findOfficeInScope(deps.db, actor.scope, req.query.parentId))) throw new AppError('OUT_OF_JURISDICTION');
    return { items: await present(await listOfficesInScope(deps.db, { scope: actor.scope, ...req.query })) };
  });

  r.get('/api/v1/offices/:id', { schema: { tags, summary: 'Satu kantor / one office', params: uuidParam, response: { 200: office, ...errors } } }, async (req) => {
    const actor = requirePermission(req, 'offices.read');
    const row = await findOfficeInScope(deps.db, actor.scope, req.params.id);
    if (!row) throw new AppError('NOT_FOUND');
    return (await present([row]))[0]!;
  });

  r.post('/api/v1/offices', { schema: { tags, summary: 'Buat kantor / create an office', body: officeCreateBody, response: { 201: office, ...errors } } }, async (req, reply) => {
    const row = await createOffice(deps, requirePermission(req, 'offices.manage'), req.body);
    return reply.status(201).send((await present([row]))[0]!);
  });

  r.patch('/api/v1/offices/:id', { schema: { tags, summary: 'Ubah kantor / update an office', params: uuidParam, body: officeUpdateBody, response: { 200: office, ...errors } } }, async (req) => {
    const row = await editOffice(deps, requirePermission(req, 'offices.manage'), req.params.id, req.body);
    return (await present([row]))[0]!;
  });
}
