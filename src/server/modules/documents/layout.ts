// The frame every document shares: A4 page, the office letterhead (kop surat) with a double rule,
// titles with their number, "label : value" blocks, signature blocks, the integrity block listing
// the SHA-256 of each cited evidence item, and the page footer ("Dibuat oleh Netra pada …",
// "Halaman 1 dari 2").
import { formatDate, formatDateTime } from './format.js';
import { FONT_FAMILY, type Content, type DocDefinition, type Margin, type TableLayout, type TextNode } from './pdf.js';
import type { DocumentInputBase, EvidenceRef, Letterhead, Official } from './types.js';

const PAGE_WIDTH = 595.28;
const MARGINS: [number, number, number, number] = [62, 34, 56, 58];
export const CONTENT_WIDTH = PAGE_WIDTH - MARGINS[0] - MARGINS[2];
const MUTED = '#444444';

/** The second line of the kop: the office name in capitals, without repeating the body's name. */
export function officeLine(officeName: string): string {
  const trimmed = officeName.trim();
  const stripped = trimmed.replace(/^(badan pengawas pemilihan umum|bawaslu)\s+/i, '');
  return (stripped || trimmed).toUpperCase();
}

export function letterhead(lh: Letterhead): Content {
  const reach = [
    lh.phone?.trim() ? `Telepon ${lh.phone.trim()}` : null,
    lh.email?.trim() ? `Pos-el ${lh.email.trim()}` : null,
  ].filter((part): part is string => Boolean(part));
  const contact = [lh.address?.trim() || null, reach.length ? reach.join(' · ') : null].filter((line): line is string => Boolean(line));
  return {
    stack: [
      { text: 'BADAN PENGAWAS PEMILIHAN UMUM', bold: true, fontSize: 14, alignment: 'center', characterSpacing: 0.5 },
      { text: officeLine(lh.officeName), bold: true, fontSize: 13, alignment: 'center', margin: [0, 1, 0, 0] },
      ...contact.map((line, i) => ({ text: line, fontSize: 8.5, alignment: 'center' as const, margin: [0, i === 0 ? 3 : 0, 0, 0] as Margin })),
      {
        canvas: [
          { type: 'line', x1: 0, y1: 5, x2: CONTENT_WIDTH, y2: 5, lineWidth: 2 },
          { type: 'line', x1: 0, y1: 7.5, x2: CONTENT_WIDTH, y2: 7.5, lineWidth: 0.6 },
        ],
        margin: [0, 0, 0, 12],
      },
    ],
  };
}

/** A centred, underlined title with "Nomor: …" below it (forms, minutes, notices). */
export function titleBlock(title: string, number: string, subtitle?: string): Content {
  return {
    stack: [
      { text: title.toUpperCase(), bold: true, fontSize: 12, alignment: 'center', decoration: 'underline' },
      ...(subtitle ? [{ text: subtitle, alignment: 'center' as const, bold: true, fontSize: 10.5 }] : []),
      { text: `Nomor: ${number}`, alignment: 'center', margin: [0, 2, 0, 0] },
    ],
    margin: [0, 0, 0, 12],
  };
}

export const noBorders: TableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 4,
  paddingTop: () => 1.5,
  paddingBottom: () => 1.5,
};

export const gridLayout: TableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: '#666666',
  vLineColor: '#666666',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};

/** Rows of "label : value", aligned like a typed form. */
export function fields(rows: Array<[string, Content]>, labelWidth = 150, margin: [number, number, number, number] = [0, 0, 0, 10]): Content {
  return {
    table: { widths: [labelWidth, 8, '*'], body: rows.map(([label, value]) => [label, ':', { text: keepWordsWhole(value) }]) },
    layout: noBorders,
    margin,
  };
}

export function heading(text: string): Content {
  return { text, bold: true, margin: [0, 4, 0, 3], headlineLevel: 1 };
}

/**
 * Justified text in pdfmake spreads the slack over every break opportunity, including those after
 * "/" and "-", which tears numbers apart ("007/ Reg/ LP"). Words containing them become no-wrap
 * pieces (with their trailing space) so that they stay whole.
 */
