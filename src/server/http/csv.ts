// CSV as RFC 4180 writes it (quotes doubled, fields with the separator, a quote or a line break
// quoted, CRLF between records), with one guard spreadsheets need: a text cell that a spreadsheet
// would read as a formula (=, +, -, @, a tab or a carriage return first) is written with a leading
// apostrophe, so a name typed into a public form cannot run in the office's Excel (OWASP, "CSV
// injection").
export type CsvSeparator = ',' | ';';

/** A UTF-8 byte order mark: Excel reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, separator: CsvSeparator): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly (string | number | null | undefined)[], separator: CsvSeparator): string {
  return `${values.map((v) => csvCell(v, separator)).join(separator)}\r\n`;
}
