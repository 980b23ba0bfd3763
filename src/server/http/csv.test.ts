import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRecord, type CsvSeparator } from './csv.js';

describe('CSV records', () => {
  it('read back by an independent parser as the values written, for any text and either separator', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), fc.constantFrom<CsvSeparator>(',', ';'), (rows, sep) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const text = table.map((r) => csvRecord(r, sep)).join('');
        const parsed = parse(text, { delimiter: sep, relax_column_count: false }) as string[][];
        // A value a spreadsheet would take for a formula comes back with its guard.
        expect(parsed).toEqual(table.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v))));
      }),
    );
  });

  it('quotes only what needs it, and guards formulas', () => {
    expect(csvRecord(['Budi Santoso', 'Dinas "Pendidikan"', 'a;b', 'a,b', null, 3], ',')).toBe('Budi Santoso,"Dinas ""Pendidikan""",a;b,"a,b",,3\r\n');
    expect(csvRecord(['a;b', 'a,b'], ';')).toBe('"a;b";a,b\r\n');
    expect(csvCell('=HYPERLINK("http://x","klik")', ',')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(['+62812', '-1', '@SUM(A1)', '\tx'].map((v) => csvCell(v, ','))).toEqual(["'+62812", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(csvCell(-1, ',')).toBe('-1'); // a number is not text a person typed
    expect(csvCell(' spasi ', ',')).toBe('" spasi "');
  });
});
