import { describe, expect, it } from 'vitest';
import { ACT, checklist, makeFacts, NOW, OFFICE, OTHER_OFFICE } from './test-support.js';
import { availableActions } from './transitions.js';

const names = (list: ReturnType<typeof availableActions>) => list.map((a) => `${a.action}${a.enabled ? '' : '?'}`);

describe('availableActions', () => {
  it('shows viewers nothing', () => {
    for (const role of ['bkn', 'ppk', 'gakkumdu'] as const) expect(availableActions(makeFacts(), role, NOW, OFFICE)).toEqual([]);
  });

  it('offers registration disabled, with what is missing, until the kajian awal is complete', () => {
    const facts = makeFacts({ state: 'kajian-awal', checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { bukti: 'belum-dinilai' }) });
    const list = availableActions(facts, 'penanganan', NOW, OFFICE);
    expect(names(list)).toEqual(['nilai-syarat', 'minta-kelengkapan?', 'cabut', 'registrasi?', 'tidak-registrasi?', 'tandai-duplikat']);
    expect(list.find((a) => a.action === 'registrasi')?.missing.map((m) => m.key)).toEqual(['syarat.bukti.belum-dinilai']);
    const complete = { ...facts, checklist: checklist(facts) };
    expect(availableActions(complete, 'penanganan', NOW, OFFICE).find((a) => a.action === 'registrasi')?.enabled).toBe(true);
  });

  it('gives the pleno decision to members only', () => {
    const facts = makeFacts({ state: 'pleno', registeredAt: NOW, kajian: { hasFacts: true, actCodes: [ACT], otherBasis: [], conclusion: 'pelanggaran' } });
    expect(names(availableActions(facts, 'pimpinan', NOW, OFFICE))).toEqual(['kembalikan-kajian', 'putus-pleno']);
    expect(names(availableActions(facts, 'penanganan', NOW, OFFICE))).toEqual([]);
  });

  it('hides actions from another office, and offers a pending delegation to the receiving one', () => {
    const facts = makeFacts({ state: 'dilimpahkan', delegation: { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: '36.03' } });
    expect(availableActions(facts, 'penanganan', NOW, OFFICE)).toEqual([]);
    expect(names(availableActions(facts, 'penanganan', NOW, OTHER_OFFICE))).toEqual(['terima-limpahan']);
  });

  it('lets a supervisor turn informasi awal into a temuan', () => {
    expect(names(availableActions(makeFacts({}, 'informasi-awal'), 'pengawas', NOW, OFFICE))).toEqual(['jadikan-temuan']);
  });
});
