// Every document kind rendered to a real PDF, its text extracted with Poppler's pdftotext and
// checked for the key content; the public status notice checked for the absence of the pelapor's
// personal data; renders checked for determinism.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, renderDocument, type DocumentInput, type DocumentKind } from './index.js';
import { BASE, CASE, EVIDENCE, REPORTER, SAMPLES } from './test-fixtures.js';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
if (!hasPdftotext && !process.env.CI) {
  console.warn('documents.test: skipping PDF text checks: pdftotext (poppler-utils) is not installed');
}

let dir = '';
beforeAll(() => {
  if (!hasPdftotext && process.env.CI) throw new Error('pdftotext (poppler-utils) is required in CI');
  dir = mkdtempSync(join(tmpdir(), 'netra-documents-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The PDF's text as `pdftotext -layout file.pdf -` prints it; fails on any Poppler complaint. */
function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stderr).toBe('');
  return run.stdout;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

// What each kind prints as its title (letters carry it in "Hal").
const EXPECTED: Record<DocumentKind, string[]> = {
  'tanda-bukti-penyampaian-laporan': [
    'TANDA BUKTI PENYAMPAIAN LAPORAN', 'Setiap laporan diterima', CASE.receiptNumber, REPORTER.name,
    'Minggu, 10 November 2024 pukul 09.15 WIB', 'Drs. Ahmad Fauzan', 'Petugas Penerima Laporan', 'Rina Marlina, S.H.',
  ],
  'pemberitahuan-kelengkapan': [
    'Pemberitahuan Kelengkapan Laporan', 'Sdr. Siti Rahmawati', 'Fotokopi KTP pelapor', 'Syarat materiel',
    'Rabu, 13 November 2024 pukul 16.00 WIB', 'tidak diregistrasi', 'Undang-Undang Nomor 10 Tahun 2016 Pasal 134',
  ],
  'formulir-kajian-awal': [
    'FORMULIR KAJIAN AWAL', 'IV. Syarat formal', 'V. Syarat materiel', 'Memenuhi', 'Pasal 15 ayat (4) huruf c',
    'DIREGISTRASI', 'Pembuat kajian', 'Mengetahui',
  ],
  'undangan-klarifikasi': [
    'Undangan Klarifikasi sebagai Terlapor', 'Jumat, 15 November 2024', '09.00 WIB s.d. selesai',
    'Ruang Sidang Bawaslu Kota Serang', 'Kartu identitas (KTP)', 'Dasar hukum',
  ],
  'berita-acara-klarifikasi': [
    'BERITA ACARA KLARIFIKASI', 'Jumat, 15 November 2024, pukul 09.00 WIB', 'Klarifikasi selesai pukul 10.40 WIB',
    'Apakah Saudara pemilik akun Instagram', 'Benar, akun tersebut milik saya.', 'Yang memberikan keterangan', 'Pemeriksa',
  ],
  'kajian-dugaan-pelanggaran': [
    'KAJIAN DUGAAN PELANGGARAN', 'skb2022.5', 'UU 20/2023 Pasal 9 ayat (2)', 'Fakta-fakta', 'Analisis',
    'MERUPAKAN PELANGGARAN', 'pelanggaran peraturan perundang-undangan lainnya', 'Badan Kepegawaian Negara',
  ],
  'pemberitahuan-status-laporan': [
    'PEMBERITAHUAN TENTANG STATUS LAPORAN', '007/Reg/LP/PW/Kota/11.06/XI/2024', 'DITERUSKAN KEPADA INSTANSI YANG BERWENANG',
    'Tanggal status', 'Drs. Ahmad Fauzan',
  ],
  'pemberitahuan-pelimpahan': [
    'Pemberitahuan Pelimpahan Laporan', 'Sdr. Siti Rahmawati', 'dilimpahkan oleh Bawaslu Provinsi Banten kepada Bawaslu Kota Serang',
    'Senin, 11 November 2024 pukul 10.30 WIB', 'Peristiwa terjadi di wilayah Kota Serang.', 'dilakukan oleh kami', 'nomor penerimaan yang sama',
  ],
  'surat-penerusan': [
    'Penerusan Pelanggaran Netralitas Aparatur Sipil Negara', 'Kepala Badan Kepegawaian Negara', '3 (tiga) berkas',
    'pernyataan secara tertutup atau terbuka', 'Hukuman disiplin tingkat berat', 'paling lambat tanggal 13 Desember 2024',
    'Tembusan', 'skb2022.5',
  ],
};

describe.skipIf(!hasPdftotext && !process.env.CI)('official documents as PDF', () => {
  it.each(DOCUMENT_KINDS)('%s: a PDF with letterhead, number, dates, page numbers and evidence hashes', async (kind) => {
    const input = SAMPLES[kind] as DocumentInput;
    const pdf = await renderDocument(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf, kind);
    const joined = flat(text);
    expect(text).toContain('BADAN PENGAWAS PEMILIHAN UMUM');
    expect(text).toContain('KOTA SERANG');
    expect(text).toContain('kota-serang@bawaslu.go.id');
    expect(text).toContain(BASE.number);
    expect(text).toMatch(/Halaman 1 dari \d/);
    expect(joined).toContain('Dibuat oleh Netra pada Kamis, 14 November 2024 pukul 10.30 WIB');
    if (kind !== 'berita-acara-klarifikasi') expect(text).toContain('Serang, 14 November 2024');
    for (const item of EVIDENCE) {
      expect(text).toContain(item.sha256);
      expect(text).toContain(item.label);
    }
    // Where a copied post was seen, and when: in every document but the public notice. (The link
    // is longer than a line; pdftotext gives its second line after a space.)
    if (kind === 'pemberitahuan-status-laporan') expect(joined).not.toContain('instagram.com/p/');
    else {
      expect(joined).toContain('Sumber: https://www.instagram.com/p/C8xYz12AbCd/');
      expect(joined).toContain('utm_source=ig_web_copy_link, dilihat Sabtu, 9 November 2024 pukul 21.15 WIB');
    }
    for (const expected of EXPECTED[kind]) expect(joined).toContain(expected);
  });

  it('renders deterministically and leaves the input untouched', async () => {
    for (const kind of DOCUMENT_KINDS) {
      const input = SAMPLES[kind] as DocumentInput;
      const before = JSON.stringify(input);
      const [a, b] = await Promise.all([renderDocument(input), renderDocument(structuredClone(input))]);
      expect(a.equals(b), kind).toBe(true);
      expect(JSON.stringify(input), kind).toBe(before);
    }
    const later = await renderDocument({ ...SAMPLES['surat-penerusan'], generatedAt: new Date('2024-11-14T05:00:00Z') });
    expect(later.equals(await renderDocument(SAMPLES['surat-penerusan']))).toBe(false);
  });

  it('sends the notice to complete to the pelapor through their kuasa, at the kuasa\'s address', async () => {
    const sample = SAMPLES['pemberitahuan-kelengkapan'];
    const kuasa = { name: 'Hendra Gunawan, S.H.', address: 'Jl. Veteran No. 3, Kota Serang', powerOfAttorney: 'SKK/12/XI/2024' };
    const text = flat(pdfText(await renderDocument({ ...sample, data: { ...sample.data, reporter: { ...sample.data.reporter, representative: kuasa } } }), 'kelengkapan-kuasa'));
    expect(text).toContain(`Sdr. ${REPORTER.name} melalui kuasanya Sdr. Hendra Gunawan, S.H.`);
    expect(text).toContain('Jl. Veteran No. 3, Kota Serang');
    expect(text).not.toContain(REPORTER.address!);
    // Without a kuasa: the pelapor at their own address (the per-kind check above has the name).
    expect(flat(pdfText(await renderDocument(sample), 'kelengkapan'))).toContain(REPORTER.address!);
  });

  it('shows times in the office time zone with its label (WITA, WIT)', async () => {
    const base = SAMPLES['undangan-klarifikasi'];
    for (const [timeZone, clock, day] of [['WITA', '10.00 WITA', '15 November'], ['WIT', '11.00 WIT', '15 November']] as const) {
      const pdf = await renderDocument({ ...base, letterhead: { ...base.letterhead, timeZone } });
      const text = flat(pdfText(pdf, `tz-${timeZone}`));
      expect(text).toContain(clock);
      expect(text).toContain(day);
    }
  });

  it('the public status notice carries no personal data of the pelapor, even when the input does', async () => {
    const sample = SAMPLES['pemberitahuan-status-laporan'];
    const leakyCase = {
      ...CASE,
      reporter: REPORTER, // an extra property the caller left on the case object
      event: {
        ...CASE.event,
        description:
          `Dilaporkan oleh ${REPORTER.name} (NIK ${REPORTER.nik}, HP ${REPORTER.phone}, surel ${REPORTER.email}), ` +
          `tinggal di ${REPORTER.address}: terlapor mengunggah foto bersama pasangan calon`,
      },
    };
    const pdf = await renderDocument({
      ...sample,
      evidence: [...EVIDENCE, { label: `KTP pelapor ${REPORTER.name}`, sha256: 'c'.repeat(64) }],
      data: {
        ...sample.data,
        case: leakyCase,
        statusNote: 'Diteruskan; pelapor Sdr. Siti dapat dihubungi di 081234567890 atau +62 812 3456 7890',
        reporter: REPORTER,
      },
    });
    const text = pdfText(pdf, 'status-leaky');
    const joined = flat(text);
    const raw = pdf.toString('latin1');
    const forbidden = ['Siti', 'Rahmawati', REPORTER.nik!, '3456-7890', '081234567890', '812 3456', 'example.id', 'Ki Mas Jong', 'Kaligandu'];
    for (const value of forbidden) {
      expect(joined, value).not.toContain(value);
      expect(raw, value).not.toContain(value);
    }
    expect(joined).toContain('[disamarkan]');
    expect(joined).toContain('terlapor mengunggah foto bersama pasangan calon');
    expect(joined).toContain('c'.repeat(64));
    expect(joined).toContain('Identitas pelapor tidak dicantumkan');
  });

  it('blanks NIK, phone numbers and e-mail addresses from the notice even without the pelapor identity', async () => {
    const sample = SAMPLES['pemberitahuan-status-laporan'];
    const pdf = await renderDocument({
      ...sample,
      data: { ...sample.data, statusNote: `Kontak 0857-1122-3344, NIK 3673015506900002, a.b@contoh.id; nomor ${CASE.registerNumber}` },
    });
    const joined = flat(pdfText(pdf, 'status-generic'));
    for (const value of ['0857-1122-3344', '3673015506900002', 'a.b@contoh.id']) expect(joined).not.toContain(value);
    expect(joined).toContain(`nomor ${CASE.registerNumber}`);
  });
});

describe('document input validation', () => {
  it('rejects an evidence item without a valid SHA-256', async () => {
    const input = { ...SAMPLES['kajian-dugaan-pelanggaran'], evidence: [{ label: 'x', sha256: 'abc' }] };
    await expect(renderDocument(input)).rejects.toThrow(/SHA-256/);
  });

  it('rejects an empty number and a receipt for a temuan', async () => {
    await expect(renderDocument({ ...SAMPLES['surat-penerusan'], number: ' ' })).rejects.toThrow(/number/);
    const receipt = SAMPLES['tanda-bukti-penyampaian-laporan'];
    await expect(
      renderDocument({ ...receipt, data: { ...receipt.data, case: { ...receipt.data.case, kind: 'temuan' } } }),
    ).rejects.toThrow(/laporan only/);
  });
});
