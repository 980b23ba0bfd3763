// Texts of the public notice board (the `notices` section of i18n/id.ts and en.ts).
import type { Messages } from '../../i18n/id.js';

export const noticesId = {
  title: 'Papan pengumuman',
  intro: 'Pemberitahuan status laporan dan temuan dugaan pelanggaran netralitas ASN yang diterbitkan setiap kantor pengawas. Identitas pelapor tidak diumumkan.',
  filter: 'Saring pengumuman',
  office: 'Kantor',
  allOffices: 'Semua kantor',
  status: 'Status',
  case: 'Perkara',
  agency: 'Instansi terlapor',
  number: 'Nomor pengumuman',
  document: 'Dokumen',
  pdf: 'Unduh PDF',
  none: 'Belum ada pengumuman.',
};

export const noticesEn: Messages['notices'] = {
  title: 'Notice board',
  intro: 'Status notices of reports and findings of alleged ASN-neutrality violations, as each supervisory office issued them. Reporters are never named.',
  filter: 'Filter notices',
  office: 'Office',
  allOffices: 'All offices',
  status: 'Status',
  case: 'Case',
  agency: 'Reported agency',
  number: 'Notice number',
  document: 'Document',
  pdf: 'Download PDF',
  none: 'No notices yet.',
};
