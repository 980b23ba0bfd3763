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

/**
 * The ten workflow actions of a laporan's lifecycle after intake, as lifecycle.test.ts takes them
 * and the benchmark measures them (bench/lib/load.ts): from kajian awal to forwarding, with the
 * plenary decided by a pimpinan. `body` gets the id of the invitation the step before made.
 */
export const LIFECYCLE_STEPS: readonly { action: string; by: 'penanganan' | 'pimpinan'; body: (ctx: { invitationId?: string }) => object }[] = [
  { action: 'mulai-kajian-awal', by: 'penanganan', body: () => ({}) },
  { action: 'nilai-syarat', by: 'penanganan', body: () => allRequirementsMet() },
  { action: 'registrasi', by: 'penanganan', body: () => ({}) },
  { action: 'undang-klarifikasi', by: 'penanganan', body: () => ({ invitations: [{ party: 'terlapor', name: 'Budi Santoso', scheduledAt: '2024-11-11T09:00:00+07:00', place: 'Kantor Bawaslu Kota Serang' }] }) },
  { action: 'catat-klarifikasi', by: 'penanganan', body: ({ invitationId }) => ({ invitationId, heldAt: '2024-11-11T09:30:00+07:00', attended: true, minutesRef: 'BA/01/XI/2024', summary: 'Terlapor mengakui membagikan unggahan.' }) },
  { action: 'mulai-kajian', by: 'penanganan', body: () => ({}) },
  { action: 'catat-kajian', by: 'penanganan', body: () => ({ facts: 'Terlapor membagikan unggahan paslon.', actCodes: ['skb2022.4'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] }) },
  { action: 'ajukan-pleno', by: 'penanganan', body: () => ({ scheduledAt: '2024-11-12T13:00:00+07:00' }) },
  { action: 'putus-pleno', by: 'pimpinan', body: () => ({ decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Ketua'], minutesRef: 'BA-PLENO/01' }) },
  { action: 'teruskan', by: 'penanganan', body: () => ({ type: 'peraturan-lain', letterRef: '012/PP.01/K.BT-13/XI/2024' }) },
];
