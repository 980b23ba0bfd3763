// What a transition asks the server to do besides changing the state. The server applies the
// effects in the same transaction as the state change (and the audit event); the machine only
// names them. Clock ids are the law engine's (CLOCK_IDS); `at` is the instant the effect takes
// hold, usually `now`.
import type { ClockId, Flag, RecipientId, Regime } from '../law/index.js';
import type { ClarificationParty, ViolationType } from './case-facts.js';
import type { IntakeKind, RegistrableKind } from './intake.js';
import type { CaseState } from './states.js';
import type { Bilingual } from './text.js';

export const CLOCK_OPS = ['start', 'pause', 'resume', 'stop', 'extend'] as const;
export type ClockOp = (typeof CLOCK_OPS)[number];

export const NOTICES = [
  'pemberitahuan-kelengkapan', // notice to complete the report
  'pemberitahuan-status', // notice of the status of the report (believed Form A.17 in Pilkada)
  'undangan-klarifikasi', // clarification invitation
  'pemberitahuan-pelimpahan', // notice of delegation
] as const;
export type Notice = (typeof NOTICES)[number];

export type Effect =
  | { type: 'clock'; op: ClockOp; clock: ClockId; at: string }
  | { type: 'notify'; to: ClarificationParty | 'kantor-tujuan'; notice: Notice; status?: CaseState; name?: string }
  /** Take the next number of the gapless sequence (office, kind, year) and format it. */
  | { type: 'assign-register-number'; officeId: string; intakeKind: RegistrableKind; year: number; registeredOn: string }
  | {
      type: 'forward';
      violationType: ViolationType;
      /** The recipient the law engine names; null when it names none (then `recipientName` is the payload's). */
      recipient: RecipientId | null;
      recipientName: Bilingual;
      basis: string;
      flag?: Flag;
      letterRef: string;
    }
  | { type: 'delegate'; fromOfficeId: string; toOfficeId: string }
  | { type: 'transfer-office'; fromOfficeId: string; toOfficeId: string }
  /** Open a new case linked to this one: a withdrawn report kept as informasi awal, or a temuan. */
  | { type: 'open-case'; intakeKind: 'temuan' | 'informasi-awal'; sourceCaseId: string }
  | { type: 'link-case'; relation: 'duplikat-dari'; caseId: string };

export type EffectType = Effect['type'];

export function clock(op: ClockOp, id: ClockId, at: string): Effect {
  return { type: 'clock', op, clock: id, at };
}

/** True when the regime's decision clock runs from receipt (Pilkada) rather than registration (Pemilu). */
export function decisionRunsFromReceipt(regime: Regime): boolean {
  return regime.clocks.decision.anchor === 'receivedAt';
}

/** The clocks running before registration, which stop when the case ends unregistered. */
export function stopPreRegistrationClocks(regime: Regime, at: string): Effect[] {
  const ids: ClockId[] = ['kajianAwal', 'noticeToComplete', 'completion'];
  if (decisionRunsFromReceipt(regime)) ids.push('decision');
  return ids.map((id) => clock('stop', id, at));
}

/** Clocks that start when an intake is taken in (creating a case is not a transition). */
export function intakeEffects(kind: IntakeKind, regime: Regime, receivedAt: string): Effect[] {
  if (kind === 'informasi-awal') return [];
  return [
    clock('start', 'kajianAwal', receivedAt),
    ...(kind === 'temuan' ? [clock('start', 'temuan', receivedAt)] : []),
    ...(decisionRunsFromReceipt(regime) ? [clock('start', 'decision', receivedAt)] : []),
  ];
}
