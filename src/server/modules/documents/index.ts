// Official documents of a case as PDF files, in Indonesian, with the office letterhead, the given
// number, page numbers and the SHA-256 of each cited evidence item. Pure rendering from plain data:
// the case module decides numbers, stores and versions the bytes. Deterministic: the same input
// gives the same bytes (creation date taken from the input, no random identifiers).
import { buildBeritaAcaraKlarifikasi } from './berita-acara-klarifikasi.js';
import { buildFormulirKajianAwal } from './formulir-kajian-awal.js';
import { buildKajianDugaanPelanggaran } from './kajian-dugaan-pelanggaran.js';
import { renderPdf, type DocDefinition } from './pdf.js';
import { buildPemberitahuanKelengkapan } from './pemberitahuan-kelengkapan.js';
import { buildPemberitahuanPelimpahan } from './pemberitahuan-pelimpahan.js';
import { buildPemberitahuanStatus } from './pemberitahuan-status-laporan.js';
import { buildSuratPenerusan } from './surat-penerusan.js';
import { buildTandaBukti } from './tanda-bukti.js';
import { buildUndanganKlarifikasi } from './undangan-klarifikasi.js';
import { printsReporterIdentity } from '../../../core/cases/documents.js';
import type { DocumentInput } from './types.js';

export { DOCUMENT_TITLES } from './titles.js';
export { STATUS_LABELS } from './pemberitahuan-status-laporan.js';
export { mentionsReporter, reporterScrubber } from '../../../core/cases/pelapor-text.js';
export { VIOLATION_TYPE_LABELS } from './kajian-dugaan-pelanggaran.js';
export { terbilang } from './format.js';
export * from './types.js';

/** The pdfmake document definition of a document (exposed for inspection and tests). */
export function buildDocument(input: DocumentInput): DocDefinition {
  switch (input.kind) {
    case 'tanda-bukti-penyampaian-laporan':
      return buildTandaBukti(input, input.data);
    case 'pemberitahuan-kelengkapan':
      return buildPemberitahuanKelengkapan(input, input.data);
    case 'formulir-kajian-awal':
      return buildFormulirKajianAwal(input, input.data);
    case 'undangan-klarifikasi':
      return buildUndanganKlarifikasi(input, input.data);
    case 'berita-acara-klarifikasi':
      return buildBeritaAcaraKlarifikasi(input, input.data);
    case 'kajian-dugaan-pelanggaran':
      return buildKajianDugaanPelanggaran(input, input.data);
    case 'pemberitahuan-status-laporan':
      return buildPemberitahuanStatus(input, input.data);
    case 'surat-penerusan':
      return buildSuratPenerusan(input, input.data);
    case 'pemberitahuan-pelimpahan':
      return buildPemberitahuanPelimpahan(input, input.data);
    default: {
      const unknownKind: never = input;
      throw new Error(`documents: unknown kind ${(unknownKind as { kind: string }).kind}`);
    }
  }
}

/**
 * Whether a document prints the pelapor's identity or name, and so is personal data read like the
 * identity itself (decision 008): the receipt and the notice to complete always; an invitation or
 * minutes addressed to the pelapor; a kajian that names the pelapor among those heard.
 */
export function printsPelapor(input: DocumentInput): boolean {
  if (printsReporterIdentity(input.kind)) return true;
  switch (input.kind) {
    case 'undangan-klarifikasi':
      return input.data.addressee.role === 'pelapor';
    case 'berita-acara-klarifikasi':
      return input.data.interviewee.role === 'pelapor' || (input.data.otherAttendees ?? []).some((a) => a.role === 'pelapor');
    case 'kajian-dugaan-pelanggaran':
      return (input.data.clarifications ?? []).some((c) => c.role === 'pelapor');
    default:
      return false;
  }
}

/** Renders a document to PDF bytes. Throws on invalid input (empty number, bad date or SHA-256). */
export async function renderDocument(input: DocumentInput): Promise<Buffer> {
  return renderPdf(buildDocument(input));
}
