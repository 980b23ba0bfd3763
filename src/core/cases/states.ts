// The states of a case (perkara) and how each one counts in Bawaslu's public statistics, which
// use exactly: diterima, diregistrasi, tidak diregistrasi, belum diregistrasi, pelanggaran,
// bukan pelanggaran, masih dalam proses (domain reference 1.8). Informasi awal is neither a
// laporan nor a temuan and is not counted.
import type { IntakeKind } from './intake.js';
import type { Bilingual } from './text.js';

export const CASE_STATES = [
  'informasi-awal', // initial information under penelusuran (tracing)
  'dijadikan-temuan', // converted into a temuan (a new case carries on)
  'diarsipkan', // filed without follow-up
  'diterima', // received, receipt issued
  'kajian-awal', // preliminary analysis of formal and material requirements
  'perlu-dilengkapi', // reporter told to complete the report; clocks paused
  'dilimpahkan', // delegated (pelimpahan), waiting for the receiving office
  'tidak-diregistrasi', // not registered (requirements not met, out of time)
  'dicabut', // withdrawn by the reporter before registration
  'duplikat', // the same matter as another case
  'diregistrasi', // entered in the register book; handling clock runs
  'klarifikasi', // hearings of reporter, reported party, witnesses, experts
  'kajian', // legal analysis (kajian dugaan pelanggaran)
  'pleno', // before the plenary meeting (rapat pleno)
  'pelanggaran', // decided a violation; forwarding pending
  'diteruskan', // forwarded to every competent recipient
  'bukan-pelanggaran', // decided not a violation: handling stopped (dihentikan)
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const STATISTICS = [
  'diterima',
  'diregistrasi',
  'tidak-diregistrasi',
  'belum-diregistrasi',
  'pelanggaran',
  'bukan-pelanggaran',
  'masih-dalam-proses',
] as const;
export type Statistic = (typeof STATISTICS)[number];

export const STATISTIC_LABELS: Record<Statistic, Bilingual> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diregistrasi: { id: 'Diregistrasi', en: 'Registered' },
  'tidak-diregistrasi': { id: 'Tidak diregistrasi', en: 'Not registered' },
  'belum-diregistrasi': { id: 'Belum diregistrasi', en: 'Not yet registered' },
  pelanggaran: { id: 'Pelanggaran', en: 'Violation' },
  'bukan-pelanggaran': { id: 'Bukan pelanggaran', en: 'Not a violation' },
  'masih-dalam-proses': { id: 'Masih dalam proses', en: 'Still in process' },
};

type RegistrationBucket = 'belum-diregistrasi' | 'diregistrasi' | 'tidak-diregistrasi';
type OutcomeBucket = 'masih-dalam-proses' | 'pelanggaran' | 'bukan-pelanggaran';

export interface StateInfo {
  id: CaseState;
  label: Bilingual;
  /** open: work remains; terminal: handling ended here and no action applies. */
  phase: 'open' | 'terminal';
  /** Registration bucket of a laporan or temuan in this state (null: not counted). */
  registration: RegistrationBucket | null;
  /** Outcome bucket of a registered case. */
  outcome: OutcomeBucket | null;
  /** The most specific statistic the state counts under (besides 'diterima'). */
  statistic: Statistic | null;
  /** Set when how the state is counted is our reading rather than Bawaslu's stated practice. */
  flag?: 'U';
}

function state(
  id: CaseState,
  labelId: string,
  labelEn: string,
  phase: StateInfo['phase'],
  registration: RegistrationBucket | null,
  outcome: OutcomeBucket | null = null,
  flag?: 'U',
): StateInfo {
  const statistic = outcome ?? registration;
  return { id, label: { id: labelId, en: labelEn }, phase, registration, outcome, statistic, ...(flag ? { flag } : {}) };
}

export const STATES: Record<CaseState, StateInfo> = {
  'informasi-awal': state('informasi-awal', 'Informasi awal', 'Initial information', 'open', null),
  'dijadikan-temuan': state('dijadikan-temuan', 'Dijadikan temuan', 'Converted into a finding', 'terminal', null),
  diarsipkan: state('diarsipkan', 'Diarsipkan', 'Filed without follow-up', 'terminal', null),
  diterima: state('diterima', 'Diterima', 'Received', 'open', 'belum-diregistrasi'),
  'kajian-awal': state('kajian-awal', 'Kajian awal', 'Preliminary analysis', 'open', 'belum-diregistrasi'),
  'perlu-dilengkapi': state('perlu-dilengkapi', 'Perlu dilengkapi', 'Needs completion', 'open', 'belum-diregistrasi'),
  dilimpahkan: state('dilimpahkan', 'Dilimpahkan', 'Delegated to another office', 'open', 'belum-diregistrasi'),
  'tidak-diregistrasi': state('tidak-diregistrasi', 'Tidak diregistrasi', 'Not registered', 'terminal', 'tidak-diregistrasi'),
  dicabut: state('dicabut', 'Dicabut', 'Withdrawn', 'terminal', 'tidak-diregistrasi', null, 'U'),
  duplikat: state('duplikat', 'Duplikat', 'Duplicate', 'terminal', 'tidak-diregistrasi', null, 'U'),
  diregistrasi: state('diregistrasi', 'Diregistrasi', 'Registered', 'open', 'diregistrasi', 'masih-dalam-proses'),
  klarifikasi: state('klarifikasi', 'Klarifikasi', 'Clarification', 'open', 'diregistrasi', 'masih-dalam-proses'),
  kajian: state('kajian', 'Kajian', 'Legal analysis', 'open', 'diregistrasi', 'masih-dalam-proses'),
  pleno: state('pleno', 'Rapat pleno', 'Plenary meeting', 'open', 'diregistrasi', 'masih-dalam-proses'),
  pelanggaran: state('pelanggaran', 'Pelanggaran (menunggu penerusan)', 'Violation (forwarding pending)', 'open', 'diregistrasi', 'pelanggaran'),
  diteruskan: state('diteruskan', 'Pelanggaran, diteruskan', 'Violation, forwarded', 'terminal', 'diregistrasi', 'pelanggaran'),
  'bukan-pelanggaran': state('bukan-pelanggaran', 'Bukan pelanggaran (dihentikan)', 'Not a violation (stopped)', 'terminal', 'diregistrasi', 'bukan-pelanggaran'),
};

export const TERMINAL_STATES: readonly CaseState[] = CASE_STATES.filter((s) => STATES[s].phase === 'terminal');
export const OPEN_STATES: readonly CaseState[] = CASE_STATES.filter((s) => STATES[s].phase === 'open');
/** States of a case that has been registered (it stays registered whatever follows). */
export const REGISTERED_STATES: readonly CaseState[] = CASE_STATES.filter((s) => STATES[s].registration === 'diregistrasi');

export function isCaseState(value: string): value is CaseState {
  return (CASE_STATES as readonly string[]).includes(value);
}

export function isTerminal(state: CaseState): boolean {
  return STATES[state].phase === 'terminal';
}

/** Every statistic a case of `kind` in `state` counts under, 'diterima' first; none for informasi awal. */
export function statisticsOf(state: CaseState, kind: IntakeKind): Statistic[] {
  const info = STATES[state];
  if (kind === 'informasi-awal' || !info.registration) return [];
  return ['diterima', info.registration, ...(info.outcome ? [info.outcome] : [])];
}
