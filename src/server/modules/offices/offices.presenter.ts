import type { OfficeKind } from '../../../core/access.js';
import type { OfficeRow } from './offices.repository.js';

export function presentOffice(o: OfficeRow, regionName: string | null, parentName: string | null) {
  return {
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind as OfficeKind,
    regionCode: o.regionCode,
    regionName,
    parentId: o.parentId,
    parentName,
    address: o.address,
    phone: o.phone,
    email: o.email,
    headName: o.headName,
    memberCount: o.memberCount,
    active: o.active,
  };
}
