// Every official document built from a stored case (a Kota Serang laporan of Pilkada 2024: an ASN
// who shared a candidate's Instagram post, registered, heard, analysed, decided a violation of
// other laws and forwarded to BKN), rendered to PDF and read back with Poppler's pdftotext.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistFor, newCaseFacts } from '../../../core/cases/index.js';
import { DOCUMENT_KINDS, renderDocument, type DocumentKind } from '../documents/index.js';
import type { OfficeRow } from '../offices/offices.repository.js';
import { emptyRecord, type CaseRecord } from './case-record.js';
import type { CaseRow } from './cases.repository.js';
import { DocumentNotApplicableError, UNNAMED_HEAD, documentInput, documentNumber, type DocumentContext } from './document-input.js';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = spawnSync(PDFTOTEXT, ['-v']).error === undefined;
if (!hasPdftotext && !process.env.CI) console.warn(`document-input.test: skipping PDF text checks: ${PDFTOTEXT} (poppler-utils) is missing`);

const OFFICE_ID = '5d0c1f7e-0000-4000-8000-000000003673';
const CASE_ID = '8a4e2b10-0000-4000-8000-000000000012';
const REGISTER = '007/Reg/LP/PW/Kota/36.73/XI/2024';
const REPORTED = {
  name: 'Drs. Ahmad Fauzan, M.Si.', nip: '197503122000031004', agency: 'Dinas Pendidikan dan Kebudayaan Kota Serang',
  position: 'Kepala Bidang Pembinaan SMP', kind: 'PNS', actorKind: 'asn',
};
const DESCRIPTION = 'Terlapor membagikan (share) unggahan akun Instagram pemenangan pasangan calon Wali Kota Serang nomor urut 2 beserta ajakan memilih';
const REPORTER = { name: 'Siti Rahmawati', address: 'Jl. Ki Mas Jong No. 12, Kaligandu, Kota Serang', phone: '0812-3456-7890', email: 'siti.rahmawati@example.id', nik: '3673015506900002' };

const OFFICE: OfficeRow = {
  id: OFFICE_ID, code: 'kota-serang', name: 'Bawaslu Kota Serang', kind: 'kabupaten-kota', regionCode: '36.73', parentId: null,
  address: 'Jl. Jenderal Sudirman No. 5, Cipocok Jaya, Kota Serang, Banten 42121', phone: '(0254) 8485-123',
  email: 'kota-serang@bawaslu.go.id', headName: 'Fadhli Rahman, S.H.', memberCount: 3,
  active: true, createdAt: new Date('2024-01-01T00:00:00Z'),
};

