// Tanda bukti penyampaian laporan: the receipt handed to the pelapor (report form fields per
// Perbawaslu 7/2022 Form Model B.1 item 7: received at day, date and time; receiving officer), or
// to their kuasa, who then signs it (a surat kuasa khusus, art 8(5)).
// Every report is received; whether it meets the formal and material requirements is decided later,
// in the kajian awal.
import { reportedPartyLine } from './common.js';
import { formatDayDate, formatTime } from './format.js';
import { closing, fields, frame, heading, numbered, paragraph, placeAndDate, signatures, titleBlock } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, TandaBuktiData } from './types.js';

export function buildTandaBukti(input: DocumentInputBase, data: TandaBuktiData): DocDefinition {
  if (data.case.kind !== 'laporan') throw new Error('documents: a receipt (tanda bukti) is issued for a laporan only');
  const title = DOCUMENT_TITLES['tanda-bukti-penyampaian-laporan'].id;
  const tz = input.letterhead.timeZone;
  const { event } = data.case;
  const kuasa = data.reporter.representative;
  const body: Content[] = [
    titleBlock(title, input.number),
    paragraph(
      `Pada hari ini, ${formatDayDate(data.receivedAt, tz)}, pukul ${formatTime(data.receivedAt, tz)}, ` +
        `${input.letterhead.officeName} telah menerima laporan dugaan pelanggaran dengan keterangan sebagai berikut:`,
    ),
    fields([
      ['Nomor penerimaan laporan', { text: data.case.receiptNumber, bold: true }],
      ['Diterima pada', `${formatDayDate(data.receivedAt, tz)} pukul ${formatTime(data.receivedAt, tz)}`],
      ...(data.channel ? ([['Cara penyampaian', data.channel]] as Array<[string, Content]>) : []),
      ['Nama pelapor', data.reporter.name],
      ...(data.reporter.address ? ([['Alamat pelapor', data.reporter.address]] as Array<[string, Content]>) : []),
      ...(kuasa ? ([['Disampaikan oleh kuasa', `${kuasa.name}, berdasarkan surat kuasa khusus ${kuasa.powerOfAttorney}`]] as Array<[string, Content]>) : []),
      ['Terlapor', reportedPartyLine(data.case.reportedParty)],
      ['Peristiwa yang dilaporkan', event.description],
      ['Tempat kejadian', event.place],
      ['Pemilihan', data.case.regimeName],
    ]),
    ...(data.submittedItems && data.submittedItems.length > 0
      ? [heading('Dokumen dan bukti yang diserahkan:'), numbered(data.submittedItems)]
      : []),
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              text: [
                { text: 'Setiap laporan diterima. ', bold: true },
                'Tanda bukti ini menyatakan bahwa laporan telah diterima dan dicatat; tanda bukti ini bukan pernyataan ' +
                  'bahwa laporan telah memenuhi syarat formal dan syarat materiel. Laporan selanjutnya dikaji dalam ' +
                  'kajian awal dan pelapor diberi tahu hasilnya, termasuk bila laporan perlu dilengkapi.',
              ],
              alignment: 'justify',
              fontSize: 9.5,
            },
          ],
        ],
      },
      layout: { hLineWidth: () => 0.6, vLineWidth: () => 0.6, paddingLeft: () => 6, paddingRight: () => 6, paddingTop: () => 5, paddingBottom: () => 5 },
      margin: [0, 6, 0, 6],
    },
    closing(
      'Tanda bukti ini dibuat untuk dipergunakan sebagaimana mestinya.',
      signatures([
        // Whoever hands the report over signs for it: the pelapor, or their kuasa.
        kuasa ? { role: 'Kuasa Pelapor', official: { name: kuasa.name } } : { role: 'Pelapor', official: { name: data.reporter.name } },
        {
          role: `Petugas Penerima Laporan\n${data.receivingOfficer.position}`,
          official: data.receivingOfficer,
          placeDate: placeAndDate(input.letterhead, input.issuedAt),
        },
      ]),
    ),
  ];
  return frame(input, title, body);
}
