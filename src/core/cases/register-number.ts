// Register numbers (nomor register) of registered laporan and temuan, and receipt numbers of
// every intake. The practice `001/Reg/LP/PB/Kab/36.04/XI/2024` is believed, not confirmed
// (domain reference 1.7, [U]), so the templates are flagged settings an office may override.
// The sequence is the server's (gapless per office, kind and year); this file formats a given
// sequence and parses a number back.
import type { Confidence, Flag } from '../law/index.js';
import { isRegionCode, regionLevel } from '../regions/region-code.js';
import type { RegistrableKind } from './intake.js';

export interface NumberSetting<T> {
  value: T;
  citation: string;
  source: string;
  confidence: Confidence;
  flag?: Flag;
  noteEn?: string;
}

export const ELECTION_KINDS = ['pemilu', 'gubernur', 'bupati', 'wali-kota'] as const;
/** Which election a case concerns: the general election, or a governor, regent or mayor election. */
export type ElectionKind = (typeof ELECTION_KINDS)[number];

export const OFFICE_LEVEL_CODES = ['RI', 'Prov', 'Kab', 'Kota', 'Kec', 'Kel'] as const;
export type OfficeLevelCode = (typeof OFFICE_LEVEL_CODES)[number];

const PRACTICE = {
  citation: 'Practice of Bawaslu offices (buku register); no regulation text read',
  source: 'Domain reference 1.7 and 8 ("001/Reg/LP/PB/Kab/xx.xx/X/2024", believed)',
  confidence: 'U' as const,
  flag: 'U' as const,
};

export const REGISTER_NUMBER_TEMPLATE: NumberSetting<string> = {
  value: '{seq:3}/Reg/{kind}/{election}/{level}/{region}/{month}/{year}',
  ...PRACTICE,
  noteEn: 'Tokens: {seq:N} zero-padded sequence, {kind}, {election}, {level}, {region} (dropped for Bawaslu RI), {month} Roman, {year}.',
};

export const KIND_CODES: NumberSetting<Record<RegistrableKind, string>> = { value: { laporan: 'LP', temuan: 'TM' }, ...PRACTICE };

export const ELECTION_CODES: NumberSetting<Record<ElectionKind, string>> = {
  value: { pemilu: 'PL', gubernur: 'PG', bupati: 'PB', 'wali-kota': 'PW' },
  ...PRACTICE,
  noteEn: 'PG/PB/PW as believed for Pilkada; PL for Pemilu is a placeholder (no Pemilu 2024 register number was seen).',
};

export const RECEIPT_NUMBER_TEMPLATE: NumberSetting<string> = {
  value: 'TBP/{region}/{year}/{seq:6}',
  citation: 'Tanda bukti penyampaian laporan (receipt); form number not confirmed',
  source: 'Domain reference 1.6 step 2 ([U] form number)',
  confidence: 'U',
  flag: 'U',
  noteEn: 'One sequence per office and year for every intake kind; {region} is "RI" for Bawaslu RI.',
};

