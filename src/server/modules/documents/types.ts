// The input of every official document: plain data, no database rows. Identifiers are English;
// Indonesian legal terms are kept where they are the precise name (pelapor, terlapor, temuan,
// registerNumber = nomor register, kajian). Calendar dates are 'YYYY-MM-DD'; instants are Date
// and are shown in the office's time zone with its label (WIB/WITA/WIT).
import type { DisciplineLevel, RecipientId } from '../../../core/law/index.js';

import type { DocumentKind } from '../../../core/cases/documents.js';

export { DOCUMENT_KINDS, type DocumentKind } from '../../../core/cases/documents.js';

export type Letterhead = {
  /** e.g. "Bawaslu Kota Serang" or "Badan Pengawas Pemilihan Umum Kota Serang" */
  officeName: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  /** the place written before the date: "Serang" */
  city: string;
  timeZone: 'WIB' | 'WITA' | 'WIT';
};

/**
 * An evidence item the document cites; its SHA-256 is printed in the document's integrity block,
 * with, for a copy of something seen online (a social-media post), where it was and when it was
 * captured.
 */
export type EvidenceRef = { label: string; sha256: string; sourceUrl?: string | null; capturedAt?: Date | null };

/** A signatory or officer of the supervising body. */
export type Official = { name: string; position: string; nip?: string | null };

export type ReportedParty = {
  name: string;
  nip?: string | null;
  agency: string;
  position: string;
  employeeKind: 'PNS' | 'PPPK' | 'lainnya';
};

export type CaseEvent = {
  description: string;
  place: string;
  occurredOn: string;
  knownOn: string;
};

/** The identity of a case as every document names it. */
export type CaseIdentity = {
  receiptNumber: string;
  registerNumber?: string | null;
  kind: 'laporan' | 'temuan';
  /** e.g. "Pemilihan Gubernur dan Wakil Gubernur Banten Tahun 2024" */
  regimeName: string;
  reportedParty: ReportedParty;
  event: CaseEvent;
};

/** Personal data of the pelapor (UU 27/2022): printed only where the document is addressed to them. */
export type ReporterIdentity = {
  name: string;
  address?: string | null;
  phone?: string | null;
  email?: string | null;
  nik?: string | null;
  /** who submitted the laporan for the pelapor, under a surat kuasa khusus (Perbawaslu 7/2022 art 8(5)) */
  representative?: ReporterRepresentative | null;
};

export type ReporterRepresentative = {
  name: string;
  address?: string | null;
  phone?: string | null;
  nik?: string | null;
  /** the surat kuasa khusus as written on it: number and date */
  powerOfAttorney: string;
};

export type ParticipantRole = 'pelapor' | 'terlapor' | 'saksi' | 'ahli';

/** A prohibited act from the catalogue (core/law CATALOGUE), with the articles applied. */
export type LegalBasisItem = { actCode: string; actText: string; articles: string[] };

export type TandaBuktiData = {
  case: CaseIdentity;
  receivedAt: Date;
  reporter: Pick<ReporterIdentity, 'name' | 'address' | 'representative'>;
  /** e.g. "Datang langsung", "SIGAPLAPOR" */
  channel?: string | null;
  /** what the pelapor handed over, as listed on the receipt */
  submittedItems?: string[];
  receivingOfficer: Official;
};

export type RequirementKind = 'formal' | 'materiel';

export type PemberitahuanKelengkapanData = {
  case: CaseIdentity;
  /** with a kuasa, the letter goes to the pelapor through the kuasa, at the kuasa's address */
  reporter: Pick<ReporterIdentity, 'name' | 'address' | 'representative'>;
  missing: Array<{ requirement: RequirementKind; item: string; note?: string | null }>;
  /** the deadline to complete, an instant shown with its time and zone */
  dueAt: Date;
  legalBasis: string[];
  signer: Official;
};

export type PemberitahuanPelimpahanData = {
  case: CaseIdentity;
  /** with a kuasa, the letter goes to the pelapor through the kuasa, at the kuasa's address */
  reporter: Pick<ReporterIdentity, 'name' | 'address' | 'representative'>;
  /** the last delegation: from which office to which, when and why */
  delegation: { fromOffice: string; toOffice: string; at: Date; reason: string };
  legalBasis: string[];
  signer: Official;
};

export type RequirementCheck = {
  item: string;
  result: 'memenuhi' | 'tidak-memenuhi';
  note?: string | null;
  article?: string | null;
};

export type KajianAwalConclusion = 'diregistrasi' | 'tidak-diregistrasi' | 'perlu-dilengkapi';

export type FormulirKajianAwalData = {
  case: CaseIdentity;
  receivedAt: Date;
  /** day the analysis was made ('YYYY-MM-DD') */
  analysedOn: string;
  formal: RequirementCheck[];
  material: RequirementCheck[];
  /** e.g. "Pelanggaran peraturan perundang-undangan lainnya (netralitas ASN)" */
  allegedViolationType?: string | null;
  conclusion: KajianAwalConclusion;
  conclusionNote?: string | null;
  analyst: Official;
  approver?: Official | null;
};

