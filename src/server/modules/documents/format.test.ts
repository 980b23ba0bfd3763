// Indonesian numbers (dates: src/core/i18n/dates.test.ts), the pelapor scrubber of the public notice, and the justified-text
// helper: pure functions, no PDF involved.
import { describe, expect, it } from 'vitest';
import { terbilang } from './format.js';
import { keepWordsWhole, officeLine } from './layout.js';
import { mentionsReporter, REDACTED, reporterScrubber } from '../../../core/cases/pelapor-text.js';
import { REPORTER } from './test-fixtures.js';

describe('Indonesian numbers', () => {
  it('spells numbers out in Indonesian', () => {
    expect([0, 1, 2, 10, 11, 12, 19, 20, 21, 99].map(terbilang)).toEqual([
      'nol', 'satu', 'dua', 'sepuluh', 'sebelas', 'dua belas', 'sembilan belas', 'dua puluh', 'dua puluh satu', 'sembilan puluh sembilan',
    ]);
    expect(terbilang(100)).toBe('seratus');
    expect(terbilang(115)).toBe('seratus lima belas');
    expect(terbilang(245)).toBe('dua ratus empat puluh lima');
  });
});

describe('letterhead office line', () => {
  it('does not repeat the body name under "BADAN PENGAWAS PEMILIHAN UMUM"', () => {
    expect(officeLine('Bawaslu Kota Serang')).toBe('KOTA SERANG');
    expect(officeLine('Badan Pengawas Pemilihan Umum Provinsi Banten')).toBe('PROVINSI BANTEN');
    expect(officeLine('Panwaslu Kecamatan Cipocok Jaya')).toBe('PANWASLU KECAMATAN CIPOCOK JAYA');
  });
});

describe('pelapor scrubber', () => {
  const scrub = reporterScrubber(REPORTER);

  it('blanks the name (and its parts), address, phone in any format, NIK and e-mail', () => {
    const text =
      `Pelapor Siti Rahmawati (Sdr. Siti), Jl. Ki Mas Jong No. 12, Kelurahan Kaligandu, Kota Serang, ` +
      `HP 0812-3456-7890 / 081234567890, NIK 3673015506900002, siti.rahmawati@example.id`;
    const out = scrub(text);
    for (const value of ['Siti', 'Rahmawati', 'Ki Mas Jong', '0812', '3673015506900002', 'example.id']) expect(out).not.toContain(value);
    expect(out).toContain(REDACTED);
  });

  it('keeps case numbers, dates and ordinary words', () => {
    const text = 'Register 007/Reg/LP/PW/Kota/11.06/XI/2024 tanggal 2024-11-14, NIP terlapor tidak dimuat; Sitiawan hadir';
    expect(scrub(text)).toBe(text);
  });

  it('blanks the street line of the address when it comes alone, and keeps the area every document names', () => {
    const out = reporterScrubber({ name: 'Siti Rahmawati', address: 'Jl. Ki Mas Jong No. 12, Kaligandu, Kota Serang' })('Rumah di Jl. Ki Mas Jong No. 12 dekat kantor Bawaslu Kota Serang');
    expect(out).not.toContain('Ki Mas Jong');
    expect(out).toContain('Bawaslu Kota Serang');
  });

  it("blanks the kuasa's identity too", () => {
    const kuasa = { name: 'Hendra Gunawan, S.H.', address: 'Jl. Veteran No. 3, Kota Serang', phone: '0813-9999-1234', nik: '3673010101800003', powerOfAttorney: 'SKK/12/XI/2024' };
    const withKuasa = reporterScrubber({ ...REPORTER, representative: kuasa });
    const out = withKuasa('Laporan disampaikan oleh Hendra Gunawan, S.H. (Sdr. Hendra), Jl. Veteran No. 3, Kota Serang, HP 081399991234, NIK 3673010101800003');
    for (const value of ['Hendra', 'Gunawan', 'Veteran', '08139999', '3673010101800003']) expect(out).not.toContain(value);
    // Without the kuasa given, their name would have stayed: the check above is not the generic patterns' doing.
    expect(scrub('Sdr. Hendra Gunawan')).toContain('Hendra');
  });

  it('blanks generic identifiers without knowing the pelapor', () => {
    const generic = reporterScrubber(null);
    expect(generic('hubungi +62 812-1111-2222 atau (0254) 848-5123, nik 1234567890123456')).toBe(
      `hubungi ${REDACTED} atau ${REDACTED}, nik ${REDACTED}`,
    );
  });
});

describe('justified text keeps numbers whole', () => {
  it('turns words with "/" or "-" into no-wrap pieces', () => {
    expect(keepWordsWhole('nomor 007/Reg/LP/2024 pada perundang-undangan lain')).toEqual([
      'nomor ',
      { text: '007/Reg/LP/2024 ', noWrap: true },
      'pada ',
      { text: 'perundang-undangan ', noWrap: true },
      'lain',
    ]);
    expect(keepWordsWhole('tanpa garis miring')).toBe('tanpa garis miring');
    expect(keepWordsWhole({ text: 'a-b c', bold: true })).toEqual([
      { text: 'a-b ', bold: true, noWrap: true },
      { text: 'c', bold: true },
    ]);
  });
});

describe('free text that names the pelapor', () => {
  const kuasa = { name: 'Hendra Gunawan, S.H.', address: 'Jl. Veteran No. 3, Kota Serang', phone: '0813-9999-1234', powerOfAttorney: 'SKK/12/XI/2024' };
  it('is found anywhere in a document input, by full name, NIK, phone (any format), e-mail or street, of the pelapor or the kuasa', () => {
    const data = (text: string) => ({ facts: ['Terlapor mengunggah foto.', text], hearing: { summary: 'Hadir.' } });
    for (const text of [`Keterangan ${REPORTER.name}.`, `NIK ${REPORTER.nik}`, `HP ${REPORTER.phone!.replace(/\D/g, '')}`, `surel ${REPORTER.email}`, `tinggal di ${REPORTER.address!.split(',')[0]}`]) {
      expect(mentionsReporter(REPORTER, data(text)), text).toBe(true);
    }
    expect(mentionsReporter({ ...REPORTER, representative: kuasa }, data('Kuasa Hendra Gunawan, S.H. hadir'))).toBe(true);
    // However deep the text sits in the input.
    expect(mentionsReporter(REPORTER, { clarifications: [{ role: 'saksi', summary: { lines: [`bersama ${REPORTER.name}`] } }] })).toBe(true);
  });

  it('is not found from a first name alone, nor without an identity', () => {
    const first = REPORTER.name.split(' ')[0]!;
    expect(mentionsReporter(REPORTER, { facts: [`Sdr. ${first} hadir`] })).toBe(false);
    expect(mentionsReporter(null, { facts: [REPORTER.name] })).toBe(false);
  });
});
