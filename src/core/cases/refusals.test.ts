// Illegal transitions: each refusal has a stable code and says what is missing in both languages.
import { describe, expect, it } from 'vitest';
import { CASE_ACTIONS } from './actions.js';
import type { CaseFacts } from './case-facts.js';
import { ACT, actor, addHours, checklist, makeFacts, NOW, OFFICE, OTHER_OFFICE } from './test-support.js';
import { decideTransition, type TransitionDecision } from './transitions.js';
import type { Actor } from './rule-types.js';

const all = checklist({ kind: 'laporan', regime: 'pilkada-2024' });
const registered = { registeredAt: NOW, checklist: all };
const kajian = { hasFacts: true, actCodes: [ACT], otherBasis: [], conclusion: 'pelanggaran' as const };
const pleno = (types: CaseFacts['forwarded'], extra: Partial<CaseFacts> = {}) =>
  makeFacts({ ...registered, kajian, state: 'pelanggaran', decision: { outcome: 'pelanggaran', types, decidedAt: NOW, membersPresent: 3, membersTotal: 5 }, ...extra });
const decide = (facts: CaseFacts, action: string, payload: unknown, by: Actor = actor('penanganan')) =>
  decideTransition(facts, action, payload, by, NOW);

function refused(result: TransitionDecision) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.to}`);
  expect(result.missing.length).toBeGreaterThan(0);
  for (const m of result.missing) {
    expect(m.id.length).toBeGreaterThan(0);
    expect(m.en.length).toBeGreaterThan(0);
    expect(m.id).not.toBe(m.en);
  }
  return result;
}

interface Case {
  name: string;
  facts: CaseFacts;
  action: string;
  payload?: unknown;
  by?: Actor;
  code: string;
  key: string;
}

const CASES: Case[] = [
  { name: 'unknown action', facts: makeFacts(), action: 'tolak-laporan', code: 'UNKNOWN_ACTION', key: 'tindakan' },
  { name: 'registration straight from diterima', facts: makeFacts({ checklist: all }), action: 'registrasi', code: 'STATE_NOT_ALLOWED', key: 'status' },
  { name: 'withdrawal after registration', facts: makeFacts({ ...registered, state: 'klarifikasi' }), action: 'cabut', payload: { withdrawnAt: NOW, reason: 'x' }, code: 'STATE_NOT_ALLOWED', key: 'status.cabut-setelah-registrasi' },
  { name: 'notice to complete for a temuan', facts: makeFacts({ state: 'kajian-awal' }, 'temuan'), action: 'minta-kelengkapan', code: 'KIND_NOT_ALLOWED', key: 'jenis' },
  { name: 'pleno decision by staff', facts: makeFacts({ ...registered, kajian, state: 'pleno' }), action: 'putus-pleno', code: 'ROLE_NOT_ALLOWED', key: 'peran' },
  { name: 'delegation by staff', facts: makeFacts(), action: 'limpahkan', code: 'ROLE_NOT_ALLOWED', key: 'peran' },
  { name: 'another office', facts: makeFacts(), action: 'mulai-kajian-awal', by: actor('penanganan', OTHER_OFFICE), code: 'WRONG_OFFICE', key: 'kantor' },
  { name: 'accepting a delegation meant for another office', facts: makeFacts({ state: 'dilimpahkan', delegation: { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: null } }), action: 'terima-limpahan', code: 'WRONG_OFFICE', key: 'kantor' },
  { name: 'terminal state', facts: pleno(['peraturan-lain'], { state: 'diteruskan', forwarded: ['peraturan-lain'] }), action: 'teruskan', payload: { type: 'peraturan-lain', letterRef: 'x' }, code: 'TERMINAL_STATE', key: 'status.selesai' },
  { name: 'registration with an unassessed item', facts: makeFacts({ state: 'kajian-awal', checklist: all.filter((e) => e.itemId !== 'bukti') }), action: 'registrasi', code: 'PRECONDITION_FAILED', key: 'syarat.bukti.belum-dinilai' },
  { name: 'registration with an unmet item', facts: makeFacts({ state: 'kajian-awal', checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { terlapor: 'tidak-memenuhi' }) }), action: 'registrasi', code: 'PRECONDITION_FAILED', key: 'syarat.terlapor.tidak-memenuhi' },
  { name: 'not registering what can still be completed', facts: makeFacts({ state: 'kajian-awal', checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { bukti: 'tidak-memenuhi' }) }), action: 'tidak-registrasi', payload: { reason: 'x' }, code: 'PRECONDITION_FAILED', key: 'kelengkapan.belum-diminta' },
  { name: 'not registering a complete report', facts: makeFacts({ state: 'kajian-awal', checklist: all }), action: 'tidak-registrasi', payload: { reason: 'x' }, code: 'PRECONDITION_FAILED', key: 'syarat.semua-memenuhi' },
  { name: 'not registering while the completion window runs', facts: makeFacts({ state: 'perlu-dilengkapi', completion: { requestedAt: NOW, due: addHours(NOW, 24) } }), action: 'tidak-registrasi', payload: { reason: 'x' }, code: 'PRECONDITION_FAILED', key: 'kelengkapan.masih-berjalan' },
  { name: 'notice to complete when the report is out of time', facts: makeFacts({ state: 'kajian-awal', checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { 'tepat-waktu': 'tidak-memenuhi' }) }), action: 'minta-kelengkapan', code: 'PRECONDITION_FAILED', key: 'syarat.tepat-waktu.tidak-memenuhi' },
  { name: 'a second notice to complete', facts: makeFacts({ state: 'kajian-awal', completion: { requestedAt: NOW, due: NOW }, checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { bukti: 'tidak-memenuhi' }) }), action: 'minta-kelengkapan', code: 'PRECONDITION_FAILED', key: 'kelengkapan.sudah-diminta' },
  { name: 'completion after the deadline', facts: makeFacts({ state: 'perlu-dilengkapi', completion: { requestedAt: addHours(NOW, -72), due: addHours(NOW, -24) } }), action: 'lengkapi', payload: { completedAt: NOW }, code: 'PRECONDITION_FAILED', key: 'kelengkapan.lewat-waktu' },
  { name: 'kajian before the reported party is invited', facts: makeFacts({ ...registered, state: 'klarifikasi' }), action: 'mulai-kajian', code: 'PRECONDITION_FAILED', key: 'klarifikasi.terlapor-belum-diundang' },
  { name: 'pleno without a kajian', facts: makeFacts({ ...registered, state: 'kajian' }), action: 'ajukan-pleno', payload: { scheduledAt: NOW }, code: 'PRECONDITION_FAILED', key: 'kajian.belum-dicatat' },
  { name: 'pleno without quorum', facts: makeFacts({ ...registered, kajian, state: 'pleno' }), action: 'putus-pleno', payload: { decision: 'bukan-pelanggaran', reason: 'x', membersPresent: ['A', 'B'], minutesRef: 'BA' }, by: actor('pimpinan'), code: 'PRECONDITION_FAILED', key: 'pleno.kuorum' },
  { name: 'ASN violation without a catalogue act', facts: makeFacts({ ...registered, kajian: { ...kajian, actCodes: [], otherBasis: ['PP 94/2021'] }, state: 'pleno' }), action: 'putus-pleno', payload: { decision: 'pelanggaran', types: ['peraturan-lain'], membersPresent: ['A', 'B', 'C'], minutesRef: 'BA' }, by: actor('pimpinan'), code: 'PRECONDITION_FAILED', key: 'kajian.dasar-katalog' },
  { name: 'forwarding a type the pleno did not decide', facts: pleno(['peraturan-lain']), action: 'teruskan', payload: { type: 'pidana', letterRef: 'x' }, code: 'PRECONDITION_FAILED', key: 'penerusan.bukan-putusan' },
  { name: 'forwarding with no recipient named', facts: pleno(['peraturan-lain'], { reportedActorKind: 'candidate' }), action: 'teruskan', payload: { type: 'peraturan-lain', letterRef: 'x' }, code: 'PRECONDITION_FAILED', key: 'penerusan.penerima' },
  { name: 'delegating to the same office', facts: makeFacts(), action: 'limpahkan', payload: { toOfficeId: OFFICE, toOfficeRegionCode: '36.04', reason: 'x' }, by: actor('pimpinan'), code: 'PRECONDITION_FAILED', key: 'pelimpahan.kantor-sama' },
  { name: 'a second extension', facts: makeFacts({ ...registered, state: 'kajian', decisionExtended: true }), action: 'minta-keterangan-tambahan', payload: { reason: 'x' }, code: 'PRECONDITION_FAILED', key: 'perpanjangan.sudah' },
  { name: 'an unmet item without a note', facts: makeFacts({ state: 'kajian-awal' }), action: 'nilai-syarat', payload: { entries: [{ itemId: 'bukti', result: 'tidak-memenuhi' }] }, code: 'INVALID_PAYLOAD', key: 'payload.entries.0.note' },
  { name: 'an unknown checklist item', facts: makeFacts({ state: 'kajian-awal' }), action: 'nilai-syarat', payload: { entries: [{ itemId: 'ktp', result: 'memenuhi' }] }, code: 'PRECONDITION_FAILED', key: 'syarat.ktp.tidak-dikenal' },
  { name: 'a withdrawal without reason', facts: makeFacts(), action: 'cabut', payload: { withdrawnAt: NOW }, code: 'INVALID_PAYLOAD', key: 'payload.reason' },
];

describe('decideTransition refusals', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = refused(decide(c.facts, c.action, c.payload ?? {}, c.by));
    expect(result.code).toBe(c.code);
    expect(result.missing.map((m) => m.key)).toContain(c.key);
  });

  it("names the missing requirement in both languages", () => {
    const facts = makeFacts({ state: 'kajian-awal', checklist: all.filter((e) => e.itemId !== 'bukti') });
    const result = refused(decide(facts, 'registrasi', {}));
    expect(result.missing).toContainEqual({
      key: 'syarat.bukti.belum-dinilai',
      id: "Kajian awal belum lengkap: syarat materiil 'Bukti' belum dinilai",
      en: "Preliminary analysis incomplete: material requirement 'Evidence' has not been assessed",
    });
  });

  it('reports the quorum arithmetic', () => {
    const facts = makeFacts({ ...registered, kajian, state: 'pleno', officeMemberCount: 3 });
    const result = refused(decide(facts, 'putus-pleno', { decision: 'bukan-pelanggaran', reason: 'x', membersPresent: ['A'], minutesRef: 'BA' }, actor('pimpinan')));
    expect(result.missing[0]?.id).toBe('Kuorum pleno tidak terpenuhi: hadir 1 dari 3 anggota, minimal 2');
  });

  it('names the completion deadline as a date and time in the office zone, not as an ISO instant', () => {
    // Due at the end of Tuesday 12 November 2024, WIB (Kabupaten Serang, 36.04).
    const due = '2024-11-12T23:59:59+07:00';
    const open = refused(decide(makeFacts({ state: 'perlu-dilengkapi', completion: { requestedAt: NOW, due } }), 'tidak-registrasi', { reason: 'x' }));
    expect(open.missing[0]).toMatchObject({
      key: 'kelengkapan.masih-berjalan',
      id: 'Batas waktu melengkapi laporan belum lewat (sampai Selasa, 12 November 2024 pukul 23.59 WIB)',
      en: 'The window to complete the report has not passed (until Tuesday, 12 November 2024 at 23:59 WIB)',
    });
    const late = refused(decide(makeFacts({ state: 'perlu-dilengkapi', completion: { requestedAt: NOW, due: '2024-11-10T23:59:59+07:00' } }), 'lengkapi', { completedAt: NOW }));
    expect(late.missing[0]?.id).toBe('Laporan dilengkapi setelah batas waktu (Minggu, 10 November 2024 pukul 23.59 WIB); laporan tidak diregistrasi');
    // An office in WITA (Kota Makassar, 73.71) reads the same instant an hour later.
    const makassar = refused(decide(makeFacts({ state: 'perlu-dilengkapi', officeRegionCode: '73.71', completion: { requestedAt: NOW, due } }), 'tidak-registrasi', { reason: 'x' }));
    expect(makassar.missing[0]?.en).toContain('until Wednesday, 13 November 2024 at 00:59 WITA');
  });

  it('splits bilingual validation messages', () => {
    const result = refused(decide(makeFacts(), 'cabut', { withdrawnAt: 'kemarin', reason: 'x' }));
    expect(result.missing[0]).toMatchObject({ key: 'payload.withdrawnAt', en: expect.stringContaining('invalid time') });
    expect(result.missing[0]?.id).toContain('Waktu tidak valid');
  });

  it.each(['bkn', 'ppk', 'gakkumdu', 'datin', 'pencegahan', 'administrator'] as const)('role %s takes no case action', (role) => {
    for (const action of CASE_ACTIONS) {
      expect(decide(makeFacts(), action, {}, actor(role))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    }
  });
});