export type UndanganKlarifikasiData = {
  case: CaseIdentity;
  addressee: { name: string; role: ParticipantRole; position?: string | null; address?: string | null };
  hearing: { startsAt: Date; place: string };
  /** the subject of the clarification, e.g. "Dugaan pelanggaran netralitas ASN oleh ..." */
  subject: string;
  legalBasis: string[];
  bring?: string[];
  contact?: { name: string; phone: string } | null;
  signer: Official;
};

export type BeritaAcaraKlarifikasiData = {
  case: CaseIdentity;
  interviewee: { name: string; role: ParticipantRole; position?: string | null; agency?: string | null };
  startedAt: Date;
  endedAt?: Date | null;
  place: string;
  examiners: Official[];
  otherAttendees?: Array<{ name: string; role: string }>;
  questions?: Array<{ question: string; answer: string }>;
  summary?: string | null;
};

export type ViolationType = 'administratif' | 'pidana' | 'kode-etik' | 'peraturan-lainnya' | 'tsm-administratif';

export type KajianConclusion =
  | { kind: 'pelanggaran'; violationType: ViolationType; detail?: string | null }
  | { kind: 'bukan-pelanggaran'; reason: string };

export type KajianDugaanPelanggaranData = {
  case: CaseIdentity & { registerNumber: string };
  registeredOn: string;
  facts: string[];
  clarifications?: Array<{ name: string; role: ParticipantRole; summary: string }>;
  legalBasis: LegalBasisItem[];
  analysis: string[];
  conclusion: KajianConclusion;
  recommendation?: { text: string; recipient: string } | null;
  preparedBy: Official[];
  approvedBy?: Official | null;
};

export type CaseStatus =
  | 'diterima'
  | 'kajian-awal'
  | 'belum-diregistrasi'
  | 'tidak-diregistrasi'
  | 'dicabut'
  | 'diregistrasi'
  | 'klarifikasi'
  | 'kajian'
  | 'pelanggaran'
  | 'bukan-pelanggaran'
  | 'diteruskan'
  | 'dihentikan';

/**
 * The public notice (Form A.17-like). Nothing of the pelapor is printed: only the fields below are
 * read. `reporter`, when a caller passes it along, is used solely to blank the pelapor's name,
 * NIK, phone, e-mail and address out of the free-text fields and evidence labels.
 */
export type PemberitahuanStatusData = {
  case: CaseIdentity;
  status: CaseStatus;
  /** the day the status was reached ('YYYY-MM-DD') */
  statusOn: string;
  /** public explanation, e.g. the reason for not registering, or the recipient of a forwarding */
  statusNote?: string | null;
  /** earlier statuses no notice announced yet, told with this one, each with the day it was reached */
  earlier?: { status: CaseStatus; on: string }[];
  signer: Official;
  reporter?: ReporterIdentity | null;
};

export type MoralSanction = 'pernyataan-tertutup' | 'pernyataan-terbuka' | 'tertutup-atau-terbuka';

export type SuratPenerusanData = {
  case: CaseIdentity & { registerNumber: string };
  recipient: { id: RecipientId; addressee?: string | null; address?: string | null };
  /** e.g. "Penerusan Pelanggaran Netralitas ASN" (a default follows from the recipient) */
  subject?: string | null;
  attachments: string[];
  violation: LegalBasisItem[];
  /** the plenary decision and kajian it rests on */
  decision: { kajianNumber: string; decidedOn: string; summary: string };
  /** SKB 2022 Lampiran II: moral sanction (PP 42/2004 Pasal 15) and discipline level (PP 94/2021) */
  recommendedSanction?: { moral: MoralSanction | null; discipline: DisciplineLevel | null; note?: string | null } | null;
  /** date by which the recipient is asked to report back its follow-up ('YYYY-MM-DD'), if set */
  reportBackBy?: string | null;
  copies?: string[];
  signer: Official;
};

export type DocumentDataMap = {
  'tanda-bukti-penyampaian-laporan': TandaBuktiData;
  'pemberitahuan-kelengkapan': PemberitahuanKelengkapanData;
  'formulir-kajian-awal': FormulirKajianAwalData;
  'undangan-klarifikasi': UndanganKlarifikasiData;
  'berita-acara-klarifikasi': BeritaAcaraKlarifikasiData;
  'kajian-dugaan-pelanggaran': KajianDugaanPelanggaranData;
  'pemberitahuan-status-laporan': PemberitahuanStatusData;
  'surat-penerusan': SuratPenerusanData;
  'pemberitahuan-pelimpahan': PemberitahuanPelimpahanData;
};

export type DocumentInputBase = {
  number: string;
  issuedAt: Date;
  letterhead: Letterhead;
  evidence: EvidenceRef[];
  /** when the file was produced, for the "Dibuat oleh Netra pada …" line and PDF metadata; defaults to issuedAt */
  generatedAt?: Date;
};

export type DocumentInput = {
  [K in DocumentKind]: DocumentInputBase & { kind: K; data: DocumentDataMap[K] };
}[DocumentKind];

export type DocumentData = DocumentDataMap[DocumentKind];
