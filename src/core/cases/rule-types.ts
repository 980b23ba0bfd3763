// The shape of one action's rules: conditions on the facts (shown to the UI before anything is
// typed), conditions on the payload, the target state and the effects.
import type { Role } from '../access.js';
import type { Regime } from '../law/index.js';
import type { CaseAction } from './actions.js';
import type { CaseFacts } from './case-facts.js';
import type { Effect } from './effects.js';
import type { ActionPayloads } from './payloads.js';
import type { CaseState } from './states.js';
import type { Missing } from './text.js';

export interface Actor {
  role: Role;
  officeId: string;
}

/**
 * Clocks the law engine computed for the case with the official calendar (the server passes them
 * from the stored deadlines; core cannot compute them without the calendar).
 */
export interface DecisionClocks {
  /** The last day to file a laporan, counted from the day the violation became known, and whether it came in by then. */
  filing?: { lastDay: string; onTime: boolean };
}

export interface FactContext {
  facts: CaseFacts;
  regime: Regime;
  /** ISO 8601 instant with offset. */
  now: string;
  /** Local date of `now` in the office's time zone (YYYY-MM-DD). */
  today: string;
  clocks: DecisionClocks;
}

export interface PayloadContext<A extends CaseAction> extends FactContext {
  payload: ActionPayloads[A];
}

export interface ActionRules<A extends CaseAction> {
  /** What the facts lack for the action, whatever the payload. */
  ready?: (ctx: FactContext) => Missing[];
  /** What is wrong with the payload against the facts. */
  check?: (ctx: PayloadContext<A>) => Missing[];
  /** The target state, when the action has more than one. */
  to?: (ctx: PayloadContext<A>) => CaseState;
  effects: (ctx: PayloadContext<A> & { to: CaseState }) => Effect[];
}

export type RuleTable<K extends CaseAction> = { [A in K]: ActionRules<A> };
