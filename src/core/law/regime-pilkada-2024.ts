// Pilkada 2024: regional head elections under UU 1/2015 (Perpu 1/2014) as amended, last by
// UU 6/2020; cited as "UU 10/2016" as Bawaslu and the issue do. Handling rules: Perbawaslu
// 8/2020 as amended by Perbawaslu 9/2024. Bawaslu counts Pilkada handling in calendar days
// (Puadi, Antara 24/9/2024: "hari kalender, sebagaimana diatur UU 10/2016").
import { KEPPRES_33_2024 } from './calendar-data-2024.js';
import { CUTI_BERSAMA_NOT_WORKING, WEEKEND_DAYS } from './regime-common.js';
import { defineRegime, type GakkumduStageRule } from './regime-types.js';

const UU = 'UU 10/2016';
const PERBAWASLU = 'Perbawaslu 8/2020 jo. Perbawaslu 9/2024';
const WIKISOURCE = 'Perpu 1/2014 text, id.wikisource.org Halaman:Perpu_1_2014.pdf/93-94';
const GUIDE = 'Bawaslu nine-step Sentra Gakkumdu guide for Pilkada 2024 (RMOL 19/8/2024; jpnn)';

const gakkumdu: GakkumduStageRule[] = [
  {
    id: 'penyidikan', nameId: 'Penyidikan sampai berkas ke penuntut umum', nameEn: 'Investigation until the file reaches the prosecutor',
    anchor: 'stage', anchorId: 'laporan diterima penyidik', anchorEn: 'report received by the police investigator',
    unit: 'days', days: 14, counting: 'working',
    citation: `${UU} Pasal 146 ayat (3)`, source: `${GUIDE}; Polri (medcom 19/3/2018)`, confidence: 'S',
  },
  {
    id: 'pengembalian-berkas', nameId: 'Pengembalian berkas belum lengkap', nameEn: 'Prosecutor returns an incomplete file',
    anchor: 'stage', anchorId: 'berkas diterima penuntut umum', anchorEn: 'file received by the prosecutor',
    unit: 'days', days: 3, counting: 'working',
    citation: `${UU} Pasal 146`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; paragraph number not read.',
  },
  {
    id: 'perbaikan-berkas', nameId: 'Penyampaian kembali berkas', nameEn: 'Police resubmit the completed file',
    anchor: 'stage', anchorId: 'berkas dikembalikan', anchorEn: 'file returned to the investigator',
    unit: 'days', days: 3, counting: 'working',
    citation: `${UU} Pasal 146`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; paragraph number not read.',
  },
  {
    id: 'pelimpahan', nameId: 'Pelimpahan ke pengadilan negeri', nameEn: 'Prosecutor transfers the case to the district court',
    anchor: 'stage', anchorId: 'berkas lengkap diterima dari penyidik', anchorEn: 'complete file received from the investigator',
    unit: 'days', days: 5, counting: 'working',
    citation: `${UU} Pasal 146`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; paragraph number not read.',
  },
  {
    id: 'putusan-pn', nameId: 'Putusan pengadilan negeri', nameEn: 'District court verdict',
    anchor: 'stage', anchorId: 'pelimpahan berkas', anchorEn: 'case transferred to the court',
    unit: 'days', days: 7, counting: 'calendar',
    citation: `${UU} Pasal 148`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; article number not read.',
  },
  {
    id: 'banding', nameId: 'Permohonan banding', nameEn: 'Appeal filed',
    anchor: 'stage', anchorId: 'putusan dibacakan', anchorEn: 'verdict read out',
    unit: 'days', days: 3, counting: 'calendar',
    citation: `${UU} Pasal 148`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; article number not read.',
  },
  {
    id: 'putusan-pt', nameId: 'Putusan pengadilan tinggi', nameEn: 'High court verdict (final)',
    anchor: 'stage', anchorId: 'permohonan banding diterima', anchorEn: 'appeal received',
    unit: 'days', days: 7, counting: 'calendar',
    citation: `${UU} Pasal 148`, source: GUIDE, confidence: 'U', flag: 'U', noteEn: 'Stage confirmed by the guide; article number not read.',
  },
];

