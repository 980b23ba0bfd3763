// Pemilu 2024: general election under UU 7/2017 with Perbawaslu 7/2022 (handling of findings and
// reports). Art 454 UU 7/2017 writes "hari kerja" where it means working days (ayat 6 and 8) and
// plain "hari" elsewhere (ayat 5 and 7); the plain ones are counted as calendar days.
import { KEPPRES_10_2024 } from './calendar-data-2024.js';
import { CUTI_BERSAMA_NOT_WORKING, WEEKEND_DAYS } from './regime-common.js';
import { defineRegime, type GakkumduStageRule } from './regime-types.js';

const UU = 'UU 7/2017';
const PERBAWASLU = 'Perbawaslu 7/2022';
const FLIPBUILDER = 'UU 7/2017 text, online.flipbuilder.com/cmvf/wgnv p. 312';
const HARI_NOTE =
  'The definition of "Hari" in Pasal 1 of Perbawaslu 7/2022 was not read; if it is "hari kerja", switch this clock to working days.';

const stage = (
  id: string, nameId: string, nameEn: string, anchorId: string, anchorEn: string, days: number, citation: string,
  confidence: 'C' | 'U',
): GakkumduStageRule => ({
  id, nameId, nameEn, anchor: 'stage', anchorId, anchorEn, unit: 'days', days, counting: 'calendar',
  citation: `${UU} ${citation}`, source: 'UU 7/2017 Pasal 476-484 (flipbuilder p. 329; domain reference 2.7)', confidence,
  ...(confidence === 'U' ? { flag: 'U' as const, noteEn: 'Duration as recalled from UU 7/2017; paragraph not read.' } : {}),
});

const gakkumdu: GakkumduStageRule[] = [
  stage('penyidikan', 'Penyidikan sampai berkas ke penuntut umum', 'Investigation until the file reaches the prosecutor',
    'laporan diterima penyidik', 'report received by the police investigator', 14, 'Pasal 480 ayat (1)', 'U'),
  stage('pengembalian-berkas', 'Pengembalian berkas belum lengkap', 'Prosecutor returns an incomplete file',
    'berkas diterima penuntut umum', 'file received by the prosecutor', 3, 'Pasal 480 ayat (2)', 'U'),
  stage('perbaikan-berkas', 'Penyampaian kembali berkas', 'Police resubmit the completed file',
    'berkas dikembalikan', 'file returned to the investigator', 3, 'Pasal 480 ayat (3)', 'U'),
  stage('pelimpahan', 'Pelimpahan ke pengadilan negeri', 'Prosecutor transfers the case to the district court',
    'berkas lengkap diterima', 'complete file received', 5, 'Pasal 480 ayat (4)', 'U'),
  stage('putusan-pn', 'Putusan pengadilan negeri', 'District court verdict',
    'pelimpahan berkas', 'case transferred to the court', 7, 'Pasal 482 ayat (1)', 'U'),
  stage('banding', 'Permohonan banding', 'Appeal filed', 'putusan dibacakan', 'verdict read out', 3, 'Pasal 482 ayat (2)', 'U'),
  stage('pelimpahan-banding', 'Pelimpahan berkas banding', 'District court sends the appeal file',
    'permohonan banding diterima', 'appeal received', 3, 'Pasal 482 ayat (3)', 'U'),
  stage('putusan-pt', 'Putusan pengadilan tinggi (final)', 'High court verdict (final)',
    'berkas banding diterima', 'appeal file received', 7, 'Pasal 482 ayat (4)-(5)', 'U'),
  stage('penyampaian-putusan', 'Penyampaian putusan ke penuntut umum', 'Verdict delivered to the prosecutor',
    'putusan dibacakan', 'verdict read out', 3, 'Pasal 483 ayat (1)', 'C'),
  stage('eksekusi', 'Pelaksanaan putusan', 'Verdict executed',
    'putusan diterima penuntut umum', 'verdict received by the prosecutor', 3, 'Pasal 483 ayat (2)', 'C'),
];

