// The effects a transition asks of the server: clocks, register numbers, notices, forwarding.
import { describe, expect, it } from 'vitest';
import { getRegime } from '../law/index.js';
import type { CaseFacts } from './case-facts.js';
import { intakeEffects } from './effects.js';
import { ACT, actor, addHours, checklist, makeFacts, NOW, OTHER_OFFICE, RECEIVED_AT } from './test-support.js';
import { decideTransition } from './transitions.js';

function effects(facts: CaseFacts, action: string, payload: unknown, role: 'penanganan' | 'pimpinan' = 'penanganan') {
  const result = decideTransition(facts, action, payload, actor(role), NOW);
  if (!result.ok) throw new Error(result.missing.map((m) => m.en).join('; '));
  return result.effects;
}

const registered = (regime = 'pilkada-2024', extra: Partial<CaseFacts> = {}) =>
  makeFacts({ regime, registeredAt: NOW, checklist: checklist({ kind: 'laporan', regime }), ...extra });
const kajian = { hasFacts: true, actCodes: [ACT], otherBasis: [], conclusion: 'pelanggaran' as const };
const decision = (types: CaseFacts['forwarded'], decidedAt = NOW) => ({ outcome: 'pelanggaran' as const, types, decidedAt, membersPresent: 3, membersTotal: 5 });
const plenary = { membersPresent: ['A', 'B', 'C'], minutesRef: 'BA-P' };

describe('clock effects', () => {
  it('intake starts kajian awal, and the decision clock where it runs from receipt (Pilkada)', () => {
    expect(intakeEffects('laporan', getRegime('pilkada-2024'), RECEIVED_AT).map((e) => e.type === 'clock' && `${e.op}:${e.clock}`)).toEqual(['start:kajianAwal', 'start:decision']);
    expect(intakeEffects('temuan', getRegime('pemilu-2024'), RECEIVED_AT).map((e) => e.type === 'clock' && `${e.op}:${e.clock}`)).toEqual(['start:kajianAwal', 'start:temuan']);
    expect(intakeEffects('informasi-awal', getRegime('pemilu-2024'), RECEIVED_AT)).toEqual([]);
  });

  it('a notice to complete pauses the clocks, starts the completion window and notifies the reporter', () => {
    const facts = makeFacts({ state: 'kajian-awal', checklist: checklist({ kind: 'laporan', regime: 'pilkada-2024' }, 'memenuhi', { bukti: 'tidak-memenuhi' }) });
    expect(effects(facts, 'minta-kelengkapan', {})).toEqual([
      { type: 'clock', op: 'pause', clock: 'kajianAwal', at: NOW },
      { type: 'clock', op: 'pause', clock: 'decision', at: NOW },
      { type: 'clock', op: 'stop', clock: 'noticeToComplete', at: NOW },
      { type: 'clock', op: 'start', clock: 'completion', at: NOW },
      { type: 'notify', to: 'pelapor', notice: 'pemberitahuan-kelengkapan' },
    ]);
    const pemilu = { ...facts, regime: 'pemilu-2024', checklist: checklist({ kind: 'laporan', regime: 'pemilu-2024' }, 'memenuhi', { bukti: 'tidak-memenuhi' }) };
    expect(effects(pemilu, 'minta-kelengkapan', {})).not.toContainEqual(expect.objectContaining({ clock: 'decision' }));
  });

  it('completion resumes what was paused', () => {
    const facts = makeFacts({ state: 'perlu-dilengkapi', completion: { requestedAt: NOW, due: addHours(NOW, 24) } });
    expect(effects(facts, 'lengkapi', { completedAt: NOW })).toEqual([
      { type: 'clock', op: 'stop', clock: 'completion', at: NOW },
      { type: 'clock', op: 'resume', clock: 'kajianAwal', at: NOW },
      { type: 'clock', op: 'resume', clock: 'decision', at: NOW },
    ]);
  });

  it('registration takes a register number and starts the Pemilu decision clock', () => {
    const pemilu = registered('pemilu-2024', { state: 'kajian-awal', registeredAt: null });
    const out = effects(pemilu, 'registrasi', {});
    expect(out).toContainEqual({ type: 'assign-register-number', officeId: pemilu.officeId, intakeKind: 'laporan', year: 2024, registeredOn: '2024-11-11' });
    expect(out).toContainEqual({ type: 'clock', op: 'start', clock: 'decision', at: NOW });
    expect(out).toContainEqual({ type: 'notify', to: 'pelapor', notice: 'pemberitahuan-status', status: 'diregistrasi' });
    const pilkada = registered('pilkada-2024', { state: 'kajian-awal', registeredAt: null });
    expect(effects(pilkada, 'registrasi', {})).not.toContainEqual(expect.objectContaining({ op: 'start', clock: 'decision' }));
  });

  it('a criminal decision starts the 1x24-hour forwarding clock; forwarding it stops the clock', () => {
    const facts = registered('pilkada-2024', { state: 'pleno', kajian });
    const out = effects(facts, 'putus-pleno', { decision: 'pelanggaran', types: ['pidana', 'peraturan-lain'], ...plenary }, 'pimpinan');
    expect(out).toContainEqual({ type: 'clock', op: 'stop', clock: 'decision', at: NOW });
    expect(out).toContainEqual({ type: 'clock', op: 'start', clock: 'criminalForwarding', at: NOW });
    const decided = registered('pilkada-2024', { state: 'pelanggaran', kajian, decision: decision(['pidana', 'peraturan-lain']) });
    expect(effects(decided, 'teruskan', { type: 'pidana', letterRef: 'S-1' })).toContainEqual({ type: 'clock', op: 'stop', clock: 'criminalForwarding', at: NOW });
  });

  it('the decision extension is used once', () => {
    expect(effects(registered('pemilu-2024', { state: 'kajian' }), 'minta-keterangan-tambahan', { reason: 'saksi' })).toEqual([
      { type: 'clock', op: 'extend', clock: 'decision', at: NOW },
    ]);
  });
});

