import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ELECTION_KINDS,
  formatNumber,
  formatReceiptNumber,
  formatRegisterNumber,
  officeLevelCode,
  parseReceiptNumber,
  parseRegisterNumber,
  receiptNumberShape,
  REGISTER_NUMBER_TEMPLATE,
  registerNumberShape,
  type RegisterNumberFacts,
} from './register-number.js';

describe('register numbers', () => {
  it('formats the practice example', () => {
    const facts: RegisterNumberFacts = { sequence: 1, intakeKind: 'laporan', election: 'bupati', officeRegionCode: '36.04', registeredOn: '2024-11-11' };
    expect(formatRegisterNumber(facts)).toBe('001/Reg/LP/PB/Kab/36.04/XI/2024');
    expect(formatRegisterNumber({ ...facts, sequence: 1234, intakeKind: 'temuan', election: 'wali-kota', officeRegionCode: '36.73' })).toBe('1234/Reg/TM/PW/Kota/36.73/XI/2024');
    expect(formatRegisterNumber({ ...facts, election: 'gubernur', officeRegionCode: '36', registeredOn: '2024-09-30' })).toBe('001/Reg/LP/PG/Prov/36/IX/2024');
    expect(formatRegisterNumber({ ...facts, election: 'pemilu', officeRegionCode: null, registeredOn: '2024-02-20' })).toBe('001/Reg/LP/PL/RI/II/2024');
  });

  it('is a flagged setting, and a custom template works both ways', () => {
    expect(REGISTER_NUMBER_TEMPLATE.flag).toBe('U');
    const template = '{seq:4}/{kind}/Bawaslu/{region}/{year}';
    const n = formatRegisterNumber({ sequence: 7, intakeKind: 'laporan', election: 'bupati', officeRegionCode: '73.71', registeredOn: '2024-11-01' }, { template });
    expect(n).toBe('0007/LP/Bawaslu/73.71/2024');
    expect(parseRegisterNumber(n, { template })).toMatchObject({ sequence: 7, intakeKind: 'laporan', officeRegionCode: '73.71', year: 2024 });
  });

  it('parses back what it formats', () => {
    const region = fc.oneof(
      fc.constant(null),
      fc.constantFrom('11', '36', '94'),
      fc.tuple(fc.constantFrom('36', '73'), fc.integer({ min: 1, max: 79 })).map(([p, r]) => `${p}.${String(r).padStart(2, '0')}`),
      fc.constant('36.04.05'),
    );
    const facts = fc.record({
      sequence: fc.integer({ min: 1, max: 99_999 }),
      intakeKind: fc.constantFrom('laporan' as const, 'temuan' as const),
      election: fc.constantFrom(...ELECTION_KINDS),
      officeRegionCode: region,
      registeredOn: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const parsed = parseRegisterNumber(formatRegisterNumber(f));
        expect(parsed).toEqual({
          sequence: f.sequence, intakeKind: f.intakeKind, election: f.election, officeRegionCode: f.officeRegionCode,
          officeLevel: officeLevelCode(f.officeRegionCode), month: Number(f.registeredOn.slice(5, 7)), year: Number(f.registeredOn.slice(0, 4)),
        });
      }),
    );
  });

  it.each([
    ['001/Reg/XX/PB/Kab/36.04/XI/2024', 'unknown kind'],
    ['001/Reg/LP/PB/Kota/36.04/XI/2024', 'level does not fit the region'],
    ['001/Reg/LP/PB/Kab/36.04/XIII/2024', 'no such month'],
    ['000/Reg/LP/PB/Kab/36.04/XI/2024', 'sequence starts at 1'],
    ['001/Reg/LP/PB/Kab/36.04/XI', 'no year'],
  ])('rejects %s (%s)', (text) => {
    expect(parseRegisterNumber(text)).toBeNull();
  });
});

describe('receipt numbers', () => {
  it('formats and parses the receipt of any intake', () => {
    expect(formatReceiptNumber({ sequence: 123, officeRegionCode: '36.73', receivedOn: '2024-11-10' })).toBe('TBP/36.73/2024/000123');
    expect(formatReceiptNumber({ sequence: 9, officeRegionCode: null, receivedOn: '2024-02-14' })).toBe('TBP/RI/2024/000009');
    expect(parseReceiptNumber('TBP/36.73/2024/000123')).toEqual({ sequence: 123, officeRegionCode: '36.73', year: 2024 });
    expect(parseReceiptNumber('TBP/RI/2024/000009')).toEqual({ sequence: 9, officeRegionCode: null, year: 2024 });
    expect(parseReceiptNumber('TBP/36.73/2024')).toBeNull();
  });
});

describe('number shapes (the text around the sequence, for the database to fill in)', () => {
  const facts = { intakeKind: 'laporan' as const, election: 'bupati' as const, officeRegionCode: '36.04', registeredOn: '2024-11-11' };

  it('splits a number around its padded sequence, wherever the template puts it', () => {
    expect(registerNumberShape(facts)).toEqual({ prefix: '', width: 3, suffix: '/Reg/LP/PB/Kab/36.04/XI/2024' });
    expect(receiptNumberShape({ officeRegionCode: null, receivedOn: '2024-02-14' })).toEqual({ prefix: 'TBP/RI/2024/', width: 6, suffix: '' });
    expect(registerNumberShape(facts, { template: '{kind}-{seq}/{year}' })).toEqual({ prefix: 'LP-', width: 0, suffix: '/2024' });
  });

  it('pads to the width and never cuts a longer sequence', () => {
    const shape = registerNumberShape(facts);
    expect(formatNumber(shape, 7)).toBe('007/Reg/LP/PB/Kab/36.04/XI/2024');
    expect(formatNumber(shape, 123_456)).toBe('123456/Reg/LP/PB/Kab/36.04/XI/2024');
    expect(() => formatNumber(shape, 0)).toThrow();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), (n) => {
        expect(parseRegisterNumber(formatNumber(shape, n))).toMatchObject({ sequence: n, officeRegionCode: '36.04', year: 2024 });
      }),
    );
  });

  it('refuses a template without its sequence, or with it twice', () => {
    expect(() => registerNumberShape(facts, { template: '{kind}/{year}' })).toThrow(/exactly once/);
    expect(() => registerNumberShape(facts, { template: '{seq}/{kind}/{seq:3}' })).toThrow(/exactly once/);
  });
});