function laporanRecord(): CaseRecord {
  const items = checklistFor('laporan', 'pilkada');
  const machine = {
    ...newCaseFacts({ caseId: CASE_ID, kind: 'laporan', regime: 'pilkada-2024', officeId: OFFICE_ID, officeRegionCode: '36.73', officeMemberCount: 5, receivedAt: '2024-11-10T09:15:00+07:00', reportedActorKind: 'asn' }, 'diterima'),
    state: 'diteruskan' as const,
    checklist: [
      ...items.map((i) => ({ itemId: i.id, result: i.id === 'bukti' ? ('tidak-memenuhi' as const) : ('memenuhi' as const), ...(i.id === 'bukti' ? { note: 'Tautan unggahan asli belum dilampirkan' } : {}) })),
      { itemId: 'bukti', result: 'memenuhi' as const, note: 'Rekaman layar dan tautan dilengkapi 12 November 2024' },
    ],
    completion: { requestedAt: '2024-11-11T10:00:00+07:00', due: '2024-11-13T23:59:59+07:00' },
    registeredAt: '2024-11-12T14:00:00+07:00', registerNumber: REGISTER,
    invitations: [
      { id: 'inv-1', party: 'terlapor' as const, name: REPORTED.name, hearing: { attended: true, minutesRecorded: true } },
      { id: 'inv-2', party: 'pelapor' as const, name: REPORTER.name, hearing: null },
    ],
    kajian: { hasFacts: true, actCodes: ['skb2022.4'], otherBasis: ['UU 20/2023 Pasal 9 ayat (2)'], conclusion: 'pelanggaran' as const },
    decision: { outcome: 'pelanggaran' as const, types: ['peraturan-lain' as const], decidedAt: '2024-11-18T15:00:00+07:00', membersPresent: 4, membersTotal: 5 },
    forwarded: ['peraturan-lain' as const],
  };
  return emptyRecord(machine, {
    election: 'wali-kota', knownOn: '2024-11-09',
    intake: {
      kind: 'laporan', regime: 'pilkada-2024', election: 'wali-kota', reportedParty: REPORTED,
      event: { description: DESCRIPTION, place: 'Akun Instagram @fauzan.serang (Kecamatan Cipocok Jaya)', regionCode: '36.73', occurredOn: '2024-11-08', knownOn: '2024-11-09' },
      chronology: 'Pada 8 November 2024 pukul 20.00 WIB terlapor membagikan unggahan akun @menangkan.nomor2 ke cerita Instagram pribadinya.',
      witnesses: [{ name: 'Budi Hartono' }],
      evidence: [{ description: 'Tangkapan layar cerita Instagram (3 lembar)', kind: 'foto' }, { description: 'Rekaman layar (MP4)', kind: 'video' }],
    },
    invitations: [
      { id: 'inv-1', party: 'terlapor', name: REPORTED.name, scheduledAt: '2024-11-15T09:00:00+07:00', place: 'Ruang Sidang Bawaslu Kota Serang', letterRef: '003/UK/36.73/XI/2024',
        hearing: { heldAt: '2024-11-15T09:10:00+07:00', attended: true, minutesRef: '004/BA/36.73/XI/2024', summary: 'Terlapor mengakui membagikan unggahan dan telah menghapusnya pada 10 November 2024.' } },
      { id: 'inv-2', party: 'pelapor', name: REPORTER.name, scheduledAt: '2024-11-14T13:00:00+07:00', place: 'Ruang Rapat Bawaslu Kota Serang', letterRef: null, hearing: null },
    ],
    kajian: {
      facts: '1. Akun Instagram @fauzan.serang milik terlapor membagikan unggahan akun pemenangan pasangan calon nomor urut 2.\n2. Terlapor berstatus PNS aktif pada Dinas Pendidikan dan Kebudayaan Kota Serang.',
      actCodes: ['skb2022.4'], otherBasis: ['UU 20/2023 Pasal 9 ayat (2)'], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'],
    },
    decision: { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['Agus Setiawan', 'Dedi Kurniawan', 'Nina Marlina', 'Rudi Hartono'], minutesRef: '006/BA-Pleno/36.73/XI/2024', decidedAt: '2024-11-18T15:00:00+07:00' },
    forwards: [{ type: 'peraturan-lain', recipient: 'BKN', recipientName: { id: 'Badan Kepegawaian Negara', en: 'National Civil Service Agency (BKN)' }, letterRef: '008/RK/36.73/XI/2024', basis: 'UU 20/2023 Pasal 26 ayat (2) huruf d', at: '2024-11-19T10:00:00+07:00' }],
    pauses: [{ from: '2024-11-11T10:00:00+07:00', to: '2024-11-12T11:00:00+07:00' }],
  });
}

function caseRow(facts: CaseRecord, over: Partial<CaseRow> = {}): CaseRow {
  return {
    id: CASE_ID, officeId: OFFICE_ID, regionCode: '36.73', kind: 'laporan', regime: 'pilkada-2024', state: facts.machine.state,
    receiptNumber: 'TBP/36.73/2024/000012', registerNumber: facts.machine.registerNumber, receivedAt: new Date('2024-11-10T02:15:00Z'),
    knownOn: '2024-11-09', occurredOn: '2024-11-08', eventRegionCode: '36.73', eventPlace: 'Akun Instagram @fauzan.serang (Kecamatan Cipocok Jaya)',
    summary: DESCRIPTION, reported: REPORTED, reportedAgency: REPORTED.agency, assigneeId: null, duplicateOfId: null, facts, deadlines: {}, deadlinesCalendar: null,
    nextDueAt: null, overdue: false, remindedDueAt: null, open: false, noticesOwed: false, version: 9, createdAt: new Date('2024-11-10T02:15:00Z'), updatedAt: new Date('2024-11-19T03:00:00Z'),
    ...over,
  };
}

