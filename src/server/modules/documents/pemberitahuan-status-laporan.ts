// Pemberitahuan tentang status laporan/temuan: the public notice for the notice board (like Pilkada
// Form Model A.17). It names the case, the terlapor (name, position, agency: no NIP), the status and
// its date, and NOTHING of the pelapor (UU 27/2022; domain reference 6.1 and design note 7.7):
// only whitelisted fields are read, and every free text printed (event, place, note, evidence
// labels) is scrubbed of the pelapor's identity and of any NIK, phone number or e-mail address.
import { caseKindLabel } from './common.js';
import { formatIsoDate } from './format.js';
import { fields, frame, paragraph, placeAndDate, signatures, titleBlock } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { CaseStatus, DocumentInputBase, PemberitahuanStatusData, ReporterIdentity } from './types.js';

export const STATUS_LABELS: Record<CaseStatus, string> = {
  diterima: 'Diterima',
  'kajian-awal': 'Dalam kajian awal',
  'belum-diregistrasi': 'Belum diregistrasi',
  'tidak-diregistrasi': 'Tidak diregistrasi',
  dicabut: 'Dicabut',
  diregistrasi: 'Diregistrasi',
  klarifikasi: 'Dalam proses klarifikasi',
  kajian: 'Dalam proses kajian',
  pelanggaran: 'Pelanggaran',
  'bukan-pelanggaran': 'Bukan pelanggaran',
  diteruskan: 'Diteruskan kepada instansi yang berwenang',
  dihentikan: 'Penanganan dihentikan',
};

export const REDACTED = '[disamarkan]';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Identity-number and contact patterns blanked from any public free text, whoever they belong to.
const GENERIC_PATTERNS: RegExp[] = [
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
  /(?<!\d)\d{16}(?!\d)/g, // NIK (16 digits)
  /(?<![\w/.])(?:\+62|62|0)[\s.-]?8\d(?:[\s.-]?\d){6,11}(?!\d)/g, // Indonesian mobile number
  /(?<![\w/.])\(?0\d{2,3}\)?[\s.-]\d{3,4}[\s.-]?\d{3,4}(?!\d)/g, // landline with area code
];

/**
 * What identifies the pelapor (and their kuasa) in a text: name, address and its street line,
 * phone (also as bare digits), e-mail, NIK, and with `nameParts` each distinctive part of a name.
 * Each as a pattern that matches it as a whole word, longest first: global to replace with, not
 * global to test with (a global pattern keeps state between tests).
 */
function reporterPatterns(reporter: ReporterIdentity | null | undefined, opts: { nameParts: boolean; global: boolean }): RegExp[] {
  const needles = new Set<string>();
  // The pelapor and their kuasa alike: both are personal data.
  const people: Omit<ReporterIdentity, 'representative'>[] = reporter ? [reporter, ...(reporter.representative ? [reporter.representative] : [])] : [];
  for (const person of people) {
    for (const value of [person.name, person.address, person.phone, person.email, person.nik]) {
      const trimmed = value?.trim();
      if (trimmed && trimmed.length >= 3) needles.add(trimmed);
    }
    // Parts of the name as well ("Budi" from "Budi Santoso"), when long enough to be distinctive.
    if (opts.nameParts) for (const part of person.name.split(/\s+/)) if (part.replace(/\W/g, '').length >= 4) needles.add(part);
    // The street line of the address on its own ("Jl. Veteran No. 3" of "Jl. Veteran No. 3, Kota
    // Serang"); not the later parts, which name the area every document names.
    const street = person.address?.split(',')[0]?.trim();
    if (street && street.length >= 8) needles.add(street);
    const digits = person.phone?.replace(/\D/g, '');
    if (digits && digits.length >= 6) needles.add(digits);
  }
  const ordered = [...needles].sort((a, b) => b.length - a.length);
  return ordered.map((needle) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(needle)}(?![\\p{L}\\p{N}])`, opts.global ? 'giu' : 'iu'));
}

/** A function that blanks the pelapor's (and their kuasa's) identity and any NIK, phone or e-mail out of a text. */
export function reporterScrubber(reporter: ReporterIdentity | null | undefined): (text: string) => string {
  const byValue = reporterPatterns(reporter, { nameParts: true, global: true });
  return (text: string): string => {
    let out = text;
    for (const pattern of [...byValue, ...GENERIC_PATTERNS]) out = out.replace(pattern, REDACTED);
    return out;
  };
}

/**
 * Whether any text in `data` (a document's input) names the pelapor or their kuasa in full, or
 * gives their address, phone, e-mail or NIK: free text (kajian facts, hearing summaries, checklist
 * notes) that does makes the document personal data (decision 008). Parts of a name alone do not
 * count: too many people share a first name.
 */
export function mentionsReporter(reporter: ReporterIdentity | null | undefined, data: unknown): boolean {
  if (!reporter) return false;
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') texts.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object' && !(v instanceof Date)) Object.values(v).forEach(walk);
  };
  walk(data);
  const patterns = reporterPatterns(reporter, { nameParts: false, global: false });
  return texts.some((text) => patterns.some((p) => p.test(text)));
}

export function buildPemberitahuanStatus(input: DocumentInputBase, data: PemberitahuanStatusData): DocDefinition {
  const scrub = reporterScrubber(data.reporter);
  const identity = data.case;
  const kind = caseKindLabel(identity);
  const title = `Pemberitahuan tentang Status ${kind}`;
  const party = identity.reportedParty;
  const numberRow: [string, Content] = identity.registerNumber
    ? ['Nomor register', { text: identity.registerNumber, bold: true }]
    : [`Nomor penerimaan ${identity.kind}`, { text: identity.receiptNumber, bold: true }];
  const body: Content[] = [
    titleBlock(title, input.number),
    paragraph(
      `${input.letterhead.officeName} memberitahukan status penanganan ${kind.toLowerCase()} dugaan pelanggaran ` +
        'sebagai berikut:',
    ),
    fields([
      numberRow,
      ['Jenis', kind],
      ['Pemilihan', identity.regimeName],
      ['Terlapor', `${scrub(party.name)}, ${scrub(party.position)} pada ${scrub(party.agency)}`],
      ['Dugaan pelanggaran', scrub(identity.event.description)],
      ['Tempat dan tanggal kejadian', `${scrub(identity.event.place)}, ${formatIsoDate(identity.event.occurredOn)}`],
      ['Status', { text: STATUS_LABELS[data.status].toUpperCase(), bold: true }],
      ['Tanggal status', formatIsoDate(data.statusOn)],
      ...(data.statusNote ? ([['Keterangan', scrub(data.statusNote)]] as Array<[string, Content]>) : []),
    ]),
    paragraph(
      'Pemberitahuan ini diumumkan pada papan pengumuman dan laman resmi pengawas pemilihan sebagai bentuk ' +
        'keterbukaan informasi penanganan pelanggaran.',
    ),
    paragraph(
      { text: 'Identitas pelapor tidak dicantumkan untuk melindungi data pribadi (Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi).', italics: true, fontSize: 9 },
    ),
    signatures([{ role: data.signer.position, official: data.signer, placeDate: placeAndDate(input.letterhead, input.issuedAt) }]),
  ];
  // Labels scrubbed, and no source link: the public notice does not point readers at the post.
  const evidence = input.evidence.map((item) => ({ label: scrub(item.label), sha256: item.sha256 }));
  return frame(input, DOCUMENT_TITLES['pemberitahuan-status-laporan'].id, body, evidence);
}
