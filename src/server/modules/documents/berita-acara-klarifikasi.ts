// Berita acara klarifikasi: the minutes of a clarification hearing: who examined whom, when and
// where, who else attended, the questions and answers (or a summary), and the signatures of the
// person heard and of the examiners.
import { ROLE_LABELS, caseKindLabel, reportedPartyLine } from './common.js';
import { formatDayDate, formatTime } from './format.js';
import { closing, fields, frame, grid, heading, paragraph, signatureGrid, titleBlock } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { BeritaAcaraKlarifikasiData, DocumentInputBase } from './types.js';

export function buildBeritaAcaraKlarifikasi(input: DocumentInputBase, data: BeritaAcaraKlarifikasiData): DocDefinition {
  if (data.examiners.length === 0) throw new Error('documents: minutes need at least one examiner');
  const title = DOCUMENT_TITLES['berita-acara-klarifikasi'].id;
  const tz = input.letterhead.timeZone;
  const { interviewee } = data;
  const role = ROLE_LABELS[interviewee.role];
  const kind = caseKindLabel(data.case).toLowerCase();
  const caseRef = data.case.registerNumber
    ? `nomor register ${data.case.registerNumber}`
    : `nomor penerimaan ${data.case.receiptNumber}`;
  const body: Content[] = [
    titleBlock(title, input.number),
    paragraph(
      `Pada hari ini ${formatDayDate(data.startedAt, tz)}, pukul ${formatTime(data.startedAt, tz)}, bertempat di ` +
        `${data.place}, kami yang bertanda tangan di bawah ini:`,
    ),
    grid(
      ['No.', 'Nama', 'Jabatan'],
      data.examiners.map((examiner, i) => [{ text: `${i + 1}`, alignment: 'center' }, examiner.name, examiner.position]),
      [24, '*', '*'],
    ),
    paragraph(
      `telah melakukan klarifikasi dalam penanganan ${kind} dugaan pelanggaran dengan ${caseRef} pada ` +
        `${data.case.regimeName}, dengan terlapor ${reportedPartyLine(data.case.reportedParty)}, terhadap:`,
    ),
    fields(
      [
        ['Nama', { text: interviewee.name, bold: true }],
        ['Kedudukan', role],
        ...(interviewee.position ? ([['Jabatan/pekerjaan', interviewee.position]] as Array<[string, Content]>) : []),
        ...(interviewee.agency ? ([['Instansi', interviewee.agency]] as Array<[string, Content]>) : []),
      ],
      120,
      [24, 0, 0, 10],
    ),
    ...(data.otherAttendees && data.otherAttendees.length > 0
      ? [
          paragraph('Klarifikasi turut dihadiri oleh:', [0, 0, 0, 4]),
          grid(
            ['No.', 'Nama', 'Keterangan'],
            data.otherAttendees.map((person, i) => [{ text: `${i + 1}`, alignment: 'center' }, person.name, person.role]),
            [24, '*', '*'],
          ),
        ]
      : []),
    ...(data.questions && data.questions.length > 0
      ? [
          heading('Pertanyaan dan keterangan'),
          grid(
            ['No.', 'Pertanyaan', 'Jawaban / keterangan'],
            data.questions.map((qa, i) => [{ text: `${i + 1}`, alignment: 'center' }, qa.question, qa.answer]),
            [24, '*', '*'],
          ),
        ]
      : []),
    ...(data.summary ? [heading('Ringkasan keterangan'), paragraph(data.summary)] : []),
    closing(
      (data.endedAt ? `Klarifikasi selesai pukul ${formatTime(data.endedAt, tz)}. ` : '') +
        'Demikian berita acara ini dibuat dengan sebenarnya; setelah dibacakan kembali, yang memberikan keterangan ' +
        'menyatakan keterangannya benar dan menandatanganinya bersama pemeriksa.',
      signatureGrid([
        { role: `Yang memberikan keterangan\n${role}`, official: { name: interviewee.name } },
        ...data.examiners.map((examiner) => ({ role: `Pemeriksa\n${examiner.position}`, official: examiner })),
      ]),
    ),
  ];
  return frame(input, title, body);
}