const SHA = 'ab'.repeat(32);
const ctx = (over: Partial<DocumentContext> = {}): DocumentContext => ({
  row: caseRow(laporanRecord()), office: OFFICE, officeCity: 'Serang', reporter: REPORTER,
  evidence: [{ label: 'Tangkapan layar cerita Instagram', sha256: SHA }],
  signer: { name: 'Rina Marlina, S.H.', position: 'Staf Penanganan Pelanggaran' },
  issuedAt: new Date('2024-11-19T03:30:00Z'), number: '009/XX/36.73/XI/2024',
  delegation: { fromOffice: 'Bawaslu Provinsi Banten', toOffice: 'Bawaslu Kota Serang', at: new Date('2024-11-10T07:00:00Z'), reason: 'Peristiwa terjadi di Kota Serang.' },
  ...over,
});

const EXPECTED: Record<DocumentKind, string[]> = {
  'tanda-bukti-penyampaian-laporan': ['TANDA BUKTI PENYAMPAIAN LAPORAN', 'TBP/36.73/2024/000012', REPORTER.name, 'Tangkapan layar cerita Instagram (3 lembar)', 'Rina Marlina, S.H.'],
  'pemberitahuan-kelengkapan': ['Pemberitahuan Kelengkapan Laporan', 'Sdr. Siti Rahmawati', 'Syarat materiel', 'Tautan unggahan asli belum dilampirkan', '13 November 2024 pukul 23.59 WIB'],
  'formulir-kajian-awal': ['FORMULIR KAJIAN AWAL', 'Kedudukan pelapor', 'Disampaikan dalam batas waktu', 'DIREGISTRASI', 'Pemilihan Wali Kota dan Wakil Wali Kota Serang Tahun 2024'],
  'undangan-klarifikasi': ['Undangan Klarifikasi sebagai Terlapor', 'Jumat, 15 November 2024', '09.00 WIB s.d. selesai', 'Ruang Sidang Bawaslu Kota Serang', 'netralitas ASN'],
  'berita-acara-klarifikasi': ['BERITA ACARA KLARIFIKASI', 'pukul 09.10 WIB', 'Terlapor mengakui membagikan unggahan', 'Kepala Bidang Pembinaan SMP'],
  'kajian-dugaan-pelanggaran': ['KAJIAN DUGAAN PELANGGARAN', REGISTER, 'skb2022.4', 'UU 20/2023 Pasal 9 ayat (2)', 'MERUPAKAN PELANGGARAN', 'Badan Kepegawaian Negara'],
  'pemberitahuan-status-laporan': ['PEMBERITAHUAN TENTANG STATUS LAPORAN', REGISTER, 'DITERUSKAN KEPADA INSTANSI YANG BERWENANG', '19 November 2024'],
  'pemberitahuan-pelimpahan': ['Pemberitahuan Pelimpahan Laporan', 'Sdr. Siti Rahmawati', 'dilimpahkan oleh Bawaslu Provinsi Banten kepada Bawaslu Kota Serang', 'Minggu, 10 November 2024 pukul 14.00 WIB', 'Peristiwa terjadi di Kota Serang.'],
  'surat-penerusan': ['Penerusan Pelanggaran Netralitas Aparatur Sipil Negara', 'Kepala Badan Kepegawaian Negara', 'pernyataan secara tertutup atau terbuka', 'Hukuman disiplin tingkat berat', '18 November 2024'],
};

