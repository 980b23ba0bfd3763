// Where an office may be created: inside the creator's jurisdiction, at the level its kind sits.
import { OFFICE_KIND_LEVEL, type OfficeKind } from '../../../core/access.js';
import { isWithinScope, regionLevel, type RegionScope } from '../../../core/regions/region-code.js';
import { AppError } from '../../errors.js';

const EXTERNAL: readonly OfficeKind[] = ['bkn', 'instansi-ppk', 'gakkumdu'];

export function assertOfficePlacement(scope: RegionScope, kind: OfficeKind, regionCode: string | null): void {
  const level = OFFICE_KIND_LEVEL[kind];
  if (level === 'national') {
    if (regionCode !== null) throw new AppError('OFFICE_REGION_MISMATCH');
    if (scope !== null) throw new AppError('OUT_OF_JURISDICTION');
    return;
  }
  if (regionCode === null) throw new AppError('OFFICE_REGION_MISMATCH');
  if (level !== 'any' && regionLevel(regionCode) !== level) throw new AppError('OFFICE_REGION_MISMATCH');
  if (!isWithinScope(scope, regionCode)) throw new AppError('OUT_OF_JURISDICTION');
  // A supervisory office is always created below the creator's own level; an external partner
  // (a PPK's agency, Sentra Gakkumdu) may sit at the creator's own region.
  if (regionCode === scope && !EXTERNAL.includes(kind)) throw new AppError('OUT_OF_JURISDICTION');
}