export const PEMILU_2024 = defineRegime({
  id: 'pemilu-2024',
  kind: 'pemilu',
  version: '2024.1',
  nameId: 'Pemilihan Umum 2024',
  nameEn: '2024 general election (Pemilu)',
  instruments: [
    'UU 7/2017 tentang Pemilihan Umum (sebagaimana diubah Perpu 1/2022 yang ditetapkan UU 7/2023)',
    'Perbawaslu 7/2022 tentang Penanganan Temuan dan Laporan Pelanggaran Pemilihan Umum',
    KEPPRES_10_2024,
  ],
  votingDay: '2024-02-14',
  votingDayDecree: KEPPRES_10_2024,
  campaignPeriod: { from: '2023-11-28', to: '2024-02-10', source: 'PKPU 3/2022 (tahapan dan jadwal Pemilu 2024)' },
  settings: {
    cutiBersamaIsWorkingDay: CUTI_BERSAMA_NOT_WORKING,
    weekendDays: WEEKEND_DAYS,
    votingDayReception: {
      value: { from: '08:00', to: '16:00' },
      citation: `${PERBAWASLU} Pasal 11 ayat (4)`,
      source: 'Domain reference 1.4 (scribd table on Perbawaslu 7/2022)',
      confidence: 'U',
      flag: 'U',
      noteEn:
        'Art 11(4) lets reports made during masa tenang and voting be handled within 1x24 hours; no voting-day reception hours were found, so the Pilkada hours are the default.',
    },
  },
  clocks: {
    filing: {
      id: 'filing', nameId: 'Batas penyampaian laporan', nameEn: 'Filing window',
      anchor: 'knownOn', unit: 'days', days: 7, counting: 'working',
      citation: `${UU} Pasal 454 ayat (6)`, source: `${FLIPBUILDER}; ${PERBAWASLU} Pasal 8 ayat (3)`, confidence: 'C',
    },
    temuan: {
      id: 'temuan', nameId: 'Penetapan temuan', nameEn: 'Finding set as temuan',
      anchor: 'foundOn', unit: 'days', days: 7, counting: 'calendar',
      citation: `${UU} Pasal 454 ayat (5)`, source: FLIPBUILDER, confidence: 'C',
    },
    kajianAwal: {
      id: 'kajianAwal', nameId: 'Kajian awal', nameEn: 'Preliminary analysis (kajian awal)',
      anchor: 'receivedAt', unit: 'days', days: 2, counting: 'calendar',
      citation: `${PERBAWASLU} Pasal 15 ayat (1)`, source: 'Puadi, Bawaslu RI (Antara Sulteng)', confidence: '!', flag: '!',
      noteEn: HARI_NOTE,
    },
    noticeToComplete: {
      id: 'noticeToComplete', nameId: 'Pemberitahuan kelengkapan laporan', nameEn: 'Notice to complete the report',
      anchor: 'kajianAwalDue', unit: 'days', days: 1, counting: 'calendar',
      citation: `${PERBAWASLU} (pemberitahuan kelengkapan laporan)`, source: 'scribd 661191748 (article table)', confidence: 'S',
    },
    completion: {
      id: 'completion', nameId: 'Batas melengkapi laporan', nameEn: 'Window to complete the report',
      anchor: 'noticeDue', unit: 'days', days: 3, counting: 'calendar',
      citation: `${PERBAWASLU} (melengkapi syarat formal/materiel)`, source: 'bbcindonesia.biz 19/1/2024 (one explainer)',
      confidence: '!', flag: '!', noteEn: 'Sources say 2 or 3 days; verify against the Perbawaslu text.',
    },
    decision: {
      id: 'decision', nameId: 'Tindak lanjut temuan/laporan', nameEn: 'Decision on the finding or report',
      anchor: 'registeredAt', unit: 'days', days: 7, counting: 'calendar',
      citation: `${UU} Pasal 454 ayat (7)`, source: FLIPBUILDER, confidence: 'C',
      noteEn: `"paling lama 7 (tujuh) hari setelah temuan dan laporan diterima dan diregistrasi". ${HARI_NOTE}`,
      extension: {
        mode: 'replace', days: 14, counting: 'working',
        citation: `${UU} Pasal 454 ayat (8)`, source: FLIPBUILDER, confidence: 'C',
        noteEn: 'Additional information: information and analysis within 14 working days after receipt and registration.',
      },
    },
    criminalForwarding: {
      id: 'criminalForwarding', nameId: 'Penerusan ke Kepolisian', nameEn: 'Forwarding a crime to the police',
      anchor: 'decidedAt', unit: 'hours', hours: 24,
      citation: `${UU} Pasal 476 ayat (1)`, source: 'UU 7/2017 Pasal 476 (domain reference 1.4)', confidence: 'C',
      noteEn: 'Declared after coordination with Polri and Kejaksaan in Sentra Gakkumdu (ayat 2).',
    },
  },
  gakkumdu,
});
