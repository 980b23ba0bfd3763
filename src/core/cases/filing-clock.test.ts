// The kajian awal weighs the law engine's filing clock: a laporan that came in after the last day
// (UU 7/2017 Pasal 454 ayat (6); UU 10/2016 Pasal 134 ayat (4)) may be judged in time only with a
// note saying why.
import { describe, expect, it } from 'vitest';
import type { IntakeKind } from './intake.js';
import { actor, makeFacts, NOW } from './test-support.js';
import { decideTransition, type TransitionDecision } from './transitions.js';
import type { DecisionClocks } from './rule-types.js';

const LATE: DecisionClocks = { filing: { lastDay: '2024-11-08', onTime: false } };
const IN_TIME: DecisionClocks = { filing: { lastDay: '2024-11-18', onTime: true } };
const assess = (inTime: { result: string; note?: string }, clocks: DecisionClocks, kind: IntakeKind = 'laporan'): TransitionDecision =>
  decideTransition(makeFacts({ state: 'kajian-awal' }, kind), 'nilai-syarat', { entries: [{ itemId: 'tepat-waktu', ...inTime }] }, actor('penanganan'), NOW, clocks);

describe('kajian awal against the filing clock', () => {
  it('refuses a late laporan assessed as in time without a note, naming the last day in both languages', () => {
    const d = assess({ result: 'memenuhi' }, LATE);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.code).toBe('PRECONDITION_FAILED');
    expect(d.missing).toEqual([
      expect.objectContaining({
        key: 'syarat.tepat-waktu.catatan',
        id: expect.stringContaining('setelah batas Jumat, 8 November 2024'),
        en: expect.stringContaining('after the last day, Friday, 8 November 2024'),
      }),
    ]);
  });

  it('accepts it with a note, and accepts the late laporan assessed as not in time', () => {
    expect(assess({ result: 'memenuhi', note: 'Tanggal diketahui dikoreksi: 12 November 2024 (BA klarifikasi).' }, LATE).ok).toBe(true);
    expect(assess({ result: 'tidak-memenuhi', note: 'Lewat 7 hari.' }, LATE).ok).toBe(true);
    expect(assess({ result: 'belum-dinilai' }, LATE).ok).toBe(true);
  });

  it('asks nothing more when the laporan came in on time, when no clock was computed, or of a temuan', () => {
    expect(assess({ result: 'memenuhi' }, IN_TIME).ok).toBe(true);
    expect(assess({ result: 'memenuhi' }, {}).ok).toBe(true);
    expect(assess({ result: 'memenuhi' }, LATE, 'temuan').ok).toBe(true);
  });
});
