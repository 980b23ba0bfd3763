// The PDF engine: pdfmake 0.3 (server build, a configured singleton exported by `pdfmake`) with the
// Roboto faces shipped inside the pdfmake package, loaded once into pdfmake's virtual file system so
// rendering never touches the network or any other file. pdfmake ships no TypeScript types: the
// small subset of its document model used here is typed below.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Margin = number | [number, number] | [number, number, number, number];

/** Properties shared by every node (text, stack, columns, table, canvas, list, cell). */
export interface Style {
  style?: string | string[];
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: 'left' | 'center' | 'right' | 'justify';
  margin?: Margin;
  lineHeight?: number;
  decoration?: 'underline';
  characterSpacing?: number;
  width?: number | string;
  fillColor?: string;
  colSpan?: number;
  unbreakable?: boolean;
  preserveLeadingSpaces?: boolean;
  noWrap?: boolean;
  /** marks a heading that must not stay alone at the bottom of a page */
  headlineLevel?: number;
}
export interface TextNode extends Style {
  text: Content;
}
export interface StackNode extends Style {
  stack: Content[];
}
export interface ColumnsNode extends Style {
  columns: Content[];
  columnGap?: number;
}
export interface TableLayout {
  hLineWidth?: (i: number, node: { table: { body: unknown[] } }) => number;
  vLineWidth?: (i: number, node: { table: { widths?: unknown[] } }) => number;
  hLineColor?: string | ((i: number) => string);
  vLineColor?: string | ((i: number) => string);
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
}
export interface TableNode extends Style {
  table: { widths?: Array<number | string>; headerRows?: number; dontBreakRows?: boolean; body: Content[][] };
  layout?: 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines' | TableLayout;
}
export interface CanvasLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineColor?: string;
}
export interface CanvasNode extends Style {
  canvas: CanvasLine[];
}
export interface ListNode extends Style {
  ol?: Content[];
  ul?: Content[];
  type?: 'lower-alpha' | 'decimal' | 'none';
}
export type Content = string | Content[] | TextNode | StackNode | ColumnsNode | TableNode | CanvasNode | ListNode;

export interface DocDefinition {
  pageSize: 'A4';
  pageMargins: [number, number, number, number];
  info: {
    title: string;
    author: string;
    subject: string;
    keywords: string;
    creator: string;
    producer: string;
    creationDate: Date;
  };
  language?: string;
  content: Content[];
  footer?: (currentPage: number, pageCount: number) => Content;
  pageBreakBefore?: (node: { headlineLevel?: number; startPosition: { verticalRatio: number } }) => boolean;
  defaultStyle: Style;
  styles?: Record<string, Style>;
}

interface PdfMakeServer {
  virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, content: Buffer): void };
  urlAccessPolicy?: unknown;
  localAccessPolicy?: unknown;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  addFonts(fonts: Record<string, { normal: string; bold: string; italics: string; bolditalics: string }>): void;
  createPdf(doc: DocDefinition): { getBuffer(): Promise<Buffer> };
}

/** The font family name registered for these documents (kept apart from anyone else's "Roboto"). */
export const FONT_FAMILY = 'NetraRoboto';

const require = createRequire(import.meta.url);
let engine: PdfMakeServer | null = null;

function loadEngine(): PdfMakeServer {
  if (engine) return engine;
  const pdfmake = require('pdfmake') as PdfMakeServer;
  // Roboto as shipped by pdfmake (fonts/Roboto): Medium stands in for bold, as in pdfmake's own map.
  const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
  const faces = {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  };
  const family = { normal: '', bold: '', italics: '', bolditalics: '' };
  for (const [face, file] of Object.entries(faces) as Array<[keyof typeof faces, string]>) {
    const vfsName = `netra-documents/${file}`;
    if (!pdfmake.virtualfs.existsSync(vfsName)) pdfmake.virtualfs.writeFileSync(vfsName, readFileSync(join(fontDir, file)));
    family[face] = vfsName;
  }
  pdfmake.addFonts({ [FONT_FAMILY]: family });
  // Documents carry no remote resources and read nothing from disk (fonts sit in the virtual file
  // system). Set restrictive policies unless another module of the process already chose its own.
  if (pdfmake.urlAccessPolicy === undefined) pdfmake.setUrlAccessPolicy(() => false);
  if (pdfmake.localAccessPolicy === undefined) pdfmake.setLocalAccessPolicy(() => false);
  engine = pdfmake;
  return engine;
}

/**
 * A deep copy of plain objects and arrays (functions, dates and buffers kept as they are). pdfmake
 * rewrites the nodes it lays out in place and hangs measurement state on them, so it must never
 * see arrays that belong to the caller's input.
 */
export function copyTree<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyTree(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyTree(item)])) as T;
  }
  return value;
}

/** Lays out and renders a document definition into PDF bytes. */
export async function renderPdf(doc: DocDefinition): Promise<Buffer> {
  return loadEngine().createPdf(copyTree(doc)).getBuffer();
}
