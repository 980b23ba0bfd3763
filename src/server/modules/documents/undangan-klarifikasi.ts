// Undangan klarifikasi: the invitation to a clarification hearing for a pelapor, terlapor, saksi
// or ahli. Bawaslu cannot compel attendance (domain reference 1.6 step 5), so the letter asks.
import { ROLE_LABELS, caseKindLabel, letterHeading, reportedPartyLine } from './common.js';
import { formatDayDate, formatTime } from './format.js';
import { closing, fields, frame, heading, numbered, paragraph, signatures } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, UndanganKlarifikasiData } from './types.js';

export function buildUndanganKlarifikasi(input: DocumentInputBase, data: UndanganKlarifikasiData): DocDefinition {
  const title = DOCUMENT_TITLES['undangan-klarifikasi'].id;
  const tz = input.letterhead.timeZone;
  const { addressee, hearing } = data;
  const role = ROLE_LABELS[addressee.role];
  const caseRef = data.case.registerNumber
    ? `nomor register ${data.case.registerNumber}`
    : `nomor penerimaan ${data.case.receiptNumber}`;
  const body: Content[] = [
    ...letterHeading(input, {
      nature: 'Segera',
      attachments: 0,
      subject: `Undangan Klarifikasi sebagai ${role}`,
      addressee: `Sdr. ${addressee.name}${addressee.position ? `\n${addressee.position}` : ''}`,
      addresseeAddress: addressee.address ?? null,
    }),
    paragraph(
      `Dalam rangka penanganan ${caseKindLabel(data.case).toLowerCase()} dugaan pelanggaran dengan ${caseRef} ` +
        `pada ${data.case.regimeName}, terkait ${data.subject}, dengan ini kami mengundang Saudara untuk hadir ` +
        `dan memberikan keterangan sebagai ${role.toLowerCase()} pada:`,
    ),
    fields(
      [
        ['Hari, tanggal', formatDayDate(hearing.startsAt, tz)],
        ['Pukul', `${formatTime(hearing.startsAt, tz)} s.d. selesai`],
        ['Tempat', hearing.place],
        ['Agenda', `Klarifikasi sebagai ${role}`],
        ...(addressee.role === 'terlapor'
          ? []
          : ([['Terlapor', reportedPartyLine(data.case.reportedParty)]] as Array<[string, Content]>)),
      ],
      110,
      [24, 0, 0, 10],
    ),
    ...(data.bring && data.bring.length > 0
      ? [paragraph('Saudara dimohon membawa:', [0, 0, 0, 2]), numbered(data.bring)]
      : []),
    paragraph(
      'Kehadiran Saudara sangat diperlukan untuk kejelasan dan kelengkapan penanganan. Apabila Saudara berhalangan ' +
        'hadir, mohon memberitahukan kepada kami sebelum waktu klarifikasi' +
        (data.contact ? ` melalui ${data.contact.name} (${data.contact.phone}).` : '.'),
    ),
    ...(data.legalBasis.length > 0 ? [heading('Dasar hukum:'), numbered(data.legalBasis)] : []),
    closing('Demikian undangan ini disampaikan. Atas perhatian dan kehadiran Saudara, kami ucapkan terima kasih.', signatures([{ role: data.signer.position, official: data.signer }])),
  ];
  return frame(input, title, body);
}