export function keepWordsWhole(content: Content): Content {
  if (typeof content === 'string') {
    const out: Content[] = [];
    let plain = '';
    for (const piece of content.match(/\S+\s*|\s+/g) ?? []) {
      const word = piece.trimEnd();
      if (/[/-]/.test(word) && word.length <= 48) {
        if (plain) out.push(plain);
        plain = '';
        out.push({ text: piece, noWrap: true });
      } else plain += piece;
    }
    if (plain) out.push(plain);
    return out.length === 1 && typeof out[0] === 'string' ? out[0] : out;
  }
  if (Array.isArray(content)) return content.flatMap((item) => keepWordsWhole(item));
  if ('text' in content && typeof content.text === 'string') {
    const pieces = keepWordsWhole(content.text);
    if (!Array.isArray(pieces)) return content;
    return pieces.map((piece) => (typeof piece === 'string' ? { ...content, text: piece } : { ...content, ...(piece as TextNode) }));
  }
  return content;
}

export function paragraph(text: Content, margin: [number, number, number, number] = [0, 0, 0, 8]): Content {
  return { text: keepWordsWhole(text), alignment: 'justify', margin, lineHeight: 1.15 };
}

/** The closing sentence of a letter kept on one page with the signatures below it. */
export function closing(text: string, signatureBlock: Content): Content {
  return { stack: [paragraph(text, [0, 0, 0, 0]), signatureBlock], unbreakable: true };
}

export function numbered(items: Content[], type: 'decimal' | 'lower-alpha' = 'decimal'): Content {
  return { ol: items, type, margin: [0, 0, 0, 8] };
}

/** A grid table with a shaded header row; the header repeats on every page. */
export function grid(header: string[], rows: Content[][], widths: Array<number | string>): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [
        header.map((text) => ({ text, bold: true, fillColor: '#e8e8e8', alignment: 'center' as const })),
        ...rows.map((row) => row.map((cell) => (typeof cell === 'string' ? { text: keepWordsWhole(cell) } : cell))),
      ],
    },
    layout: gridLayout,
    fontSize: 9.5,
    margin: [0, 0, 0, 10],
  };
}

export interface SignatureSpec {
  /** e.g. "Ketua Bawaslu Kota Serang" (a comma is added) */
  role: string;
  official: Pick<Official, 'name' | 'nip'>;
  /** "Serang, 14 November 2024" above the role, usually on the rightmost block only */
  placeDate?: string;
}

/**
 * Signature blocks side by side, laid out as one borderless table so that roles, the room to sign,
 * names and NIPs line up across blocks. A single block sits in the right half of the page.
 */
export function signatures(specs: SignatureSpec[], margin: [number, number, number, number] = [0, 16, 0, 6]): Content {
  const cols: Array<SignatureSpec | null> = specs.length === 1 ? [null, ...specs] : specs;
  const row = (cell: (spec: SignatureSpec) => Content): Content[] => cols.map((spec) => (spec ? cell(spec) : ''));
  const body: Content[][] = [];
  if (specs.some((spec) => spec.placeDate)) body.push(row((spec) => spec.placeDate ?? ''));
  body.push(row((spec) => `${spec.role},`));
  body.push(row(() => ({ text: ' ', margin: [0, 0, 0, 34] })));
  body.push(row((spec) => ({ text: spec.official.name, bold: true, decoration: 'underline' })));
  if (specs.some((spec) => spec.official.nip)) body.push(row((spec) => (spec.official.nip ? `NIP ${spec.official.nip}` : '')));
  return {
    table: { widths: cols.map(() => '*'), dontBreakRows: true, body },
    layout: { ...noBorders, paddingRight: () => 12 },
    unbreakable: true,
    margin,
  };
}

/** Any number of signatures, at most three per row. */
export function signatureGrid(specs: SignatureSpec[]): Content[] {
  const rows: Content[] = [];
  for (let i = 0; i < specs.length; i += 3) rows.push(signatures(specs.slice(i, i + 3), [0, i === 0 ? 16 : 4, 0, 4]));
  return rows;
}