export interface NumberOptions {
  template?: string;
  kindCodes?: Record<RegistrableKind, string>;
  electionCodes?: Record<ElectionKind, string>;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;
const REGION_PATTERN = '\\d{2}(?:\\.\\d{2}(?:\\.\\d{2}(?:\\.\\d{4})?)?)?';

/** Level code of the office at `regionCode` (null: Bawaslu RI); a Kemendagri regency code 71-99 is a city. */
export function officeLevelCode(regionCode: string | null): OfficeLevelCode {
  if (regionCode === null) return 'RI';
  const level = regionLevel(regionCode);
  if (level === 'provinsi') return 'Prov';
  if (level === 'kabupaten-kota') return Number(regionCode.slice(3, 5)) >= 71 ? 'Kota' : 'Kab';
  return level === 'kecamatan' ? 'Kec' : 'Kel';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Values = Record<string, string | undefined>;

/** Fills a '/'-separated template; a segment that is only a token with no value is dropped. */
function fill(template: string, values: Values): string {
  return template
    .split('/')
    .map((segment) => {
      const only = /^\{(\w+)(?::\d+)?\}$/.exec(segment);
      if (only && values[only[1] as string] === undefined) return null;
      return segment.replace(/\{(\w+)(?::(\d+))?\}/g, (_, token: string, width?: string) => {
        const value = values[token];
        if (value === undefined) throw new Error(`template token {${token}} has no value`);
        return width ? value.padStart(Number(width), '0') : value;
      });
    })
    .filter((s): s is string => s !== null)
    .join('/');
}

/** A regex for a template; segments made of one optional token may be absent. */
function pattern(template: string, tokens: Record<string, string>, optional: readonly string[]): RegExp {
  let source = '';
  template.split('/').forEach((segment, index) => {
    const body = segment
      .split(/(\{\w+(?::\d+)?\})/)
      .map((part) => {
        const token = /^\{(\w+)(?::\d+)?\}$/.exec(part)?.[1];
        if (!token) return escape(part);
        const re = tokens[token];
        if (!re) throw new Error(`unknown template token {${token}}`);
        return `(?<${token}>${re})`;
      })
      .join('');
    const only = /^\{(\w+)(?::\d+)?\}$/.exec(segment)?.[1];
    const sep = index === 0 ? '' : '/';
    source += only && optional.includes(only) ? `(?:${sep}${body})?` : `${sep}${body}`;
  });
  return new RegExp(`^${source}$`);
}

function dateParts(isoDate: string): { year: string; month: number } {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(isoDate);
  if (!match) throw new Error(`not a date (YYYY-MM-DD): ${isoDate}`);
  return { year: match[1] as string, month: Number(match[2]) };
}

export interface RegisterNumberFacts {
  sequence: number;
  intakeKind: RegistrableKind;
  election: ElectionKind;
  /** Region of the registering office; null for Bawaslu RI. */
  officeRegionCode: string | null;
  /** Local date of registration (YYYY-MM-DD): gives the Roman month and the year. */
  registeredOn: string;
}

/** Parts read back from a number; a part the template does not contain is null. */
export interface RegisterNumberParts {
  sequence: number;
  intakeKind: RegistrableKind | null;
  election: ElectionKind | null;
  officeRegionCode: string | null;
  officeLevel: OfficeLevelCode;
  month: number | null;
  year: number | null;
}

/**
 * A number as the text around its sequence: `prefix`, the sequence zero-padded to `width`, `suffix`.
 * The server hands a shape to the database, which formats the sequence in the statement that
 * draws it (numbers stay gapless without a transaction around the draw); formatNumber is the same
 * rule in TypeScript.
 */
export interface NumberShape {
  prefix: string;
  width: number;
  suffix: string;
}

const SEQ_TOKEN = /\{seq(?::(\d+))?\}/g;
const SEQ_MARK = '\u0000';

/** The shape of `template` filled with `values`; the template holds the sequence token exactly once. */
function shapeOf(template: string, values: Values): NumberShape {
  const tokens = [...template.matchAll(SEQ_TOKEN)];
  if (tokens.length !== 1) throw new Error(`a number template holds {seq} exactly once: ${template}`);
  const [before, after] = fill(template.replace(SEQ_TOKEN, '{seq}'), { ...values, seq: SEQ_MARK }).split(SEQ_MARK) as [string, string];
  return { prefix: before, width: Number(tokens[0]![1] ?? 0), suffix: after };
}

export function formatNumber(shape: NumberShape, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`sequence must be a positive integer: ${sequence}`);
  return `${shape.prefix}${String(sequence).padStart(shape.width, '0')}${shape.suffix}`;
}

export function registerNumberShape(facts: Omit<RegisterNumberFacts, 'sequence'>, options: NumberOptions = {}): NumberShape {
  const { year, month } = dateParts(facts.registeredOn);
  return shapeOf(options.template ?? REGISTER_NUMBER_TEMPLATE.value, {
    kind: (options.kindCodes ?? KIND_CODES.value)[facts.intakeKind],
    election: (options.electionCodes ?? ELECTION_CODES.value)[facts.election],
    level: officeLevelCode(facts.officeRegionCode),
    region: facts.officeRegionCode ?? undefined,
    month: ROMAN[month - 1],
    year,
  });
}

export function formatRegisterNumber(facts: RegisterNumberFacts, options: NumberOptions = {}): string {
  return formatNumber(registerNumberShape(facts, options), facts.sequence);
}

const reverse = <K extends string>(codes: Record<K, string>, code: string | undefined): K | undefined =>
  (Object.keys(codes) as K[]).find((key) => codes[key] === code);

/** Parts of a register number, or null when it does not follow the template or is inconsistent. */
export function parseRegisterNumber(text: string, options: NumberOptions = {}): RegisterNumberParts | null {
  const kindCodes = options.kindCodes ?? KIND_CODES.value;
  const electionCodes = options.electionCodes ?? ELECTION_CODES.value;
  const alternatives = (values: string[]) => [...values].sort((a, b) => b.length - a.length).map(escape).join('|');
  const re = pattern(
    options.template ?? REGISTER_NUMBER_TEMPLATE.value,
    {
      seq: '\\d+',
      kind: alternatives(Object.values(kindCodes)),
      election: alternatives(Object.values(electionCodes)),
      level: alternatives([...OFFICE_LEVEL_CODES]),
      region: REGION_PATTERN,
      month: alternatives([...ROMAN]),
      year: '\\d{4}',
    },
    ['region'],
  );
  const g = re.exec(text.trim())?.groups;
  if (!g) return null;
  const intakeKind = g.kind === undefined ? null : reverse(kindCodes, g.kind);
  const election = g.election === undefined ? null : reverse(electionCodes, g.election);
  const region = g.region ?? null;
  const sequence = Number(g.seq);
  if (intakeKind === undefined || election === undefined || !(sequence >= 1)) return null;
  if (region !== null && !isRegionCode(region)) return null;
  const officeLevel = officeLevelCode(region);
  if (g.level !== undefined && g.level !== officeLevel) return null;
  return {
    sequence,
    intakeKind,
    election,
    officeRegionCode: region,
    officeLevel,
    month: g.month === undefined ? null : ROMAN.indexOf(g.month as (typeof ROMAN)[number]) + 1,
    year: g.year === undefined ? null : Number(g.year),
  };
}

export interface ReceiptNumberFacts {
  sequence: number;
  officeRegionCode: string | null;
  /** Local date of receipt (YYYY-MM-DD). */
  receivedOn: string;
}

export function receiptNumberShape(facts: Omit<ReceiptNumberFacts, 'sequence'>, template = RECEIPT_NUMBER_TEMPLATE.value): NumberShape {
  return shapeOf(template, { region: facts.officeRegionCode ?? 'RI', year: dateParts(facts.receivedOn).year });
}

export function formatReceiptNumber(facts: ReceiptNumberFacts, template = RECEIPT_NUMBER_TEMPLATE.value): string {
  return formatNumber(receiptNumberShape(facts, template), facts.sequence);
}

export function parseReceiptNumber(
  text: string,
  template = RECEIPT_NUMBER_TEMPLATE.value,
): { sequence: number; officeRegionCode: string | null; year: number } | null {
  const g = pattern(template, { seq: '\\d+', region: `${REGION_PATTERN}|RI`, year: '\\d{4}' }, []).exec(text.trim())?.groups;
  if (!g || Number(g.seq) < 1) return null;
  return { sequence: Number(g.seq), officeRegionCode: g.region === 'RI' || !g.region ? null : g.region, year: Number(g.year) };
}
