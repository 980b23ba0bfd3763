// The demo: Pilkada Serentak 2024 in Banten. Bawaslu Provinsi Banten; Bawaslu Kota Serang (36.73),
// Kabupaten Serang (36.04) and Kota Cilegon (36.72) with their Panwaslu Kecamatan; the partner
// agencies that receive or follow cases (BKN, the PPKs' agencies, Sentra Gakkumdu).
import type { OfficeKind } from '../../core/access.js';

export type DemoOffice = { code: string; name: string; kind: OfficeKind; regionCode: string | null; parent: string | null; address?: string; memberCount?: number };

export const DEMO_KABKOTA = [
  { code: 'kota-serang', regionCode: '36.73', name: 'Bawaslu Kota Serang', ppk: 'Pemerintah Kota Serang', address: 'Jl. Jenderal Sudirman, Kota Serang, Banten' },
  { code: 'kab-serang', regionCode: '36.04', name: 'Bawaslu Kabupaten Serang', ppk: 'Pemerintah Kabupaten Serang', address: 'Jl. Raya Serang–Jakarta, Kabupaten Serang, Banten' },
  { code: 'kota-cilegon', regionCode: '36.72', name: 'Bawaslu Kota Cilegon', ppk: 'Pemerintah Kota Cilegon', address: 'Jl. Jenderal Sudirman, Kota Cilegon, Banten' },
] as const;

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Offices of the demo; kecamatan offices are derived from the region table. */
export function demoOffices(districts: { code: string; name: string; parentCode: string | null }[]): DemoOffice[] {
  const list: DemoOffice[] = [
    { code: 'ri', name: 'Bawaslu Republik Indonesia', kind: 'bawaslu-ri', regionCode: null, parent: null, memberCount: 5, address: 'Jl. M.H. Thamrin No. 14, Jakarta Pusat' },
    { code: 'bkn', name: 'Badan Kepegawaian Negara', kind: 'bkn', regionCode: null, parent: null, address: 'Jl. Mayjen Sutoyo No. 12, Jakarta Timur' },
    { code: 'banten', name: 'Bawaslu Provinsi Banten', kind: 'bawaslu-provinsi', regionCode: '36', parent: 'ri', memberCount: 5, address: 'Jl. Syech Nawawi Al-Bantani, Kota Serang, Banten' },
    { code: 'pemprov-banten', name: 'Pemerintah Provinsi Banten', kind: 'instansi-ppk', regionCode: '36', parent: 'banten' },
    { code: 'gakkumdu-banten', name: 'Sentra Gakkumdu Provinsi Banten', kind: 'gakkumdu', regionCode: '36', parent: 'banten' },
  ];
  for (const k of DEMO_KABKOTA) {
    list.push({ code: k.code, name: k.name, kind: 'bawaslu-kabkota', regionCode: k.regionCode, parent: 'banten', address: k.address, memberCount: k.code === 'kab-serang' ? 5 : 3 });
    list.push({ code: `ppk-${k.code}`, name: k.ppk, kind: 'instansi-ppk', regionCode: k.regionCode, parent: k.code });
    list.push({ code: `gakkumdu-${k.code}`, name: `Sentra Gakkumdu ${k.name.replace('Bawaslu ', '')}`, kind: 'gakkumdu', regionCode: k.regionCode, parent: k.code });
    for (const d of districts.filter((x) => x.parentCode === k.regionCode)) {
      list.push({ code: `${k.code}-${slugify(d.name)}`, name: `Panwaslu Kecamatan ${d.name}`, kind: 'panwaslu-kecamatan', regionCode: d.code, parent: k.code, memberCount: 3 });
    }
  }
  return list;
}
