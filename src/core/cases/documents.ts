// The official documents of a case: one list, read by the PDF builders on the server and by the
// console (which kinds can be made, and their titles).
export const DOCUMENT_KINDS = [
  'tanda-bukti-penyampaian-laporan',
  'pemberitahuan-kelengkapan',
  'formulir-kajian-awal',
  'undangan-klarifikasi',
  'berita-acara-klarifikasi',
  'kajian-dugaan-pelanggaran',
  'pemberitahuan-status-laporan',
  'surat-penerusan',
  'pemberitahuan-pelimpahan',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * Documents that print the pelapor's identity from its sealed store (name, address, kuasa): they
 * are personal data (UU 27/2022; decisions 008 and 013) as much as the identity itself. Only roles
 * that may read the reporter (`cases.reporter`) generate or download them, and every download is
 * audited as a read of the identity.
 */
export const REPORTER_IDENTITY_DOCUMENTS: readonly DocumentKind[] = ['tanda-bukti-penyampaian-laporan', 'pemberitahuan-kelengkapan', 'pemberitahuan-pelimpahan'];

export function printsReporterIdentity(kind: string): boolean {
  return (REPORTER_IDENTITY_DOCUMENTS as readonly string[]).includes(kind);
}

/**
 * Letters addressed to someone outside the office (the pelapor, a party to a hearing, the
 * recipient of a forwarding): their delivery can be recorded. Forms, minutes and the kajian stay
 * in the file and are not delivered.
 */
export const DELIVERABLE_DOCUMENTS: readonly DocumentKind[] = [
  'tanda-bukti-penyampaian-laporan',
  'pemberitahuan-kelengkapan',
  'undangan-klarifikasi',
  'pemberitahuan-status-laporan',
  'surat-penerusan',
  'pemberitahuan-pelimpahan',
];

export function isDeliverable(kind: string): boolean {
  return (DELIVERABLE_DOCUMENTS as readonly string[]).includes(kind);
}

/** How a letter reached its addressee. */
export const DELIVERY_METHODS = ['langsung', 'pos', 'kurir', 'surel', 'lainnya'] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, { id: string; en: string }> = {
  langsung: { id: 'Diserahkan langsung', en: 'Handed over in person' },
  pos: { id: 'Pos', en: 'Post' },
  kurir: { id: 'Kurir', en: 'Courier' },
  surel: { id: 'Surel', en: 'E-mail' },
  lainnya: { id: 'Cara lain', en: 'Other means' },
};

/** The official title of each document, in Indonesian (as printed) and English. */
export const DOCUMENT_TITLES: Record<DocumentKind, { id: string; en: string }> = {
  'tanda-bukti-penyampaian-laporan': { id: 'Tanda Bukti Penyampaian Laporan', en: 'Receipt of report submission' },
  'pemberitahuan-kelengkapan': { id: 'Pemberitahuan Kelengkapan Laporan', en: 'Notice to complete the report requirements' },
  'formulir-kajian-awal': { id: 'Formulir Kajian Awal', en: 'Preliminary analysis form' },
  'undangan-klarifikasi': { id: 'Undangan Klarifikasi', en: 'Invitation to a clarification hearing' },
  'berita-acara-klarifikasi': { id: 'Berita Acara Klarifikasi', en: 'Minutes of the clarification hearing' },
  'kajian-dugaan-pelanggaran': { id: 'Kajian Dugaan Pelanggaran', en: 'Legal analysis of the alleged violation' },
  'pemberitahuan-status-laporan': { id: 'Pemberitahuan tentang Status Laporan/Temuan', en: 'Public notice of the report or finding status' },
  'surat-penerusan': { id: 'Surat Penerusan Rekomendasi', en: 'Forwarding letter (recommendation)' },
  'pemberitahuan-pelimpahan': { id: 'Pemberitahuan Pelimpahan Laporan', en: 'Notice that the report was delegated' },
};
