// The case API schemas (core/api/cases.ts): intake bodies and their bilingual messages.
import { describe, expect, it } from 'vitest';
import { ACTION_PAYLOADS, caseDetail, intakeCreateBody, laporanCreateBody } from '../api/cases.js';

const laporan = {
  kind: 'laporan',
  regime: 'pilkada-2024',
  election: 'bupati',
  reporter: {
    name: 'Siti Aminah', birthPlace: 'Serang', birthDate: '1990-04-02', sex: 'P', occupation: 'Guru', citizenship: 'WNI',
    address: 'Jl. Veteran 1, Serang', phone: '0812-3456-7890', nik: '3604014204900001',
  },
  reportedParty: { name: 'Ahmad', nip: '198001012005011001', agency: 'Dinas Pendidikan', position: 'Kepala Sekolah', kind: 'PNS', actorKind: 'asn' },
  event: { description: 'Mengunggah foto bersama calon', place: 'Facebook', regionCode: '36.04', occurredOn: '2024-11-01', knownOn: '2024-11-03' },
  witnesses: [{ name: 'Budi' }],
  evidence: [{ description: 'Tangkapan layar', kind: 'foto' }],
  chronology: 'Pada 1 November 2024 ...',
};

describe('intake bodies', () => {
  it('accepts a laporan as on the official form', () => {
    expect(intakeCreateBody.safeParse(laporan).success).toBe(true);
  });

  it('accepts a temuan and informasi awal', () => {
    const temuan = {
      kind: 'temuan', regime: 'pemilu-2024', election: 'pemilu', finder: { name: 'Pengawas Kecamatan' }, foundOn: '2024-01-10',
      reportedParty: laporan.reportedParty, event: { ...laporan.event, occurredOn: '2024-01-09' }, chronology: 'Ditemukan saat patroli',
    };
    expect(intakeCreateBody.safeParse(temuan).success).toBe(true);
    expect(intakeCreateBody.safeParse({ kind: 'informasi-awal', regime: 'pilkada-2024', source: 'media-sosial', description: 'Unggahan ASN' }).success).toBe(true);
  });

  it('explains what is wrong in both languages', () => {
    const result = laporanCreateBody.safeParse({ ...laporan, election: 'pemilu', reporter: { ...laporan.reporter, nik: '123' }, event: { ...laporan.event, knownOn: '2024-10-01' } });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toContain('reporter.nik: NIK harus 16 angka / NIK must be 16 digits');
    expect(messages.some((m) => m.startsWith('event.knownOn: Tanggal diketahui'))).toBe(true);
    expect(messages.some((m) => m.startsWith('election: Jenis pemilihan tidak sesuai rezim'))).toBe(true);
    for (const m of messages) expect(m).toContain(' / ');
  });

  it('takes a link to a post as http(s) only, trimmed, and refuses any other scheme in both languages', () => {
    const withLink = (url: string) => laporanCreateBody.safeParse({ ...laporan, evidence: [{ description: 'Unggahan', kind: 'tautan', url }] });
    const ok = withLink('  https://www.facebook.com/share/p/1AbCdE/ ');
    expect(ok.success && ok.data.evidence[0]!.url).toBe('https://www.facebook.com/share/p/1AbCdE/');
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.id/a', 'bukan tautan', `https://x.id/${'a'.repeat(2000)}`]) {
      const result = withLink(url);
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['evidence', 0, 'url'], message: expect.stringMatching(/^Tautan .+ \/ .*link/) });
    }
  });

  it('re-exports the action payloads', () => {
    expect(Object.keys(ACTION_PAYLOADS)).toHaveLength(21);
    expect(ACTION_PAYLOADS.cabut.parse({ withdrawnAt: '2024-11-11T10:00:00+07:00', reason: 'x' }).jadikanInformasiAwal).toBe(false);
  });

  it('has an OpenAPI id on the detail', () => {
    expect(caseDetail.meta()?.id).toBe('CaseDetail');
  });
});
