import { describe, expect, it } from 'vitest';
import { assessChecklist, checklistFor } from './requirements.js';
import { CASE_STATES, STATES, statisticsOf, TERMINAL_STATES } from './states.js';

describe('kajian awal checklist', () => {
  it('cites Perbawaslu 7/2022 Pasal 15 for a Pemilu laporan', () => {
    const items = checklistFor('laporan', 'pemilu');
    expect(items.map((i) => `${i.group}:${i.id}`)).toEqual([
      'formal:identitas-pelapor', 'formal:kedudukan-pelapor', 'formal:terlapor', 'formal:tepat-waktu',
      'materiil:waktu-tempat', 'materiil:uraian-kejadian', 'materiil:bukti',
    ]);
    expect(items.find((i) => i.id === 'bukti')?.citation).toBe('Perbawaslu 7/2022 Pasal 15 ayat (4) huruf c');
    expect(items.find((i) => i.id === 'terlapor')?.citation).toBe('Perbawaslu 7/2022 Pasal 15 ayat (3) huruf b');
  });

  it('flags every Pilkada item whose Perbawaslu article was not read', () => {
    for (const item of checklistFor('laporan', 'pilkada')) expect(item.flag).toBeDefined();
  });

  it('a temuan has a finder and a time found instead of a reporter', () => {
    const ids = checklistFor('temuan', 'pemilu').map((i) => i.id);
    expect(ids).toContain('penemu');
    expect(ids).toContain('waktu-ditemukan');
    expect(ids).not.toContain('identitas-pelapor');
  });

  it('reads outcomes: met, to complete, not registrable, unfinished', () => {
    const all = (result: 'memenuhi' | 'tidak-memenuhi') => checklistFor('laporan', 'pemilu').map((i) => ({ itemId: i.id, result }));
    expect(assessChecklist('laporan', 'pemilu', all('memenuhi')).outcome).toBe('memenuhi');
    const withEvidenceMissing = all('memenuhi').map((e) => (e.itemId === 'bukti' ? { ...e, result: 'tidak-memenuhi' as const } : e));
    expect(assessChecklist('laporan', 'pemilu', withEvidenceMissing).outcome).toBe('perlu-dilengkapi');
    expect(assessChecklist('laporan', 'pemilu', [{ itemId: 'tepat-waktu', result: 'tidak-memenuhi' }]).outcome).toBe('tidak-dapat-diregistrasi');
    const unfinished = assessChecklist('laporan', 'pemilu', [{ itemId: 'bukti', result: 'memenuhi' }]);
    expect(unfinished.outcome).toBe('belum-selesai');
    expect(unfinished.unassessed).toHaveLength(6);
  });

  it('the last entry of an item wins', () => {
    const a = assessChecklist('laporan', 'pemilu', [{ itemId: 'bukti', result: 'tidak-memenuhi' }, { itemId: 'bukti', result: 'memenuhi' }]);
    expect(a.items.find((i) => i.item.id === 'bukti')?.result).toBe('memenuhi');
  });
});

describe('states and statistics', () => {
  it('every state has both labels and one phase', () => {
    for (const s of CASE_STATES) {
      expect(STATES[s].label.id && STATES[s].label.en).toBeTruthy();
      expect(['open', 'terminal']).toContain(STATES[s].phase);
    }
    expect(TERMINAL_STATES).toEqual(['dijadikan-temuan', 'diarsipkan', 'tidak-diregistrasi', 'dicabut', 'duplikat', 'diteruskan', 'bukan-pelanggaran']);
  });

  it("counts laporan and temuan in Bawaslu's buckets, informasi awal nowhere", () => {
    expect(statisticsOf('kajian-awal', 'laporan')).toEqual(['diterima', 'belum-diregistrasi']);
    expect(statisticsOf('klarifikasi', 'temuan')).toEqual(['diterima', 'diregistrasi', 'masih-dalam-proses']);
    expect(statisticsOf('diteruskan', 'laporan')).toEqual(['diterima', 'diregistrasi', 'pelanggaran']);
    expect(statisticsOf('bukan-pelanggaran', 'laporan')).toEqual(['diterima', 'diregistrasi', 'bukan-pelanggaran']);
    expect(statisticsOf('tidak-diregistrasi', 'laporan')).toEqual(['diterima', 'tidak-diregistrasi']);
    expect(statisticsOf('dilimpahkan', 'informasi-awal')).toEqual([]);
  });
});
