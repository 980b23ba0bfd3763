// Every edge of the state graph, taken once with facts and a payload that satisfy it.
import { describe, expect, it } from 'vitest';
import { stateGraph, type CaseAction } from './actions.js';
import type { CaseFacts, ViolationType } from './case-facts.js';
import type { Actor } from './rule-types.js';
import type { CaseState } from './states.js';
import { ACT, actor, addHours, checklist, makeFacts, NOW, OTHER_CASE_ID, OTHER_OFFICE } from './test-support.js';
import { decideTransition } from './transitions.js';

interface Scenario {
  facts: CaseFacts;
  payload: unknown;
  by?: Actor;
}

const PENDING = '30000000-0000-4000-8000-00000000aaaa';
const heard = { attended: true, minutesRecorded: true };
const kajian = { hasFacts: true, actCodes: [ACT], otherBasis: [], conclusion: 'pelanggaran' as const };
const decided = (types: ViolationType[]) => ({
  outcome: 'pelanggaran' as const, types, decidedAt: NOW, membersPresent: 3, membersTotal: 5,
});

/** Facts and payload that make `action` go from `from` to `to`. */
function scenario(action: CaseAction, from: CaseState, to: CaseState): Scenario {
  const kind = from === 'informasi-awal' || to === 'informasi-awal' || action === 'jadikan-temuan' || action === 'arsipkan' ? 'informasi-awal' : 'laporan';
  const f = (extra: Partial<CaseFacts> = {}) => makeFacts({ state: from, ...extra }, kind);
  const all = checklist({ kind: 'laporan', regime: 'pilkada-2024' });
  const registered = { registeredAt: NOW, checklist: all };
  switch (action) {
    case 'mulai-kajian-awal': return { facts: f(), payload: {} };
    case 'nilai-syarat': return { facts: f(), payload: { entries: [{ itemId: 'bukti', result: 'memenuhi' }] } };
    case 'minta-kelengkapan':
      return { facts: f({ checklist: checklist({ kind, regime: 'pilkada-2024' }, 'memenuhi', { bukti: 'tidak-memenuhi' }) }), payload: { letterRef: 'S-01' } };
    case 'lengkapi':
      return { facts: f({ completion: { requestedAt: NOW, due: addHours(NOW, 48) } }), payload: { completedAt: addHours(NOW, -1) } };
    case 'cabut': return { facts: f(), payload: { withdrawnAt: NOW, reason: 'Pelapor mencabut' } };
    case 'registrasi': return { facts: f({ checklist: all }), payload: {} };
    case 'tidak-registrasi':
      return from === 'perlu-dilengkapi'
        ? { facts: f({ completion: { requestedAt: addHours(NOW, -72), due: addHours(NOW, -1) } }), payload: { reason: 'Tidak dilengkapi' } }
        : { facts: f({ checklist: checklist({ kind, regime: 'pilkada-2024' }, 'memenuhi', { 'tepat-waktu': 'tidak-memenuhi' }) }), payload: { reason: 'Lewat waktu' } };
    case 'tandai-duplikat': return { facts: f(), payload: { duplicateOfCaseId: OTHER_CASE_ID } };
    case 'limpahkan':
      return { facts: f(), payload: { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: '36.03', reason: 'Kewenangan wilayah' }, by: actor('pimpinan') };
    case 'terima-limpahan':
      return { facts: f({ delegation: { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: '36.03' } }), payload: {}, by: actor('penanganan', OTHER_OFFICE) };
    case 'undang-klarifikasi':
      return { facts: f(registered), payload: { invitations: [{ party: 'terlapor', name: 'Ani', scheduledAt: addHours(NOW, 24), place: 'Kantor Bawaslu' }] } };
    case 'catat-klarifikasi':
      return {
        facts: f({ ...registered, invitations: [{ id: PENDING, party: 'terlapor', name: 'Ani', hearing: null }] }),
        payload: { invitationId: PENDING, heldAt: NOW, attended: true, minutesRef: 'BA-01' },
      };
    case 'minta-keterangan-tambahan': return { facts: f(registered), payload: { reason: 'Perlu keterangan saksi' } };
    case 'mulai-kajian':
      return { facts: f({ ...registered, invitations: [{ id: PENDING, party: 'terlapor', name: 'Ani', hearing: heard }] }), payload: {} };
    case 'catat-kajian':
      return { facts: f(registered), payload: { facts: 'Fakta', actCodes: [ACT], conclusion: 'pelanggaran', proposedTypes: ['peraturan-lain'] } };
    case 'ajukan-pleno': return { facts: f({ ...registered, kajian }), payload: { scheduledAt: addHours(NOW, 24) } };
    case 'kembalikan-kajian': return { facts: f({ ...registered, kajian }), payload: { reason: 'Tambah fakta' }, by: actor('pimpinan') };
    case 'putus-pleno':
      return {
        facts: f({ ...registered, kajian }),
        payload:
          to === 'pelanggaran'
            ? { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['A', 'B', 'C'], minutesRef: 'BA-P1' }
            : { decision: 'bukan-pelanggaran', reason: 'Tidak terbukti', membersPresent: ['A', 'B', 'C'], minutesRef: 'BA-P1' },
        by: actor('pimpinan'),
      };
    case 'teruskan':
      return {
        facts: f({ ...registered, kajian, decision: decided(to === 'diteruskan' ? ['peraturan-lain'] : ['peraturan-lain', 'pidana']) }),
        payload: { type: 'peraturan-lain', letterRef: 'R-01' },
      };
    case 'jadikan-temuan': return { facts: f(), payload: { foundOn: '2024-11-11', summary: 'Hasil penelusuran' }, by: actor('pengawas') };
    case 'arsipkan': return { facts: f(), payload: { reason: 'Tidak cukup informasi' } };
  }
}

describe('decideTransition: every legal edge', () => {
  const edges = stateGraph();

  it('covers every action', () => {
    expect(new Set(edges.map((e) => e.action)).size).toBe(21);
  });

  it.each(edges.map((e) => [e.from, e.action, e.to] as const))('%s --%s--> %s', (from, action, to) => {
    const { facts, payload, by } = scenario(action, from, to);
    const result = decideTransition(facts, action, payload, by ?? actor('penanganan'), NOW);
    if (!result.ok) throw new Error(`${result.code}: ${result.missing.map((m) => m.en).join('; ')}`);
    expect(result.from).toBe(from);
    expect(result.to).toBe(to);
  });
});