export const PILKADA_2024 = defineRegime({
  id: 'pilkada-2024',
  kind: 'pilkada',
  version: '2024.1',
  nameId: 'Pemilihan Gubernur, Bupati, dan Wali Kota Serentak 2024',
  nameEn: '2024 simultaneous regional head elections (Pilkada)',
  instruments: [
    'UU 1/2015 (Penetapan Perpu 1/2014) sebagaimana diubah UU 8/2015, UU 10/2016 dan UU 6/2020',
    'Perbawaslu 8/2020 tentang Penanganan Pelanggaran Pemilihan, diubah dengan Perbawaslu 9/2024',
    KEPPRES_33_2024,
  ],
  votingDay: '2024-11-27',
  votingDayDecree: KEPPRES_33_2024,
  campaignPeriod: { from: '2024-09-25', to: '2024-11-23', source: 'PKPU 2/2024 (Antara 24/9/2024)' },
  settings: {
    cutiBersamaIsWorkingDay: CUTI_BERSAMA_NOT_WORKING,
    weekendDays: WEEKEND_DAYS,
    votingDayReception: {
      value: { from: '08:00', to: '16:00' },
      citation: `${PERBAWASLU} (penerimaan laporan pada hari pemungutan suara)`,
      source: 'Puadi, Bawaslu RI (Antara 23/9/2024)',
      confidence: '!',
      flag: '!',
      noteEn:
        'Puadi: reports received 08:00-16:00 on voting day. Bawaslu Kota Batu (14/10/2024) read Perbawaslu 9/2024 as 24-hour reception during masa tenang and voting day.',
    },
  },
  clocks: {
    filing: {
      id: 'filing', nameId: 'Batas penyampaian laporan', nameEn: 'Filing window',
      anchor: 'knownOn', unit: 'days', days: 7, counting: 'calendar',
      citation: `${UU} Pasal 134 ayat (4)`, source: WIKISOURCE, confidence: 'C',
      noteEn: '"paling lama 7 (tujuh) hari sejak diketahui dan/atau ditemukannya"; calendar days per Bawaslu (Antara 24/9/2024).',
    },
    temuan: {
      id: 'temuan', nameId: 'Penetapan temuan', nameEn: 'Finding set as temuan',
      anchor: 'foundOn', unit: 'days', days: 7, counting: 'calendar',
      citation: `${UU} Pasal 134 ayat (4)`, source: `${WIKISOURCE}; ${PERBAWASLU} not read`, confidence: 'U', flag: 'U',
      noteEn: 'Art 134(4) runs 7 days from "diketahui dan/atau ditemukannya"; the Perbawaslu limit for a temuan was not read.',
    },
    kajianAwal: {
      id: 'kajianAwal', nameId: 'Kajian awal', nameEn: 'Preliminary analysis (kajian awal)',
      anchor: 'receivedAt', unit: 'days', days: 2, counting: 'calendar',
      citation: `${PERBAWASLU} (kajian awal)`, source: 'By analogy with Perbawaslu 7/2022 Pasal 15 ayat (1)', confidence: 'U', flag: 'U',
    },
    noticeToComplete: {
      id: 'noticeToComplete', nameId: 'Pemberitahuan kelengkapan laporan', nameEn: 'Notice to complete the report',
      anchor: 'kajianAwalDue', unit: 'days', days: 1, counting: 'calendar',
      citation: `${PERBAWASLU} (pemberitahuan kelengkapan)`, source: 'By analogy with the Pemilu procedure', confidence: 'U', flag: 'U',
    },
    completion: {
      id: 'completion', nameId: 'Batas melengkapi laporan', nameEn: 'Window to complete the report',
      anchor: 'noticeDue', unit: 'days', days: 2, counting: 'calendar',
      citation: `${PERBAWASLU} (melengkapi syarat formal/materiel)`, source: 'Domain reference 1.4: "commonly 2 days"', confidence: 'U', flag: 'U',
    },
    decision: {
      id: 'decision', nameId: 'Tindak lanjut laporan', nameEn: 'Decision on the report',
      anchor: 'receivedAt', unit: 'days', days: 3, counting: 'calendar',
      citation: `${UU} Pasal 134 ayat (5)`, source: WIKISOURCE, confidence: 'C',
      noteEn: 'Counted from receipt as the statute says; some offices count from registration (Bawaslu Kukar, Nov 2024).',
      extension: {
        mode: 'add', days: 2, counting: 'calendar',
        citation: `${UU} Pasal 134 ayat (6)`, source: WIKISOURCE, confidence: 'C',
        noteEn: 'Additional information from the reporter: at most 2 more days (3 + 2 = 5).',
      },
    },
    criminalForwarding: {
      id: 'criminalForwarding', nameId: 'Penerusan ke Kepolisian', nameEn: 'Forwarding a crime to the police',
      anchor: 'decidedAt', unit: 'hours', hours: 24,
      citation: `${UU} Pasal 135 ayat (2)`, source: WIKISOURCE, confidence: 'C',
    },
  },
  gakkumdu,
});
