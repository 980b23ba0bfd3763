// Settings shared by the 2024 regimes (both are handled by the same offices on the same work week).
import type { Setting } from './regime-types.js';

export const WEEKEND_DAYS: Setting<number[]> = {
  value: [0, 6],
  citation: 'Perpres 21/2023 tentang Hari Kerja dan Jam Kerja Instansi Pemerintah dan Pegawai ASN',
  source: 'Five working days, Monday to Friday, for government offices',
  confidence: 'S',
};

export const CUTI_BERSAMA_NOT_WORKING: Setting<boolean> = {
  value: false,
  citation: 'SKB Hari Libur Nasional dan Cuti Bersama (diktum on ASN leave, set by Keppres); PP 11/2017 jo. PP 17/2020',
  source: 'Government offices close on cuti bersama; no election rule says whether it is a hari kerja',
  confidence: 'U',
  flag: 'U',
  noteEn:
    'Default: a cuti bersama day is not a working day. Set true if Bawaslu rules that its offices count it as hari kerja.',
};
