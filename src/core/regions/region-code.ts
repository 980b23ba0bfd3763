// Kemendagri region codes (Permendagri 58/2021 numbering, as shipped by idn-area-data):
//   province "36", regency/city "36.73", district (kecamatan) "36.73.01", village "36.73.01.1001".
// Jurisdiction is containment in this tree: an office sees its own region and everything below.

export const REGION_LEVELS = ['provinsi', 'kabupaten-kota', 'kecamatan', 'kelurahan-desa'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function isRegionCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** Level of a well-formed region code; throws on a malformed one. */
export function regionLevel(code: string): RegionLevel {
  if (!isRegionCode(code)) throw new Error(`not a region code: ${code}`);
  const level = REGION_LEVELS[code.split('.').length - 1];
  if (!level) throw new Error(`not a region code: ${code}`);
  return level;
}

/** The parent's code, or null for a province. */
export function parentRegionCode(code: string): string | null {
  const parts = code.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}

/** Codes from the province down to the region itself: "36.73.01" → ["36", "36.73", "36.73.01"]. */
export function regionAncestry(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

export function provinceCode(code: string): string {
  return code.slice(0, 2);
}

/**
 * A jurisdiction scope: the region code of an office, or null for a national office (Bawaslu RI,
 * BKN) whose scope is the whole country.
 */
export type RegionScope = string | null;

/** True when `code` is the scope's region or lies below it. */
export function isWithinScope(scope: RegionScope, code: string | null): boolean {
  if (scope === null) return true;
  if (code === null) return false;
  return code === scope || code.startsWith(`${scope}.`);
}