let dir = '';
beforeAll(() => {
  if (!hasPdftotext && process.env.CI) throw new Error(`${PDFTOTEXT} (poppler-utils) is required in CI`);
  dir = mkdtempSync(join(tmpdir(), 'netra-document-input-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const run = spawnSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.replace(/\s+/g, ' ');
}

describe.skipIf(!hasPdftotext && !process.env.CI)('documents of a stored case', () => {
  it.each(DOCUMENT_KINDS)('%s: built from the case and rendered', async (kind) => {
    const input = documentInput(kind, ctx({ number: documentNumber(kind, 9, OFFICE, '2024-11-19') }));
    expect(input.kind).toBe(kind);
    const pdf = await renderDocument(input);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf, kind);
    expect(text).toContain(input.number);
    expect(text).toContain(SHA);
    for (const expected of EXPECTED[kind]) expect(text, expected).toContain(expected);
  });

  it('names the kuasa who handed the laporan over, who then signs the receipt; the status notice prints neither', async () => {
    const kuasa = { name: 'Hendra Gunawan, S.H.', address: 'Jl. Veteran No. 3, Kota Serang', phone: '0813-9999-1234', nik: '3673010101800003', powerOfAttorney: 'SKK/12/XI/2024 tanggal 9 November 2024' };
    const reporter = { ...REPORTER, representative: kuasa };
    const receipt = pdfText(await renderDocument(documentInput('tanda-bukti-penyampaian-laporan', ctx({ reporter }))), 'receipt-kuasa');
    expect(receipt).toContain('Disampaikan oleh kuasa');
    expect(receipt).toContain('Hendra Gunawan, S.H., berdasarkan surat kuasa khusus SKK/12/XI/2024 tanggal 9 November 2024');
    expect(receipt).toContain('Kuasa Pelapor');
    expect(receipt).toContain(REPORTER.name);
    // The notice to complete is the pelapor's, sent through the kuasa at the kuasa's address.
    const notice = pdfText(await renderDocument(documentInput('pemberitahuan-kelengkapan', ctx({ reporter }))), 'notice-kuasa');
    expect(notice).toContain('Sdr. Siti Rahmawati melalui kuasanya Sdr. Hendra Gunawan, S.H.');
    expect(notice).toContain('Jl. Veteran No. 3, Kota Serang');
    expect(notice).not.toContain('Ki Mas Jong');
    // The surat kuasa itself is evidence, labelled with the kuasa's name: the public notice lists
    // the evidence, and blanks the name only because it knows the kuasa.
    const evidence = [{ label: 'Surat kuasa khusus a.n. Hendra Gunawan, S.H., Jl. Veteran No. 3', sha256: SHA }];
    const status = pdfText(await renderDocument(documentInput('pemberitahuan-status-laporan', ctx({ reporter, evidence }))), 'status-kuasa');
    expect(status).toContain(SHA);
    for (const value of ['Hendra', 'Gunawan', 'Veteran']) expect(status, value).not.toContain(value);
    const unknown = pdfText(await renderDocument(documentInput('pemberitahuan-status-laporan', ctx({ evidence }))), 'status-kuasa-unknown');
    expect(unknown).toContain('Hendra Gunawan');
  });

  it('has the Ketua sign the outgoing letters, the staff member the forms; a line to write on when no Ketua is on file', async () => {
    const LETTERS = ['pemberitahuan-kelengkapan', 'undangan-klarifikasi', 'pemberitahuan-status-laporan', 'surat-penerusan', 'pemberitahuan-pelimpahan'] as const;
    for (const kind of LETTERS) {
      const text = pdfText(await renderDocument(documentInput(kind, ctx())), `head-${kind}`);
      expect(text, kind).toContain('Ketua Bawaslu Kota Serang, Fadhli Rahman, S.H.');
      const unnamed = pdfText(await renderDocument(documentInput(kind, ctx({ office: { ...OFFICE, headName: null } }))), `unnamed-${kind}`);
      expect(unnamed, kind).toContain(`Ketua Bawaslu Kota Serang, ${UNNAMED_HEAD}`);
      expect(unnamed, kind).not.toContain('Staf Penanganan Pelanggaran,');
    }
    // The invitation names the staff member as the contact person.
    expect(pdfText(await renderDocument(documentInput('undangan-klarifikasi', ctx())), 'contact')).toContain('Rina Marlina, S.H.');
    for (const kind of ['tanda-bukti-penyampaian-laporan', 'formulir-kajian-awal', 'berita-acara-klarifikasi', 'kajian-dugaan-pelanggaran'] as const) {
      const text = pdfText(await renderDocument(documentInput(kind, ctx())), `staff-${kind}`);
      expect(text, kind).toContain('Rina Marlina, S.H.');
      expect(text, kind).not.toContain('Fadhli Rahman');
    }
  });

  it('prints nothing of the pelapor on the status notice', async () => {
    const text = pdfText(await renderDocument(documentInput('pemberitahuan-status-laporan', ctx())), 'status');
    for (const value of ['Siti', 'Rahmawati', REPORTER.nik, 'Ki Mas Jong', 'example.id']) expect(text, value).not.toContain(value);
  });
});

describe('documentInput', () => {
  it('makes a notice of delegation only for a laporan that was delegated', () => {
    const never = () => documentInput('pemberitahuan-pelimpahan', ctx({ delegation: null }));
    expect(never).toThrow(DocumentNotApplicableError);
    expect(never).toThrow(/never delegated/);
    const input = documentInput('pemberitahuan-pelimpahan', ctx());
    if (input.kind !== 'pemberitahuan-pelimpahan') throw new Error('kind');
    expect(input.data.reporter).toMatchObject({ name: REPORTER.name });
    expect(input.data.signer.position).toBe('Ketua Bawaslu Kota Serang');
  });

  it('maps the case facts into each input', () => {
    const forward = documentInput('surat-penerusan', ctx());
    if (forward.kind !== 'surat-penerusan') throw new Error('kind');
    expect(forward.data.recipient.id).toBe('BKN');
    expect(forward.data.recommendedSanction).toEqual({ moral: 'tertutup-atau-terbuka', discipline: 'berat' });
    expect(forward.data.decision).toMatchObject({ decidedOn: '2024-11-18', kajianNumber: REGISTER });
    expect(forward.letterhead).toMatchObject({ officeName: 'Bawaslu Kota Serang', city: 'Serang', timeZone: 'WIB' });

    const kajian = documentInput('kajian-dugaan-pelanggaran', ctx());
    if (kajian.kind !== 'kajian-dugaan-pelanggaran') throw new Error('kind');
    expect(kajian.data.facts).toHaveLength(2);
    expect(kajian.data.facts[0]).toMatch(/^Akun Instagram/);
    expect(kajian.data.conclusion).toEqual({ kind: 'pelanggaran', violationType: 'peraturan-lainnya' });
    expect(kajian.data.registeredOn).toBe('2024-11-12');

    const status = documentInput('pemberitahuan-status-laporan', ctx());
    if (status.kind !== 'pemberitahuan-status-laporan') throw new Error('kind');
    expect(status.data).toMatchObject({ status: 'diteruskan', statusOn: '2024-11-19', statusNote: 'Diteruskan kepada Badan Kepegawaian Negara' });
    expect(status.data.reporter?.nik).toBe(REPORTER.nik);

    const invite = documentInput('undangan-klarifikasi', ctx({ invitationId: 'inv-2' }));
    if (invite.kind !== 'undangan-klarifikasi') throw new Error('kind');
    expect(invite.data.addressee).toMatchObject({ name: REPORTER.name, role: 'pelapor', address: REPORTER.address });
  });

  it('without a forward yet, routes the decided type through recipientFor', () => {
    const facts = { ...laporanRecord(), forwards: [] };
    const input = documentInput('surat-penerusan', ctx({ row: caseRow(facts, { state: 'pelanggaran' }) }));
    expect(input.kind === 'surat-penerusan' && input.data.recipient.id).toBe('BKN');
  });

  it('refuses what the case cannot support', () => {
    const temuan = caseRow(laporanRecord(), { kind: 'temuan', knownOn: null });
    expect(() => documentInput('tanda-bukti-penyampaian-laporan', ctx({ row: temuan, reporter: null }))).toThrow(DocumentNotApplicableError);

    const early = { ...laporanRecord(), kajian: null, decision: null, forwards: [] };
    const row = caseRow(early, { state: 'klarifikasi' });
    let error: unknown;
    try {
      documentInput('kajian-dugaan-pelanggaran', ctx({ row }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentNotApplicableError);
    expect((error as DocumentNotApplicableError).bilingual).toEqual({ id: 'Kajian belum dicatat', en: 'No kajian is recorded' });
    expect(() => documentInput('surat-penerusan', ctx({ row }))).toThrow(DocumentNotApplicableError);
    expect(() => documentInput('berita-acara-klarifikasi', ctx({ invitationId: 'inv-2' }))).toThrow(DocumentNotApplicableError);
    expect(() => documentInput('undangan-klarifikasi', ctx({ invitationId: 'nope' }))).toThrow(DocumentNotApplicableError);
  });

  it('numbers documents per kind, office region and month', () => {
    expect(documentNumber('tanda-bukti-penyampaian-laporan', 1, { regionCode: '36.73' }, '2024-11-10')).toBe('001/TB/36.73/XI/2024');
    expect(documentNumber('surat-penerusan', 1234, { regionCode: null }, '2025-01-02')).toBe('1234/RK/RI/I/2025');
    expect(() => documentNumber('surat-penerusan', 0, OFFICE, '2024-11-10')).toThrow(RangeError);
    expect(() => documentNumber('surat-penerusan', 1, OFFICE, '2024-13-01')).toThrow(RangeError);
  });
});
