// Kajian dugaan pelanggaran: the legal analysis put to the plenary. Case identity, facts,
// clarifications, the legal basis from the catalogue of prohibited acts (SKB 2022 Lampiran II, code
// + text + articles), analysis, conclusion (pelanggaran of a type, or bukan pelanggaran) and the
// recommendation with its recipient.
import { ROLE_LABELS, caseKindLabel, caseNumberRows, eventRows, reportedPartyRows } from './common.js';
import { formatIsoDate } from './format.js';
import { fields, frame, grid, heading, numbered, paragraph, placeAndDate, signatureGrid, titleBlock, type SignatureSpec } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, KajianConclusion, KajianDugaanPelanggaranData, ViolationType } from './types.js';

export const VIOLATION_TYPE_LABELS: Record<ViolationType, string> = {
  administratif: 'pelanggaran administratif',
  pidana: 'dugaan tindak pidana Pemilu/Pemilihan',
  'kode-etik': 'pelanggaran kode etik penyelenggara',
  'peraturan-lainnya': 'pelanggaran peraturan perundang-undangan lainnya',
  'tsm-administratif': 'pelanggaran administratif yang terstruktur, sistematis, dan masif (TSM)',
};

function conclusionBlock(conclusion: KajianConclusion, kind: string): Content[] {
  if (conclusion.kind === 'pelanggaran') {
    const label = VIOLATION_TYPE_LABELS[conclusion.violationType];
    return [
      paragraph([
        `Berdasarkan fakta dan analisis di atas, ${kind} tersebut `,
        { text: `MERUPAKAN PELANGGARAN, yaitu ${label}`, bold: true },
        conclusion.detail ? `: ${conclusion.detail}` : '.',
      ]),
    ];
  }
  return [
    paragraph([
      `Berdasarkan fakta dan analisis di atas, ${kind} tersebut `,
      { text: 'BUKAN MERUPAKAN PELANGGARAN', bold: true },
      `, karena ${conclusion.reason}`,
    ]),
  ];
}

export function buildKajianDugaanPelanggaran(input: DocumentInputBase, data: KajianDugaanPelanggaranData): DocDefinition {
  const title = DOCUMENT_TITLES['kajian-dugaan-pelanggaran'].id;
  const kind = caseKindLabel(data.case);
  let section = 0;
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
  const h = (text: string): Content => heading(`${roman[section++] ?? section}. ${text}`);
  const body: Content[] = [
    titleBlock(title, input.number, `${kind} Nomor Register ${data.case.registerNumber}`),
    h(`Identitas ${kind.toLowerCase()}`),
    fields([...caseNumberRows(data.case), ['Tanggal registrasi', formatIsoDate(data.registeredOn)]]),
    h('Terlapor'),
    fields(reportedPartyRows(data.case.reportedParty)),
    h('Peristiwa'),
    fields(eventRows(data.case)),
    h('Fakta-fakta'),
    numbered(data.facts),
  ];
  if (data.clarifications && data.clarifications.length > 0) {
    body.push(
      h('Keterangan dalam klarifikasi'),
      grid(
        ['No.', 'Nama', 'Kedudukan', 'Pokok keterangan'],
        data.clarifications.map((c, i) => [{ text: `${i + 1}`, alignment: 'center' }, c.name, ROLE_LABELS[c.role], c.summary]),
        [22, 100, 60, '*'],
      ),
    );
  }
  body.push(
    h('Dasar hukum'),
    grid(
      ['Kode', 'Perbuatan yang dilarang', 'Pasal yang diterapkan'],
      data.legalBasis.map((item) => [
        { text: item.actCode, noWrap: true },
        item.actText,
        item.articles.length > 0 ? { ul: item.articles } : '-',
      ]),
      [56, '*', 170],
    ),
    h('Analisis'),
    ...data.analysis.map((text) => paragraph(text)),
    h('Kesimpulan'),
    ...conclusionBlock(data.conclusion, kind.toLowerCase()),
  );
  if (data.recommendation) {
    body.push(
      h('Rekomendasi'),
      paragraph(data.recommendation.text, [0, 0, 0, 4]),
      fields([['Diteruskan kepada', { text: data.recommendation.recipient, bold: true }]], 110),
    );
  }
  body.push(...signatureGrid(signers(data, placeAndDate(input.letterhead, input.issuedAt))));
  return frame(input, title, body);
}

function signers(data: KajianDugaanPelanggaranData, placeDate: string): SignatureSpec[] {
  const prepared: SignatureSpec[] = data.preparedBy.map((official) => ({ role: `Pembuat kajian\n${official.position}`, official }));
  if (data.approvedBy) prepared.unshift({ role: `Mengetahui,\n${data.approvedBy.position}`, official: data.approvedBy });
  const last = prepared[prepared.length - 1];
  if (last) last.placeDate = placeDate;
  return prepared;
}
