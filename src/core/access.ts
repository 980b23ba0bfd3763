// Who may do what: one table of roles × actions, read by the server (to enforce) and the web
// (to hide what a user cannot do). Jurisdiction (which region) is enforced separately, in the
// repositories, by region scope: see core/regions/region-code.ts.

export const OFFICE_KINDS = [
  'bawaslu-ri', // Bawaslu Republik Indonesia (national)
  'bawaslu-provinsi',
  'bawaslu-kabkota', // Bawaslu Kabupaten/Kota
  'panwaslu-kecamatan',
  'panwaslu-kelurahan', // Panwaslu Kelurahan/Desa (PKD)
  'bkn', // Badan Kepegawaian Negara (external, read-only)
  'instansi-ppk', // the agency of a Pejabat Pembina Kepegawaian (external, read-only)
  'gakkumdu', // Sentra Penegakan Hukum Terpadu (external, read-only)
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const ROLES = [
  'administrator',
  'pimpinan', // members who decide in plenary (rapat pleno)
  'penanganan', // staf penanganan pelanggaran (violation handling)
  'pencegahan', // staf pencegahan (prevention)
  'datin', // staf data dan informasi
  'pengawas', // pengawas lapangan (field supervisor)
  'bkn', // external: BKN, read-only
  'ppk', // external: a PPK's agency, read-only
  'gakkumdu', // external: Sentra Gakkumdu, read-only
] as const;
export type Role = (typeof ROLES)[number];

export const BAWASLU_ROLES: readonly Role[] = ['administrator', 'pimpinan', 'penanganan', 'pencegahan', 'datin', 'pengawas'];

/** Which roles an office of a kind may hold. */
export const ROLES_BY_OFFICE_KIND: Record<OfficeKind, readonly Role[]> = {
  'bawaslu-ri': BAWASLU_ROLES,
  'bawaslu-provinsi': BAWASLU_ROLES,
  'bawaslu-kabkota': BAWASLU_ROLES,
  'panwaslu-kecamatan': BAWASLU_ROLES,
  'panwaslu-kelurahan': ['pimpinan', 'penanganan', 'pencegahan', 'pengawas'],
  bkn: ['bkn'],
  'instansi-ppk': ['ppk'],
  gakkumdu: ['gakkumdu'],
};

/** Region level an office of a kind sits at (null: national, no region). */
export const OFFICE_KIND_LEVEL: Record<OfficeKind, 'national' | 'provinsi' | 'kabupaten-kota' | 'kecamatan' | 'kelurahan-desa' | 'any'> = {
  'bawaslu-ri': 'national',
  'bawaslu-provinsi': 'provinsi',
  'bawaslu-kabkota': 'kabupaten-kota',
  'panwaslu-kecamatan': 'kecamatan',
  'panwaslu-kelurahan': 'kelurahan-desa',
  bkn: 'national',
  'instansi-ppk': 'any',
  gakkumdu: 'any',
};

export const ACTIONS = [
  'regions.read',
  'offices.read',
  'offices.manage',
  'users.read',
  'users.manage',
  'audit.read',
  'calendar.manage',
  'cases.read', // inbox, case page, evidence, documents
  'cases.intake', // take in a laporan, temuan or informasi awal
  'cases.act', // propose transitions (the state machine decides which, per role)
  'cases.reporter', // read the reporter's identity (personal data; every read is audited)
  'cases.assign',
] as const;
export type Action = (typeof ACTIONS)[number];

const STAFF_READ: Action[] = ['regions.read', 'offices.read', 'users.read'];
const CASE_WORK: Action[] = ['cases.read', 'cases.intake', 'cases.act', 'cases.reporter', 'cases.assign'];

export const PERMISSIONS: Record<Role, readonly Action[]> = {
  administrator: [...STAFF_READ, 'offices.manage', 'users.manage', 'audit.read', 'calendar.manage'],
  pimpinan: [...STAFF_READ, 'audit.read', ...CASE_WORK],
  penanganan: [...STAFF_READ, ...CASE_WORK],
  pencegahan: STAFF_READ,
  datin: [...STAFF_READ, 'audit.read', 'cases.read'],
  // A field supervisor records findings and tips and turns informasi awal into temuan.
  pengawas: ['regions.read', 'offices.read', 'cases.read', 'cases.intake', 'cases.act'],
  bkn: ['regions.read'],
  ppk: ['regions.read'],
  gakkumdu: ['regions.read'],
};

export function can(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}

/** Roles that must use two-factor sign-in. */
export const TOTP_REQUIRED_ROLES: readonly Role[] = ['administrator'];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  administrator: { id: 'Administrator', en: 'Administrator' },
  pimpinan: { id: 'Pimpinan (anggota)', en: 'Member (plenary)' },
  penanganan: { id: 'Staf penanganan pelanggaran', en: 'Violation-handling staff' },
  pencegahan: { id: 'Staf pencegahan', en: 'Prevention staff' },
  datin: { id: 'Staf data dan informasi', en: 'Data and information staff' },
  pengawas: { id: 'Pengawas lapangan', en: 'Field supervisor' },
  bkn: { id: 'BKN (baca saja)', en: 'BKN (read-only)' },
  ppk: { id: 'Instansi PPK (baca saja)', en: "PPK's agency (read-only)" },
  gakkumdu: { id: 'Sentra Gakkumdu (baca saja)', en: 'Sentra Gakkumdu (read-only)' },
};

export const OFFICE_KIND_LABELS: Record<OfficeKind, { id: string; en: string }> = {
  'bawaslu-ri': { id: 'Bawaslu RI', en: 'Bawaslu (national)' },
  'bawaslu-provinsi': { id: 'Bawaslu Provinsi', en: 'Provincial Bawaslu' },
  'bawaslu-kabkota': { id: 'Bawaslu Kabupaten/Kota', en: 'Regency/City Bawaslu' },
  'panwaslu-kecamatan': { id: 'Panwaslu Kecamatan', en: 'District supervisory committee' },
  'panwaslu-kelurahan': { id: 'Panwaslu Kelurahan/Desa', en: 'Village supervisory committee' },
  bkn: { id: 'Badan Kepegawaian Negara', en: 'National Civil Service Agency' },
  'instansi-ppk': { id: 'Instansi Pejabat Pembina Kepegawaian', en: "Staffing authority's agency" },
  gakkumdu: { id: 'Sentra Gakkumdu', en: 'Integrated law-enforcement centre' },
};
