import { describe, expect, it } from 'vitest';
import { invitationWitnessIssues, splitPartyContacts, witnessAddressOf } from './contacts.js';

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
    witnesses: [{ name: 'Joko Susilo' }, { name: 'Siti Aminah', address: 'Kp. Sukajaya RT 02, Kota Serang', phone: '0812' }, { name: 'Siti Aminah', address: 'Alamat kedua' }, { name: 'Rina Wati', address: 'Jl. Ahmad Yani 3' }],
    reportedParty: null,
  };

  it('takes the address of the witness the invitation names by number, of two with one name each their own', () => {
    expect(witnessAddressOf(contacts, { name: 'Siti Aminah', witness: 1 })).toBe('Kp. Sukajaya RT 02, Kota Serang');
    expect(witnessAddressOf(contacts, { name: 'Siti Aminah', witness: 2 })).toBe('Alamat kedua');
    expect(witnessAddressOf(contacts, { name: 'Joko Susilo', witness: 0 })).toBeNull();
    expect(witnessAddressOf(contacts, { name: 'Siti Aminah', witness: 9 })).toBeNull();
  });

  it('without a number, matches the name however it was spaced or cased, but gives none when witnesses of that name live apart', () => {
    expect(witnessAddressOf(contacts, { name: '  rina   WATI ' })).toBe('Jl. Ahmad Yani 3');
    expect(witnessAddressOf(contacts, { name: 'Siti Aminah' })).toBeNull();
    const sameHouse = { witnesses: [{ name: 'Siti Aminah', address: 'Jl. A' }, { name: 'siti aminah', address: 'Jl. A' }], reportedParty: null };
    expect(witnessAddressOf(sameHouse, { name: 'Siti Aminah', witness: null })).toBe('Jl. A');
  });

  it('gives null for a witness without an address, another name, an empty name, or no contacts', () => {
    expect(witnessAddressOf(contacts, { name: 'Joko Susilo' })).toBeNull();
    expect(witnessAddressOf(contacts, { name: 'Siti' })).toBeNull();
    expect(witnessAddressOf({ witnesses: [{ name: '', address: 'x' }], reportedParty: null }, { name: ' ' })).toBeNull();
    expect(witnessAddressOf(null, { name: 'Rina Wati' })).toBeNull();
  });
});

describe('invitationWitnessIssues', () => {
  const witnesses = [{ name: 'Siti Aminah' }, { name: 'Siti Aminah' }, { name: 'Joko Susilo' }];

  it('accepts numbers that point at a witness of that name, and invitations without one', () => {
    expect(invitationWitnessIssues(witnesses, [{ name: 'Siti Aminah', witness: 1 }, { name: ' joko  susilo', witness: 2 }, { name: 'Orang Lain' }])).toEqual([]);
  });

  it('names the invitation whose number is past the list or belongs to someone else', () => {
    const issues = invitationWitnessIssues(witnesses, [{ name: 'Siti Aminah', witness: 0 }, { name: 'Siti Aminah', witness: 3 }, { name: 'Joko Susilo', witness: 0 }]);
    expect(issues.map((i) => i.path)).toEqual(['invitations.1.witness', 'invitations.2.witness']);
    expect(issues[0]!.message).toContain('3 saksi');
    expect(issues[1]!.message).toContain('bernama Siti Aminah, bukan Joko Susilo');
    expect(invitationWitnessIssues(undefined, [{ name: 'Siti Aminah', witness: 0 }])).toHaveLength(1);
  });
});
