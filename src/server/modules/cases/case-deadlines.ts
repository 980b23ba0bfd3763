// The deadlines of one case, from the law engine, with the pauses the workflow recorded, and the
// one that matters next for the deadline board and the sweep.
import type { CaseState, DecisionClocks } from '../../../core/cases/index.js';
import { computeCaseDeadlines, computeDeadline, getRegime, type Calendar, type CaseDeadlines } from '../../../core/law/index.js';
import type { CaseRecord } from './case-record.js';

/** National offices have no region; their clocks run in the event's region, else Jakarta (WIB). */
export function clockRegion(officeRegionCode: string | null, eventRegionCode: string | null): string {
  return officeRegionCode ?? eventRegionCode ?? '31';
}

export function caseDeadlines(record: CaseRecord, regionCode: string, calendar: Calendar): CaseDeadlines | null {
  const m = record.machine;
  if (m.kind === 'informasi-awal') return null;
  const regime = getRegime(m.regime);
  const knownOn = record.knownOn ?? record.foundOn ?? m.receivedAt.slice(0, 10);
  const result = computeCaseDeadlines(
    {
      regime: m.regime,
      regionCode,
      knownOn,
      receivedAt: m.receivedAt,
      ...(m.registeredAt ? { registeredAt: m.registeredAt } : {}),
      ...(m.decision ? { decidedAt: m.decision.decidedAt } : {}),
      extended: m.decisionExtended,
      ...(record.foundOn ? { foundOn: record.foundOn } : {}),
    },
    calendar,
    regime,
  );
  const pauses = record.pauses.filter((p): p is { from: string; to: string } => p.to !== null);
  if (pauses.length === 0) return result;
  // Days spent waiting for the reporter do not count (the clock is tolled, then resumes).
  const tolled = (clock: 'kajianAwal' | 'decision') => {
    const rule = regime.clocks[clock];
    const entry = result[clock];
    const d = computeDeadline(rule, { regionCode, anchorDate: entry.anchorDate, extended: clock === 'decision' && m.decisionExtended, pauses, workWeek: regime.workWeek }, calendar);
    return { ...entry, lastDay: d.lastDay, due: d.due };
  };
  return {
    ...result,
    kajianAwal: tolled('kajianAwal'),
    decision: result.decision.anchor === 'receivedAt' ? { ...result.decision, ...tolled('decision') } : result.decision,
  };
}

const PRE_REGISTRATION: CaseState[] = ['diterima', 'kajian-awal'];
const HANDLING: CaseState[] = ['diregistrasi', 'klarifikasi', 'kajian', 'pleno'];

/** The stored deadlines a workflow rule weighs (core's DecisionClocks); none for informasi awal. */
export function decisionClocks(row: { deadlines: unknown }): DecisionClocks {
  const filing = (row.deadlines as Partial<CaseDeadlines> | null)?.filing;
  return filing ? { filing: { lastDay: filing.lastDay, onTime: filing.onTime } } : {};
}

/** Clocks that run in a state, in the order they matter. */
export function runningClocks(state: CaseState, record: CaseRecord, d: CaseDeadlines): { clock: string; due: string }[] {
  const paused = record.pauses.some((p) => p.to === null);
  const out: { clock: string; due: string }[] = [];
  if (PRE_REGISTRATION.includes(state) && !paused) {
    out.push({ clock: 'kajianAwal', due: d.kajianAwal.due });
    if (d.decision.anchor === 'receivedAt') out.push({ clock: 'decision', due: d.decision.due });
  }
  if (state === 'perlu-dilengkapi' && record.machine.completion?.due) out.push({ clock: 'completion', due: record.machine.completion.due });
  if (HANDLING.includes(state)) out.push({ clock: 'decision', due: d.decision.due });
  const criminal = record.machine.decision?.types.includes('pidana') ?? false;
  if (state === 'pelanggaran' && criminal && d.criminalForwarding && !record.forwards.some((f) => f.type === 'pidana')) {
    out.push({ clock: 'criminalForwarding', due: d.criminalForwarding.due });
  }
  return out.sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
}

export type ClockStatus = 'tepat-waktu' | 'jatuh-tempo-hari-ini' | 'terlambat';

/** On time, due today (local day of the office), or overdue. */
export function clockStatus(due: string, now: Date, utcOffsetMinutes: number): ClockStatus {
  const dueMs = Date.parse(due);
  if (now.getTime() > dueMs) return 'terlambat';
  const day = (ms: number) => new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  return day(now.getTime()) === day(dueMs) ? 'jatuh-tempo-hari-ini' : 'tepat-waktu';
}
