// Surat penerusan: the forwarding letter (rekomendasi) to the competent body: BKN (KASN before
// September 2024) for ASN neutrality, the Bupati/Wali Kota for village heads, Sentra Gakkumdu for
// crimes, KPU for administrative and DKPP for organisers' ethics violations (domain reference 1.6
// step 7, 2.4). For ASN it carries the sanction recommended by the 2022 joint decree (SKB): the
// moral sanction of PP 42/2004 Pasal 15 and the PP 94/2021 discipline level; it asks the recipient
// to report back its follow-up.
import { RECIPIENT_NAMES, SKB_2022, type DisciplineLevel, type RecipientId } from '../../../core/law/index.js';
import { caseKindLabel, letterHeading, plainList, reportedPartyRows } from './common.js';
import { formatIsoDate } from './format.js';
import { closing, fields, frame, grid, heading, numbered, paragraph, signatures } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, MoralSanction, SuratPenerusanData } from './types.js';

const DEFAULT_ADDRESSEES: Record<RecipientId, string> = {
  BKN: 'Kepala Badan Kepegawaian Negara',
  KASN: 'Ketua Komisi Aparatur Sipil Negara',
  LembagaIndependenASN: RECIPIENT_NAMES.LembagaIndependenASN.nameId,
  Gakkumdu: 'Sentra Penegakan Hukum Terpadu (Sentra Gakkumdu)',
  KPU: 'Ketua Komisi Pemilihan Umum',
  DKPP: 'Ketua Dewan Kehormatan Penyelenggara Pemilu',
  BupatiWaliKota: 'Bupati/Wali Kota',
};

const DEFAULT_SUBJECTS: Record<RecipientId, string> = {
  BKN: 'Penerusan Pelanggaran Netralitas Aparatur Sipil Negara',
  KASN: 'Penerusan Pelanggaran Netralitas Aparatur Sipil Negara',
  LembagaIndependenASN: 'Penerusan Pelanggaran Netralitas Aparatur Sipil Negara',
  Gakkumdu: 'Penerusan Dugaan Tindak Pidana Pemilu/Pemilihan',
  KPU: 'Penerusan Rekomendasi Pelanggaran Administratif',
  DKPP: 'Penerusan Dugaan Pelanggaran Kode Etik Penyelenggara',
  BupatiWaliKota: 'Penerusan Pelanggaran Peraturan Perundang-undangan Lainnya',
};

const MORAL_TEXT: Record<MoralSanction, string> = {
  'pernyataan-tertutup': 'pernyataan secara tertutup',
  'pernyataan-terbuka': 'pernyataan secara terbuka',
  'tertutup-atau-terbuka': 'pernyataan secara tertutup atau terbuka',
};

// The same citations as core/law catalogue (ETHICS_CITATION, DISCIPLINE_CITATION, row 9).
const DISCIPLINE_TEXT: Record<DisciplineLevel, { text: string; basis: string }> = {
  sedang: { text: 'hukuman disiplin tingkat sedang', basis: 'PP 94/2021 Pasal 5 huruf n jo. Pasal 8' },
  berat: { text: 'hukuman disiplin tingkat berat', basis: 'PP 94/2021 Pasal 5 huruf n jo. Pasal 8' },
  ptdh: { text: 'pemberhentian tidak dengan hormat', basis: 'UU 20/2023 Pasal 52 ayat (3) huruf j' },
};

function sanctionBlock(sanction: NonNullable<SuratPenerusanData['recommendedSanction']>): Content[] {
  const items: Content[] = [];
  if (sanction.moral) items.push(`Sanksi moral berupa ${MORAL_TEXT[sanction.moral]} (PP 42/2004 Pasal 15 ayat (1)-(3));`);
  if (sanction.discipline) {
    const level = DISCIPLINE_TEXT[sanction.discipline];
    items.push({ text: [{ text: level.text.charAt(0).toUpperCase() + level.text.slice(1), bold: true }, ` (${level.basis});`] });
  }
  if (sanction.note) items.push(sanction.note);
  if (items.length === 0) return [];
  return [
    paragraph(
      `Berdasarkan ${SKB_2022}, kami merekomendasikan kepada Pejabat Pembina Kepegawaian yang berwenang untuk ` +
        'menjatuhkan sanksi kepada terlapor berupa:',
      [0, 0, 0, 4],
    ),
    numbered(items, 'lower-alpha'),
  ];
}

export function buildSuratPenerusan(input: DocumentInputBase, data: SuratPenerusanData): DocDefinition {
  const title = DOCUMENT_TITLES['surat-penerusan'].id;
  const office = input.letterhead.officeName;
  const addressee = data.recipient.addressee?.trim() || DEFAULT_ADDRESSEES[data.recipient.id];
  const kind = caseKindLabel(data.case).toLowerCase();
  const { decision } = data;
  const reportBack =
    `Sehubungan dengan hal tersebut, kami mohon ${addressee} menindaklanjuti penerusan ini sesuai dengan ` +
    `kewenangan dan ketentuan peraturan perundang-undangan, serta menyampaikan tindak lanjutnya kepada ${office}` +
    (data.reportBackBy ? ` paling lambat tanggal ${formatIsoDate(data.reportBackBy)}.` : '.');
  const body: Content[] = [
    ...letterHeading(input, {
      nature: 'Penting',
      attachments: data.attachments.length,
      subject: data.subject?.trim() || DEFAULT_SUBJECTS[data.recipient.id],
      addressee,
      addresseeAddress: data.recipient.address ?? null,
    }),
    paragraph(
      `Berdasarkan hasil penanganan ${kind} nomor register ${data.case.registerNumber} pada ${data.case.regimeName}, ` +
        `${office} dalam rapat pleno tanggal ${formatIsoDate(decision.decidedOn)}, sebagaimana tertuang dalam kajian ` +
        `dugaan pelanggaran nomor ${decision.kajianNumber}, memutuskan bahwa perbuatan terlapor berikut ` +
        `${data.recipient.id === 'Gakkumdu' ? 'diduga merupakan tindak pidana' : 'merupakan pelanggaran'}: ${decision.summary}`,
    ),
    heading('Identitas terlapor:'),
    fields(reportedPartyRows(data.case.reportedParty), 130, [18, 0, 0, 8]),
    heading('Perbuatan dan ketentuan yang dilanggar:'),
    grid(
      ['Kode', 'Perbuatan', 'Pasal'],
      data.violation.map((item) => [
        { text: item.actCode, noWrap: true },
        item.actText,
        item.articles.length > 0 ? { ul: item.articles } : '-',
      ]),
      [56, '*', 160],
    ),
    ...(data.recommendedSanction ? sanctionBlock(data.recommendedSanction) : []),
    paragraph(reportBack),
    closing('Demikian kami sampaikan. Atas perhatian dan kerja sama yang baik, kami ucapkan terima kasih.', signatures([{ role: data.signer.position, official: data.signer }])),
    plainList('Lampiran', data.attachments),
    plainList('Tembusan', data.copies ?? []),
  ];
  return frame(input, title, body);
}
