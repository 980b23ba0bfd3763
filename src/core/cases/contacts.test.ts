import { describe, expect, it } from 'vitest';
import { splitPartyContacts, witnessAddressOf } from './contacts.js';

const reportedParty = { name: 'Budi Santoso', agency: 'Dinas Pendidikan Kota Serang', position: 'Kepala Seksi', kind: 'PNS' };

describe('splitPartyContacts', () => {
  it('takes the address and phone of every witness and of the terlapor out of the intake, keeping the names', () => {
    const intake = {
      kind: 'laporan',
      reportedParty: { ...reportedParty, address: 'Jl. Veteran No. 3', phone: '0812-1111-2222' },
      witnesses: [{ name: 'Siti Aminah', phone: '081299990000' }, { name: 'Joko' }, { name: 'Rahmat', address: 'Kp. Sukajaya RT 02' }],
      chronology: 'x',
    };
    const { intake: kept, contacts } = splitPartyContacts(intake);
    expect(kept).toEqual({ kind: 'laporan', reportedParty, witnesses: [{ name: 'Siti Aminah' }, { name: 'Joko' }, { name: 'Rahmat' }], chronology: 'x' });
    expect(contacts).toEqual({
      witnesses: [{ name: 'Siti Aminah', phone: '081299990000' }, { name: 'Joko' }, { name: 'Rahmat', address: 'Kp. Sukajaya RT 02' }],
      reportedParty: { name: 'Budi Santoso', address: 'Jl. Veteran No. 3', phone: '0812-1111-2222' },
    });
    expect(intake.witnesses[0]).toEqual({ name: 'Siti Aminah', phone: '081299990000' }); // the input is not changed
  });

  it('gives no contacts, and the intake as it was, when none was given (or only empty ones)', () => {
    const intake = { reportedParty, witnesses: [{ name: 'Siti Aminah', phone: '' }] };
    expect(splitPartyContacts(intake)).toEqual({ intake, contacts: null });
    const tip = { kind: 'informasi-awal', description: 'x' };
    expect(splitPartyContacts(tip)).toEqual({ intake: tip, contacts: null });
  });

  it('keeps the terlapor out of the contacts when only a witness gave one', () => {
    const { intake, contacts } = splitPartyContacts({ reportedParty, witnesses: [{ name: 'Siti', address: 'Jl. A' }] });
    expect(contacts).toEqual({ witnesses: [{ name: 'Siti', address: 'Jl. A' }], reportedParty: null });
    expect(intake.reportedParty).toEqual(reportedParty);
  });
});

describe('witnessAddressOf', () => {
  const contacts = {
    witnesses: [{ name: 'Joko Susilo' }, { name: 'Siti Aminah', address: 'Kp. Sukajaya RT 02, Kota Serang', phone: '0812' }, { name: 'Siti Aminah', address: 'Alamat kedua' }],
    reportedParty: null,
  };

  it('finds the first witness of that name with an address, however the name was spaced or cased', () => {
    expect(witnessAddressOf(contacts, 'Siti Aminah')).toBe('Kp. Sukajaya RT 02, Kota Serang');
    expect(witnessAddressOf(contacts, '  siti   AMINAH ')).toBe('Kp. Sukajaya RT 02, Kota Serang');
  });

  it('gives null for a witness without an address, another name, an empty name, or no contacts', () => {
    expect(witnessAddressOf(contacts, 'Joko Susilo')).toBeNull();
    expect(witnessAddressOf(contacts, 'Siti')).toBeNull();
    expect(witnessAddressOf({ witnesses: [{ name: '', address: 'x' }], reportedParty: null }, ' ')).toBeNull();
    expect(witnessAddressOf(null, 'Siti Aminah')).toBeNull();
  });
});
