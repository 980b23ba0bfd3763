// Sample inputs for every document kind (a fictitious ASN-neutrality case in Kota Serang, Pilkada
// 2024), used by the tests and handy for previews. All names and numbers are invented.
import type { CaseIdentity, DocumentInput, DocumentInputBase, DocumentKind, ReporterIdentity } from './types.js';

export const REPORTER: ReporterIdentity = {
  name: 'Siti Rahmawati',
  address: 'Jl. Ki Mas Jong No. 12, Kelurahan Kaligandu, Kota Serang',
  phone: '0812-3456-7890',
  email: 'siti.rahmawati@example.id',
  nik: '3673015506900002',
};

export const CASE: CaseIdentity = {
  receiptNumber: '012/PL/PW/Kota/11.06/XI/2024',
  registerNumber: '007/Reg/LP/PW/Kota/11.06/XI/2024',
  kind: 'laporan',
  regimeName: 'Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024',
  reportedParty: {
    name: 'Drs. Ahmad Fauzan, M.Si.',
    nip: '197503122000031004',
    agency: 'Dinas Pendidikan dan Kebudayaan Kota Serang',
    position: 'Kepala Bidang Pembinaan SMP',
    employeeKind: 'PNS',
  },
  event: {
    description:
      'Terlapor mengunggah foto bersama pasangan calon nomor urut 2 dengan gestur simbol jari dan ajakan memilih di akun Instagram pribadinya',
    place: 'Akun Instagram @fauzan.serang (unggahan di Kecamatan Cipocok Jaya)',
    occurredOn: '2024-11-08',
    knownOn: '2024-11-09',
  },
};

