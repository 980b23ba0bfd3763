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
import type { CaseStatus, DocumentInputBase, PemberitahuanStatusData } from './types.js';
import { reporterScrubber } from '../../../core/cases/pelapor-text.js';

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
      // A status reached earlier and not announced then is told here, with its own date.
      ...(data.earlier?.length
        ? ([['Status sebelumnya', data.earlier.map((e) => `${STATUS_LABELS[e.status]} (${formatIsoDate(e.on)})`).join('; ')]] as Array<[string, Content]>)
        : []),
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
