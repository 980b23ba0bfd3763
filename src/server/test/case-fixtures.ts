// A realistic laporan: an ASN who shared a candidate's Instagram post, Kota Serang, Pilkada 2024.
import { checklistFor } from '../../core/cases/index.js';

export function laporanBody(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'laporan',
    regime: 'pilkada-2024',
    election: 'wali-kota',
    reporter: {
      name: 'Ahmad Fauzi',
      birthPlace: 'Serang',
      birthDate: '1990-05-12',
      sex: 'L',
      occupation: 'Wiraswasta',
      citizenship: 'WNI',
      address: 'Jl. Ki Mas Jong No. 7, Kota Serang',
      phone: '081234567890',
      nik: '3673011205900001',
    },
    reportedParty: { name: 'Budi Santoso', nip: '198001012005011001', agency: 'Dinas Pendidikan Kota Serang', position: 'Kepala Seksi', kind: 'PNS', actorKind: 'asn' },
    event: {
      description: 'Terlapor membagikan ulang unggahan Instagram pasangan calon Wali Kota nomor urut 2 dengan ajakan memilih.',
      place: 'Instagram (akun pribadi terlapor)',
      regionCode: '36.73.01',
      occurredOn: '2024-11-08',
      knownOn: '2024-11-09',
    },
    witnesses: [{ name: 'Siti Aminah' }],
    evidence: [{ description: 'Tangkapan layar unggahan', kind: 'foto' }],
    chronology: 'Pada 8 November 2024 pukul 20.00 WIB terlapor membagikan unggahan; pelapor melihatnya pada 9 November 2024.',
    receivedAt: '2024-11-10T09:00:00+07:00',
    ...overrides,
  };
}

/** Every kajian awal item met, as the form would submit it. */
export function allRequirementsMet(regimeKind: 'pilkada' | 'pemilu' = 'pilkada', kind: 'laporan' | 'temuan' = 'laporan') {
  return { entries: checklistFor(kind, regimeKind).map((item) => ({ itemId: item.id, result: 'memenuhi' })) };
}
