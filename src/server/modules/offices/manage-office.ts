import type { z } from 'zod';
import type { officeCreateBody, officeUpdateBody } from '../../../core/api/people.js';
import type { Deps } from '../../http/deps.js';
import { auditActor, type Actor } from '../../http/context.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findRegion } from '../regions/regions.repository.js';
import { assertOfficePlacement } from './offices.policy.js';
import { findOfficeByCode, findOfficeInScope, insertOffice, updateOffice } from './offices.repository.js';

export async function createOffice(deps: Deps, actor: Actor, input: z.infer<typeof officeCreateBody>) {
  assertOfficePlacement(actor.scope, input.kind, input.regionCode);
  if (input.regionCode && !(await findRegion(deps.db, input.regionCode))) throw new AppError('OFFICE_REGION_MISMATCH');
  if (input.parentId && !(await findOfficeInScope(deps.db, actor.scope, input.parentId))) throw new AppError('OUT_OF_JURISDICTION');
  if (await findOfficeByCode(deps.db, input.code)) throw new AppError('OFFICE_CODE_TAKEN');
  return deps.db.transaction(async (tx) => {
    const office = await insertOffice(tx, { ...input, parentId: input.parentId ?? actor.officeId });
    await appendAudit(tx, {
      at: deps.now(), actor: auditActor(actor),
      action: 'office.created',
      entityType: 'office',
      entityId: office.id,
      regionCode: office.regionCode,
      summary: { code: office.code, name: office.name, kind: office.kind, regionCode: office.regionCode },
    });
    return office;
  });
}

export async function editOffice(deps: Deps, actor: Actor, id: string, input: z.infer<typeof officeUpdateBody>) {
  const before = await findOfficeInScope(deps.db, actor.scope, id);
  if (!before) throw new AppError('NOT_FOUND');
  return deps.db.transaction(async (tx) => {
    const office = await updateOffice(tx, id, input);
    const changed = Object.fromEntries(Object.keys(input).map((k) => [k, { from: before[k as keyof typeof before], to: office[k as keyof typeof office] }]));
    await appendAudit(tx, { at: deps.now(), actor: auditActor(actor), action: 'office.updated', entityType: 'office', entityId: id, regionCode: office.regionCode, summary: changed });
    return office;
  });
}
