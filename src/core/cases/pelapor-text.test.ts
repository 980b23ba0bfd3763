// Withholding the pelapor from free text for roles that may not read the reporter (decision 008).
import { describe, expect, it } from 'vitest';
import { REDACTED, withoutPelaporText } from './pelapor-text.js';

const PELAPOR = {
  name: 'Ahmad Fauzi',
  address: 'Jl. Ki Mas Jong No. 7, Kota Serang',
  phone: '081234567890',
  email: 'ahmad.fauzi@example.id',
  nik: '3673011205900001',
  representative: { name: 'Hendra Gunawan, S.H.', phone: '0813-9999-1234' },
};

describe('withoutPelaporText', () => {
  it('blanks the full name, NIK, phone in any format, e-mail, street line and the kuasa in every text, however deep', () => {
    const page = {
      intake: { chronology: `Saya ${PELAPOR.name}, NIK ${PELAPOR.nik}, HP 0812-3456-7890, surel ${PELAPOR.email}, tinggal di Jl. Ki Mas Jong No. 7.` },
      notes: [{ body: 'Kuasa Hendra Gunawan, S.H. (0813 9999 1234) hadir.' }],
      checklist: [{ itemId: 'identitas', note: 'ahmad fauzi sesuai KTP' }],
    };
    expect(withoutPelaporText(page, PELAPOR)).toEqual({
      intake: { chronology: `Saya ${REDACTED}, NIK ${REDACTED}, HP ${REDACTED}, surel ${REDACTED}, tinggal di ${REDACTED}.` },
      notes: [{ body: `Kuasa ${REDACTED} (${REDACTED}) hadir.` }],
      checklist: [{ itemId: 'identitas', note: `${REDACTED} sesuai KTP` }],
    });
  });

  it('leaves first names, the terlapor, identifiers, numbers and times alone, and the input untouched', () => {
    const page = {
      id: '08123456-7890-4abc-8def-081234567890',
      sha256: '0812345678901234567890123456789012345678901234567890123456789012',
      receiptNumber: '001/LP/PW/Kota/36.73/XI/2024',
      receivedAt: '2024-11-10T09:15:00+07:00',
      reportedParty: { name: 'Budi Santoso', nip: '198001012005011001' },
      kajianText: 'Sdr. Ahmad hadir; terlapor Budi Santoso mengakui.',
    };
    const copy = structuredClone(page);
    expect(withoutPelaporText(page, PELAPOR)).toBe(page); // nothing to withhold: the same object
    expect(page).toEqual(copy);
  });

  it('without an identity (a temuan, informasi awal) still blanks any NIK, phone number or e-mail', () => {
    const value = { description: 'Info dari warga, hubungi 0812 1111 2222 atau warga@example.id; NIK 3604014204900001.', state: 'diterima' };
    expect(withoutPelaporText(value, undefined)).toEqual({ description: `Info dari warga, hubungi ${REDACTED} atau ${REDACTED}; NIK ${REDACTED}.`, state: 'diterima' });
  });
});
