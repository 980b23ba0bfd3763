// Pemberitahuan pelimpahan: the letter telling the pelapor that their report was delegated
// (*pelimpahan*) to the office with jurisdiction, which handles it from then on under the same
// receipt number (Perbawaslu 7/2022 art 20 for delegation; the notice itself is the workflow's
// `notify` effect of `limpahkan`). The receiving office makes it: it holds the case from the
// delegation on. Addressed like the notice to complete: to the pelapor, or through their kuasa.
import { pelaporLetterHeading, reportReference } from './common.js';
import { formatDateTime } from './format.js';
import { closing, frame, heading, numbered, paragraph, signatures } from './layout.js';
import type { Content, DocDefinition } from './pdf.js';
import { DOCUMENT_TITLES } from './titles.js';
import type { DocumentInputBase, PemberitahuanPelimpahanData } from './types.js';

export function buildPemberitahuanPelimpahan(input: DocumentInputBase, data: PemberitahuanPelimpahanData): DocDefinition {
  if (data.case.kind !== 'laporan') throw new Error('documents: a notice of delegation is addressed to a pelapor (laporan only)');
  if (!data.delegation.reason.trim()) throw new Error('documents: a notice of delegation needs the reason given');
  const title = DOCUMENT_TITLES['pemberitahuan-pelimpahan'].id;
  const tz = input.letterhead.timeZone;
  const { fromOffice, toOffice } = data.delegation;
  const byUs = toOffice === input.letterhead.officeName;
  const body: Content[] = [
    ...pelaporLetterHeading(input, title, data.reporter),
    paragraph(`${reportReference(data.case)}laporan tersebut telah dilimpahkan oleh ${fromOffice} kepada ${toOffice} pada ${formatDateTime(data.delegation.at, tz)}, dengan alasan:`),
    paragraph([{ text: data.delegation.reason.trim(), italics: true }]),
    paragraph(
      `Penanganan laporan Saudara selanjutnya dilakukan oleh ${byUs ? 'kami' : toOffice}` +
        `${byUs && input.letterhead.address ? ` (${input.letterhead.address})` : ''}, dengan nomor penerimaan yang sama. ` +
        `Perkembangan penanganannya akan disampaikan kepada Saudara, dan dapat ditanyakan kepada ${byUs ? 'kami' : toOffice}.`,
    ),
    ...(data.legalBasis.length > 0 ? [heading('Dasar hukum:'), numbered(data.legalBasis)] : []),
    closing('Demikian pemberitahuan ini disampaikan. Atas perhatian Saudara, kami ucapkan terima kasih.', signatures([{ role: data.signer.position, official: data.signer }])),
  ];
  return frame(input, title, body);
}