export const EVIDENCE = [
  {
    label: 'Tangkapan layar unggahan Instagram',
    sha256: '9f2c4b7e1a0d3c5e8f6a2b4d7c9e1f3a5b7d9c2e4f6a8b0d1c3e5f7a9b2d4c6e',
    // a shared link as copied from the app, tracking parameters and all: longer than a line
    sourceUrl: 'https://www.instagram.com/p/C8xYz12AbCd/?igsh=MWQ1ZGUxMzBkMGJhZTc4NzE0YjVkMmQ3ZjE0ZGU3ZTk5NjQ2ZTc4Nw%3D%3D&utm_source=ig_web_copy_link',
    capturedAt: new Date('2024-11-09T14:15:00Z'),
  },
  { label: 'Rekaman video unggahan (MP4)', sha256: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90' },
];

export const BASE: DocumentInputBase = {
  number: '045/PP.01.02/K.BT-06/11/2024',
  issuedAt: new Date('2024-11-14T03:30:00Z'), // 10.30 WIB
  letterhead: {
    officeName: 'Bawaslu Kota Serang',
    address: 'Jl. Jenderal Sudirman No. 5, Cipocok Jaya, Kota Serang, Banten 42121',
    phone: '(0254) 8485-123',
    email: 'kota-serang@bawaslu.go.id',
    city: 'Serang',
    timeZone: 'WIB',
  },
  evidence: EVIDENCE,
};

const CHAIR = { name: 'Agus Setiawan, S.H.', position: 'Ketua Bawaslu Kota Serang' };
const STAFF = { name: 'Rina Marlina, S.H.', position: 'Staf Penanganan Pelanggaran', nip: '199004152019032011' };
const COORD = { name: 'Dedi Kurniawan, S.IP.', position: 'Koordinator Divisi Penanganan Pelanggaran' };
const LEGAL_BASIS = [
  'Undang-Undang Nomor 10 Tahun 2016 Pasal 134',
  'Peraturan Bawaslu Nomor 8 Tahun 2020 sebagaimana diubah dengan Peraturan Bawaslu Nomor 9 Tahun 2024',
];
const ACT = {
  actCode: 'skb2022.5',
  actText: 'Memposting foto bersama bakal calon, tim sukses dengan simbol keberpihakan, atribut partai, atau alat peraga kampanye di media sosial/media publik',
  articles: ['UU 20/2023 Pasal 9 ayat (2)', 'PP 94/2021 Pasal 5 huruf n jo. Pasal 8', 'PP 42/2004 Pasal 15'],
};

export const SAMPLES: { [K in DocumentKind]: Extract<DocumentInput, { kind: K }> } = {
  'tanda-bukti-penyampaian-laporan': {
    ...BASE, kind: 'tanda-bukti-penyampaian-laporan',
    data: {
      case: { ...CASE, registerNumber: null }, receivedAt: new Date('2024-11-10T02:15:00Z'),
      reporter: { name: REPORTER.name, address: REPORTER.address }, channel: 'Datang langsung',
      submittedItems: ['Formulir laporan', 'Tangkapan layar unggahan (3 lembar)', 'Flashdisk berisi rekaman video'],
      receivingOfficer: STAFF,
    },
  },
  'pemberitahuan-kelengkapan': {
    ...BASE, kind: 'pemberitahuan-kelengkapan',
    data: {
      case: { ...CASE, registerNumber: null }, reporter: { name: REPORTER.name, address: REPORTER.address },
      missing: [
        { requirement: 'formal', item: 'Fotokopi KTP pelapor', note: 'Untuk mencocokkan tanda tangan' },
        { requirement: 'materiel', item: 'Bukti unggahan asli (tautan atau rekaman layar)', note: null },
      ],
      dueAt: new Date('2024-11-13T09:00:00Z'), legalBasis: LEGAL_BASIS, signer: CHAIR,
    },
  },
  'formulir-kajian-awal': {
    ...BASE, kind: 'formulir-kajian-awal',
    data: {
      case: CASE, receivedAt: new Date('2024-11-10T02:15:00Z'), analysedOn: '2024-11-11',
      formal: [
        { item: 'Nama dan alamat pelapor', result: 'memenuhi', note: 'Sesuai KTP', article: 'Perbawaslu 7/2022 Pasal 15 ayat (3) huruf a' },
        { item: 'Pihak terlapor', result: 'memenuhi', article: 'Pasal 15 ayat (3) huruf b' },
        { item: 'Waktu penyampaian laporan', result: 'memenuhi', note: 'Diketahui 9 November, dilaporkan 10 November 2024', article: 'Pasal 15 ayat (3) huruf c' },
      ],
      material: [
        { item: 'Waktu dan tempat kejadian', result: 'memenuhi', article: 'Pasal 15 ayat (4) huruf a' },
        { item: 'Uraian kejadian', result: 'memenuhi', article: 'Pasal 15 ayat (4) huruf b' },
        { item: 'Bukti', result: 'memenuhi', note: 'Tangkapan layar dan video', article: 'Pasal 15 ayat (4) huruf c' },
      ],
      allegedViolationType: 'Pelanggaran peraturan perundang-undangan lainnya (netralitas ASN)',
      conclusion: 'diregistrasi', analyst: STAFF, approver: COORD,
    },
  },
  'undangan-klarifikasi': {
    ...BASE, kind: 'undangan-klarifikasi',
    data: {
      case: CASE,
      addressee: { name: CASE.reportedParty.name, role: 'terlapor', position: CASE.reportedParty.position, address: CASE.reportedParty.agency },
      hearing: { startsAt: new Date('2024-11-15T02:00:00Z'), place: 'Ruang Sidang Bawaslu Kota Serang' },
      subject: 'dugaan pelanggaran netralitas ASN melalui media sosial', legalBasis: LEGAL_BASIS,
      bring: ['Kartu identitas (KTP)', 'Surat keputusan jabatan terakhir'],
      contact: { name: 'Rina Marlina', phone: '0811-2233-4455' }, signer: CHAIR,
    },
  },
  'berita-acara-klarifikasi': {
    ...BASE, kind: 'berita-acara-klarifikasi',
    data: {
      case: CASE,
      interviewee: { name: CASE.reportedParty.name, role: 'terlapor', position: CASE.reportedParty.position, agency: CASE.reportedParty.agency },
      startedAt: new Date('2024-11-15T02:00:00Z'), endedAt: new Date('2024-11-15T03:40:00Z'),
      place: 'Ruang Sidang Bawaslu Kota Serang', examiners: [COORD, STAFF],
      otherAttendees: [{ name: 'Hendra Wijaya', role: 'Ahli dari BKN Kantor Regional III' }],
      questions: [
        { question: 'Apakah Saudara pemilik akun Instagram @fauzan.serang?', answer: 'Benar, akun tersebut milik saya.' },
        { question: 'Apakah Saudara mengunggah foto bersama pasangan calon nomor urut 2 pada 8 November 2024?', answer: 'Benar, foto diambil pada acara keluarga dan saya unggah pada malam harinya.' },
      ],
      summary: 'Terlapor mengakui mengunggah foto dengan gestur dua jari dan telah menghapus unggahan pada 10 November 2024.',
    },
  },
  'kajian-dugaan-pelanggaran': {
    ...BASE, kind: 'kajian-dugaan-pelanggaran',
    data: {
      case: { ...CASE, registerNumber: '007/Reg/LP/PW/Kota/11.06/XI/2024' }, registeredOn: '2024-11-11',
      facts: [
        'Akun Instagram @fauzan.serang milik terlapor memuat foto terlapor bersama pasangan calon nomor urut 2.',
        'Dalam foto terlapor menunjukkan gestur dua jari dengan keterangan ajakan memilih.',
        'Terlapor berstatus PNS aktif pada Dinas Pendidikan dan Kebudayaan Kota Serang.',
      ],
      clarifications: [
        { name: CASE.reportedParty.name, role: 'terlapor', summary: 'Mengakui kepemilikan akun dan unggahan.' },
        { name: 'Hendra Wijaya', role: 'ahli', summary: 'Perbuatan termasuk bentuk keberpihakan menurut SKB 2022.' },
      ],
      legalBasis: [ACT], analysis: [
        'Unggahan foto bersama pasangan calon dengan simbol keberpihakan termasuk perbuatan yang dilarang bagi pegawai ASN dalam Lampiran II SKB 2022.',
        'Keterangan terlapor dan ahli bersesuaian dengan bukti tangkapan layar dan rekaman video.',
      ],
      conclusion: { kind: 'pelanggaran', violationType: 'peraturan-lainnya', detail: 'pelanggaran netralitas ASN.' },
      recommendation: { text: 'Diteruskan kepada Badan Kepegawaian Negara untuk ditindaklanjuti sesuai kewenangan.', recipient: 'Badan Kepegawaian Negara' },
      preparedBy: [STAFF], approvedBy: COORD,
    },
  },
  'pemberitahuan-status-laporan': {
    ...BASE, kind: 'pemberitahuan-status-laporan',
    data: {
      case: CASE, status: 'diteruskan', statusOn: '2024-11-14',
      statusNote: 'Diteruskan kepada Badan Kepegawaian Negara', signer: CHAIR,
    },
  },
  'surat-penerusan': {
    ...BASE, kind: 'surat-penerusan',
    data: {
      case: { ...CASE, registerNumber: '007/Reg/LP/PW/Kota/11.06/XI/2024' },
      recipient: { id: 'BKN', address: 'Jl. Mayjen Sutoyo No. 12, Cililitan, Jakarta Timur' },
      attachments: ['Kajian dugaan pelanggaran', 'Berita acara klarifikasi', 'Salinan bukti'],
      violation: [ACT],
      decision: { kajianNumber: '021/PP.01.02/K.BT-06/11/2024', decidedOn: '2024-11-13', summary: CASE.event.description + '.' },
      recommendedSanction: { moral: 'tertutup-atau-terbuka', discipline: 'berat' },
      reportBackBy: '2024-12-13',
      copies: ['Ketua Bawaslu Provinsi Banten', 'Wali Kota Serang selaku Pejabat Pembina Kepegawaian'],
      signer: CHAIR,
    },
  },
  'pemberitahuan-pelimpahan': {
    ...BASE, kind: 'pemberitahuan-pelimpahan',
    data: {
      case: { ...CASE, registerNumber: null },
      reporter: { name: REPORTER.name, address: REPORTER.address, representative: null },
      delegation: { fromOffice: 'Bawaslu Provinsi Banten', toOffice: 'Bawaslu Kota Serang', at: new Date('2024-11-11T03:30:00Z'), reason: 'Peristiwa terjadi di wilayah Kota Serang.' },
      legalBasis: LEGAL_BASIS, signer: CHAIR,
    },
  },
};