describe('forwarding', () => {
  it('sends ASN neutrality to the recipient the law engine names (BKN after 4 Sep 2024)', () => {
    const facts = registered('pilkada-2024', { state: 'pelanggaran', kajian, decision: decision(['peraturan-lain']) });
    const result = decideTransition(facts, 'teruskan', { type: 'peraturan-lain', letterRef: 'R-1' }, actor('penanganan'), NOW);
    expect(result).toMatchObject({ ok: true, to: 'diteruskan' });
    expect(result.ok && result.effects[0]).toMatchObject({ type: 'forward', violationType: 'peraturan-lain', recipient: 'BKN', letterRef: 'R-1' });
  });

  it('sent before the switch it went to KASN', () => {
    const facts = registered('pemilu-2024', { state: 'pelanggaran', kajian, decision: decision(['peraturan-lain']) });
    const result = decideTransition(facts, 'teruskan', { type: 'peraturan-lain', letterRef: 'R-1' }, actor('penanganan'), '2024-03-01T10:00:00+07:00');
    expect(result.ok && result.effects[0]).toMatchObject({ recipient: 'KASN' });
  });

  it('stays in pelanggaran until every decided type is forwarded', () => {
    const facts = registered('pilkada-2024', { state: 'pelanggaran', kajian, decision: decision(['peraturan-lain', 'pidana']) });
    const first = decideTransition(facts, 'teruskan', { type: 'pidana', letterRef: 'G-1' }, actor('penanganan'), NOW);
    expect(first).toMatchObject({ ok: true, to: 'pelanggaran' });
    expect(first.ok && first.effects[0]).toMatchObject({ recipient: 'Gakkumdu' });
    const second = decideTransition({ ...facts, forwarded: ['pidana'] }, 'teruskan', { type: 'peraturan-lain', letterRef: 'R-1' }, actor('penanganan'), NOW);
    expect(second).toMatchObject({ ok: true, to: 'diteruskan' });
  });

  it('uses the named agency when the engine names none (a candidate under other laws)', () => {
    const facts = registered('pilkada-2024', { state: 'pelanggaran', kajian, reportedActorKind: 'candidate', decision: decision(['peraturan-lain']) });
    const result = decideTransition(facts, 'teruskan', { type: 'peraturan-lain', letterRef: 'R-1', otherRecipientName: 'Kemendagri' }, actor('penanganan'), NOW);
    expect(result.ok && result.effects[0]).toMatchObject({ recipient: null, recipientName: { id: 'Kemendagri', en: 'Kemendagri' } });
  });
});

describe('case identity', () => {
  it('delegation keeps the case and moves it to the receiving office once accepted', () => {
    const facts = makeFacts({ state: 'kajian-awal' });
    expect(effects(facts, 'limpahkan', { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: '36.03', reason: 'wilayah' }, 'pimpinan')[0]).toEqual({
      type: 'delegate', fromOfficeId: facts.officeId, toOfficeId: OTHER_OFFICE,
    });
    const pending = { ...facts, state: 'dilimpahkan' as const, delegation: { toOfficeId: OTHER_OFFICE, toOfficeRegionCode: '36.03' } };
    const accepted = decideTransition(pending, 'terima-limpahan', {}, actor('penanganan', OTHER_OFFICE), NOW);
    expect(accepted).toMatchObject({ ok: true, to: 'kajian-awal', effects: [{ type: 'transfer-office', fromOfficeId: facts.officeId, toOfficeId: OTHER_OFFICE }] });
  });

  it('a withdrawn report may live on as informasi awal; informasi awal may become a temuan', () => {
    const out = effects(makeFacts(), 'cabut', { withdrawnAt: NOW, reason: 'dicabut', jadikanInformasiAwal: true });
    expect(out).toContainEqual({ type: 'open-case', intakeKind: 'informasi-awal', sourceCaseId: makeFacts().caseId });
    const info = makeFacts({}, 'informasi-awal');
    const converted = decideTransition(info, 'jadikan-temuan', { foundOn: '2024-11-11', summary: 'penelusuran' }, actor('pengawas'), NOW);
    expect(converted).toMatchObject({ ok: true, to: 'dijadikan-temuan', effects: [{ type: 'open-case', intakeKind: 'temuan' }] });
  });
});
