// Pemberitahuan kelengkapan: the letter telling the pelapor, after the kajian awal, which formal
// or material requirements are missing and by when to complete them; a report not completed in
// time is not registered (Perbawaslu 7/2022; the time allowed is given by the caller, because the
// Pilkada rule is unconfirmed: see the domain reference 1.4). When a kuasa brought the report
// (a surat kuasa khusus, Perbawaslu 7/2022 art 8(5)), the letter is still the pelapor's, sent
// through the kuasa who acts for them ("melalui kuasanya"), at the kuasa's address.
import { pelaporLetterHeading, reportReference } from './common.js';
import { formatDateTime } from './format.js';
import { closing, frame, grid, heading, numbered, paragraph, signatures } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, PemberitahuanKelengkapanData, RequirementKind } from './types.js';

const REQUIREMENT_LABELS: Record<RequirementKind, string> = { formal: 'Syarat formal', materiel: 'Syarat materiel' };

export function buildPemberitahuanKelengkapan(input: DocumentInputBase, data: PemberitahuanKelengkapanData): DocDefinition {
  if (data.case.kind !== 'laporan') throw new Error('documents: a notice to complete is addressed to a pelapor (laporan only)');
  if (data.missing.length === 0) throw new Error('documents: a notice to complete needs at least one missing item');
  const title = DOCUMENT_TITLES['pemberitahuan-kelengkapan'].id;
  const tz = input.letterhead.timeZone;
  const body: Content[] = [
    ...pelaporLetterHeading(input, title, data.reporter),
    paragraph(`${reportReference(data.case)}berdasarkan hasil kajian awal, laporan Saudara belum memenuhi syarat sebagai berikut:`),
    grid(
      ['No.', 'Persyaratan', 'Yang perlu dilengkapi', 'Keterangan'],
      data.missing.map((item, i) => [
        { text: `${i + 1}`, alignment: 'center' },
        REQUIREMENT_LABELS[item.requirement],
        item.item,
        item.note ?? '-',
      ]),
      [24, 90, '*', 130],
    ),
    paragraph([
      'Saudara diminta melengkapi persyaratan tersebut paling lambat ',
      { text: formatDateTime(data.dueAt, tz), bold: true },
      ` di kantor ${input.letterhead.officeName}${input.letterhead.address ? ` (${input.letterhead.address})` : ''}. ` +
        'Apabila sampai dengan batas waktu tersebut laporan tidak dilengkapi, laporan tidak diregistrasi.',
    ]),
    ...(data.legalBasis.length > 0 ? [heading('Dasar hukum:'), numbered(data.legalBasis)] : []),
    closing('Demikian pemberitahuan ini disampaikan. Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih.', signatures([{ role: data.signer.position, official: data.signer }])),
  ];
  return frame(input, title, body);
}