/** "Serang, 14 November 2024" */
export function placeAndDate(lh: Letterhead, issuedAt: Date): string {
  return `${lh.city}, ${formatDate(issuedAt, lh.timeZone)}`;
}

/** "Sumber: https://…, dilihat Sabtu, 9 November 2024 pukul 21.15 WIB" under an item copied from the web. */
function sourceLine(item: EvidenceRef, timeZone: Letterhead['timeZone']): string | null {
  const url = item.sourceUrl?.trim();
  if (!url && !item.capturedAt) return null;
  const seen = item.capturedAt ? `dilihat ${formatDateTime(item.capturedAt, timeZone)}` : null;
  return [url ? `Sumber: ${url}` : null, seen].filter(Boolean).join(', ');
}

/**
 * The integrity block: every cited evidence item with its SHA-256, and for a copy of something
 * seen online, where it was and when it was captured (on a line of its own, as wide as the table).
 */
export function evidenceBlock(evidence: EvidenceRef[], timeZone: Letterhead['timeZone'] = 'WIB'): Content {
  if (evidence.length === 0) return { text: '' };
  const body: Content[][] = [];
  evidence.forEach((item, i) => {
    body.push([`${i + 1}.`, item.label, { text: item.sha256, characterSpacing: 0 }]);
    const source = sourceLine(item, timeZone);
    if (source) body.push(['', { text: source, colSpan: 2, margin: [0, 0, 0, 2] }, '']);
  });
  return {
    stack: [
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, lineWidth: 0.5, lineColor: '#999999' }], margin: [0, 10, 0, 4] },
      { text: 'Sidik jari (SHA-256) bukti yang dirujuk dalam dokumen ini:', fontSize: 8, bold: true, color: MUTED },
      {
        table: { widths: [14, 150, '*'], body },
        layout: noBorders,
        fontSize: 7.5,
        color: MUTED,
        margin: [0, 2, 0, 0],
      },
    ],
    unbreakable: evidence.length <= 12,
  };
}

const SHA256 = /^[0-9a-f]{64}$/;

function checkBase(input: DocumentInputBase): void {
  if (!input.number.trim()) throw new Error('documents: the document number is required');
  if (!(input.issuedAt instanceof Date) || Number.isNaN(input.issuedAt.getTime())) throw new Error('documents: issuedAt is not a valid date');
  for (const item of input.evidence) {
    if (!SHA256.test(item.sha256.toLowerCase())) throw new Error(`documents: evidence "${item.label}" has no valid SHA-256`);
  }
}

/** Puts a document's body into the shared frame: letterhead, body, integrity block, footer, metadata. */
export function frame(input: DocumentInputBase, title: string, body: Content[], evidence: EvidenceRef[] = input.evidence): DocDefinition {
  checkBase(input);
  const generatedAt = input.generatedAt ?? input.issuedAt;
  const tz = input.letterhead.timeZone;
  const generated = `Dibuat oleh Netra pada ${formatDateTime(generatedAt, tz)} · ${input.number}`;
  const normalized = evidence.map((item) => ({ ...item, sha256: item.sha256.toLowerCase() }));
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: `${title} ${input.number}`,
      author: input.letterhead.officeName,
      subject: title,
      keywords: input.number,
      creator: 'Netra',
      producer: 'Netra (pdfmake)',
      creationDate: generatedAt,
    },
    language: 'id-ID',
    // a heading in the last lines of a page moves to the next page with what it introduces
    pageBreakBefore: (node) => node.headlineLevel === 1 && node.startPosition.verticalRatio > 0.88,
    content: [letterhead(input.letterhead), ...body, evidenceBlock(normalized, tz)],
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: generated, width: '*', fontSize: 7, color: '#666666' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', fontSize: 8, alignment: 'right' },
      ],
      columnGap: 12,
      margin: [MARGINS[0], 22, MARGINS[2], 0],
    }),
    defaultStyle: { font: FONT_FAMILY, fontSize: 10.5, lineHeight: 1.1 },
  };
}
