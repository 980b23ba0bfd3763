// Formulir kajian awal: the preliminary analysis of a report or finding. Formal requirements
// (name and address of the pelapor, the terlapor, submission in time) and material requirements
// (time and place, description of the event, evidence) per Perbawaslu 7/2022 Pasal 15 ayat (3)-(4);
// the rows and their articles come from the caller so each regime cites its own rule.
import { caseKindLabel, caseNumberRows, eventRows, reportedPartyRows } from './common.js';
import { formatDateTime, formatIsoDate } from './format.js';
import { fields, frame, grid, heading, paragraph, placeAndDate, signatures, titleBlock, type SignatureSpec } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, FormulirKajianAwalData, KajianAwalConclusion, RequirementCheck } from './types.js';

const CONCLUSION_LABELS: Record<KajianAwalConclusion, string> = {
  diregistrasi: 'Diregistrasi',
  'tidak-diregistrasi': 'Tidak diregistrasi',
  'perlu-dilengkapi': 'Perlu dilengkapi',
};

const CONCLUSION_TEXT: Record<KajianAwalConclusion, string> = {
  diregistrasi: 'memenuhi syarat formal dan syarat materiel sehingga DIREGISTRASI dan ditindaklanjuti dengan penanganan.',
  'tidak-diregistrasi': 'tidak memenuhi syarat sehingga TIDAK DIREGISTRASI.',
  'perlu-dilengkapi': 'belum memenuhi syarat sehingga PERLU DILENGKAPI; pelapor diberi tahu untuk melengkapinya.',
};

function checklist(rows: RequirementCheck[]): Content {
  if (rows.length === 0) return paragraph({ text: '(tidak ada butir yang diperiksa)', italics: true });
  return grid(
    ['No.', 'Butir persyaratan', 'Hasil', 'Keterangan', 'Dasar (pasal)'],
    rows.map((row, i) => [
      { text: `${i + 1}`, alignment: 'center' },
      row.item,
      {
        text: row.result === 'memenuhi' ? 'Memenuhi' : 'Tidak memenuhi',
        bold: row.result !== 'memenuhi',
        alignment: 'center',
      },
      row.note ?? '-',
      row.article ?? '-',
    ]),
    [22, '*', 62, 100, 112],
  );
}

export function buildFormulirKajianAwal(input: DocumentInputBase, data: FormulirKajianAwalData): DocDefinition {
  const title = DOCUMENT_TITLES['formulir-kajian-awal'].id;
  const tz = input.letterhead.timeZone;
  const kind = caseKindLabel(data.case);
  const body: Content[] = [
    titleBlock(title, input.number, `${kind} Dugaan Pelanggaran`),
    heading(`I. Identitas ${kind.toLowerCase()}`),
    fields([
      ...caseNumberRows(data.case),
      [`${kind} diterima`, formatDateTime(data.receivedAt, tz)],
      ['Tanggal kajian awal', formatIsoDate(data.analysedOn)],
    ]),
    heading('II. Terlapor'),
    fields(reportedPartyRows(data.case.reportedParty)),
    heading('III. Peristiwa'),
    fields(eventRows(data.case)),
    heading('IV. Syarat formal'),
    checklist(data.formal),
    heading('V. Syarat materiel'),
    checklist(data.material),
    ...(data.allegedViolationType ? [heading('VI. Dugaan jenis pelanggaran'), paragraph(data.allegedViolationType)] : []),
    heading(`${data.allegedViolationType ? 'VII' : 'VI'}. Kesimpulan`),
    {
      columns: [
        { text: 'Hasil kajian awal:', width: 'auto' },
        { text: CONCLUSION_LABELS[data.conclusion].toUpperCase(), bold: true, width: '*' },
      ],
      columnGap: 8,
      margin: [0, 0, 0, 4],
    },
    paragraph(`Berdasarkan kajian awal tersebut, ${kind.toLowerCase()} ${CONCLUSION_TEXT[data.conclusion]}`),
    ...(data.conclusionNote ? [paragraph(data.conclusionNote)] : []),
    signatures(signers(data, placeAndDate(input.letterhead, input.issuedAt))),
  ];
  return frame(input, title, body);
}

function signers(data: FormulirKajianAwalData, placeDate: string): SignatureSpec[] {
  const analyst: SignatureSpec = { role: `Pembuat kajian\n${data.analyst.position}`, official: data.analyst };
  if (!data.approver) return [{ ...analyst, placeDate }];
  return [{ role: `Mengetahui,\n${data.approver.position}`, official: data.approver }, { ...analyst, placeDate }];
}

