// The case workflow as one pure function: given the facts of a case, an action, its payload, the
// actor and the time, either the target state with the effects to apply, or a refusal that
// says, in Indonesian and English, what is missing. The server persists; this decides.
import { ROLE_LABELS, type Role } from '../access.js';
import { findRegime, type Regime } from '../law/index.js';
import { ACTIONS, CASE_ACTIONS, isCaseAction, type ActionInfo, type CaseAction } from './actions.js';
import type { CaseFacts } from './case-facts.js';
import type { Effect } from './effects.js';
import { INTAKE_KIND_LABELS } from './intake.js';
import { ACTION_PAYLOADS, type ActionPayloads } from './payloads.js';
import type { ActionRules, Actor, DecisionClocks, FactContext, PayloadContext, RuleTable } from './rule-types.js';
import { HANDLING_RULES } from './rules-handling.js';
import { INTAKE_RULES } from './rules-intake.js';
import { isTerminal, REGISTERED_STATES, STATES, type CaseState } from './states.js';
import { listOf, missing, type Bilingual, type Missing } from './text.js';
import { localDateOf } from './time.js';

export const REFUSAL_CODES = [
  'UNKNOWN_ACTION',
  'UNKNOWN_REGIME',
  'ROLE_NOT_ALLOWED',
  'KIND_NOT_ALLOWED',
  'TERMINAL_STATE',
  'STATE_NOT_ALLOWED',
  'WRONG_OFFICE',
  'PRECONDITION_FAILED',
  'INVALID_PAYLOAD',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const REFUSAL_MESSAGES: Record<RefusalCode, Bilingual> = {
  UNKNOWN_ACTION: { id: 'Tindakan tidak dikenal.', en: 'Unknown action.' },
  UNKNOWN_REGIME: { id: 'Rezim hukum perkara tidak dikenal.', en: "The case's legal regime is unknown." },
  ROLE_NOT_ALLOWED: { id: 'Peran Anda tidak berwenang melakukan tindakan ini.', en: 'Your role may not take this action.' },
  KIND_NOT_ALLOWED: { id: 'Tindakan ini tidak berlaku untuk jenis perkara ini.', en: 'This action does not apply to this kind of case.' },
  TERMINAL_STATE: { id: 'Penanganan perkara sudah selesai.', en: 'Handling of this case has ended.' },
  STATE_NOT_ALLOWED: { id: 'Tindakan ini tidak dapat dilakukan pada status perkara sekarang.', en: 'This action is not possible in the current state.' },
  WRONG_OFFICE: { id: 'Perkara ini ditangani kantor lain.', en: 'Another office handles this case.' },
  PRECONDITION_FAILED: { id: 'Syarat tindakan belum terpenuhi.', en: 'The conditions of the action are not met.' },
  INVALID_PAYLOAD: { id: 'Isian tindakan tidak valid.', en: 'The action data is not valid.' },
};

export type TransitionDecision =
  | { ok: true; action: CaseAction; from: CaseState; to: CaseState; effects: Effect[]; payload: ActionPayloads[CaseAction] }
  | { ok: false; code: RefusalCode; missing: Missing[] };

const RULES: RuleTable<CaseAction> = { ...INTAKE_RULES, ...HANDLING_RULES };

function rulesOf(action: CaseAction): ActionRules<CaseAction> {
  return RULES[action] as unknown as ActionRules<CaseAction>;
}

const refuse = (code: RefusalCode, items: Missing[]): TransitionDecision => ({ ok: false, code, missing: items });

/** The checks that depend on who acts and where the case stands, not on the payload. */
function gate(facts: CaseFacts, info: ActionInfo, role: Role, officeId?: string): { code: RefusalCode; missing: Missing[] } | null {
  const label = info.label;
  if (!info.roles.includes(role)) {
    const roles = listOf(info.roles.map((r) => ROLE_LABELS[r]));
    return { code: 'ROLE_NOT_ALLOWED', missing: [missing('peran', `Peran '${ROLE_LABELS[role].id}' tidak berwenang melakukan '${label.id}'; diperlukan: ${roles.id}`, `Role '${ROLE_LABELS[role].en}' may not take the action '${label.en}'; needed: ${roles.en}`)] };
  }
  if (!info.kinds.includes(facts.kind)) {
    const kind = INTAKE_KIND_LABELS[facts.kind];
    return { code: 'KIND_NOT_ALLOWED', missing: [missing('jenis', `'${label.id}' tidak berlaku untuk ${kind.id.toLowerCase()}`, `'${label.en}' does not apply to a ${kind.en.toLowerCase()}`)] };
  }
  const now = STATES[facts.state].label;
  if (isTerminal(facts.state)) {
    return { code: 'TERMINAL_STATE', missing: [missing('status.selesai', `Perkara sudah selesai dengan status '${now.id}'; tidak ada tindakan lagi`, `The case ended as '${now.en}'; no further action is possible`)] };
  }
  if (!info.from.includes(facts.state)) {
    const from = listOf(info.from.map((s) => STATES[s].label));
    const items = [missing('status', `'${label.id}' hanya dapat dilakukan pada status: ${from.id} (status sekarang: ${now.id})`, `'${label.en}' is only possible in: ${from.en} (current state: ${now.en})`)];
    if (info.id === 'cabut' && REGISTERED_STATES.includes(facts.state)) {
      items.push(missing('status.cabut-setelah-registrasi', 'Pencabutan setelah registrasi tidak menghentikan penanganan (Perbawaslu 7/2022 Pasal 17 ayat (3))', 'A withdrawal after registration does not stop handling (Perbawaslu 7/2022 art 17(3))'));
    }
    return { code: 'STATE_NOT_ALLOWED', missing: items };
  }
  if (officeId !== undefined) {
    const expected = info.office === 'case' ? facts.officeId : facts.delegation?.toOfficeId;
    if (officeId !== expected) {
      const id = info.office === 'case' ? 'Hanya kantor yang menangani perkara yang dapat melakukan tindakan ini' : 'Hanya kantor tujuan pelimpahan yang dapat menerima pelimpahan';
      const en = info.office === 'case' ? 'Only the office handling the case may take this action' : 'Only the receiving office may accept the delegation';
      return { code: 'WRONG_OFFICE', missing: [missing('kantor', id, en)] };
    }
  }
  return null;
}

function issueToMissing(issue: { path: PropertyKey[]; message: string }): Missing {
  const path = issue.path.map(String).join('.') || '(isian)';
  const split = issue.message.indexOf(' / ');
  const id = split >= 0 ? issue.message.slice(0, split) : issue.message;
  const en = split >= 0 ? issue.message.slice(split + 3) : issue.message;
  return missing(`payload.${path}`, `Isian '${path}': ${id}`, `Field '${path}': ${en}`);
}

function factContext(facts: CaseFacts, regime: Regime, now: string, clocks: DecisionClocks = {}): FactContext {
  return { facts, regime, now, today: localDateOf(now, facts.officeRegionCode), clocks };
}

/**
 * Decides one transition. `now` is an ISO 8601 instant with offset (throws on anything else).
 * `clocks` are the law engine's deadlines of the case, where a rule weighs them (the filing clock
 * in the kajian awal). On success `payload` is the parsed payload (defaults applied) for the
 * server to store.
 */
export function decideTransition(facts: CaseFacts, action: string, payload: unknown, actor: Actor, now: string, clocks: DecisionClocks = {}): TransitionDecision {
  if (!isCaseAction(action)) {
    return refuse('UNKNOWN_ACTION', [missing('tindakan', `Tindakan '${action}' tidak dikenal`, `Unknown action '${action}'`)]);
  }
  const regime = findRegime(facts.regime);
  if (!regime) return refuse('UNKNOWN_REGIME', [missing('rezim', `Rezim '${facts.regime}' tidak dikenal`, `Unknown regime '${facts.regime}'`)]);
  const ctx = factContext(facts, regime, now, clocks);
  const info = ACTIONS[action];
  const gated = gate(facts, info, actor.role, actor.officeId);
  if (gated) return refuse(gated.code, gated.missing);

  const rules = rulesOf(action);
  const notReady = rules.ready?.(ctx) ?? [];
  if (notReady.length > 0) return refuse('PRECONDITION_FAILED', notReady);

  const parsed = ACTION_PAYLOADS[action].safeParse(payload ?? {});
  if (!parsed.success) return refuse('INVALID_PAYLOAD', parsed.error.issues.map(issueToMissing));
  const full: PayloadContext<CaseAction> = { ...ctx, payload: parsed.data as ActionPayloads[CaseAction] };
  const wrong = rules.check?.(full) ?? [];
  if (wrong.length > 0) return refuse('PRECONDITION_FAILED', wrong);

  const to = rules.to?.(full) ?? info.to[0];
  if (!to || !info.to.includes(to)) throw new Error(`${action}: target ${String(to)} is not in the graph`);
  return { ok: true, action, from: facts.state, to, effects: rules.effects({ ...full, to }), payload: full.payload };
}

export interface AvailableAction {
  action: CaseAction;
  label: Bilingual;
  targets: readonly CaseState[];
  /** False when the facts still lack something; `missing` says what. */
  enabled: boolean;
  missing: Missing[];
}

/**
 * The actions a user of `role` (and, when given, of office `officeId`) can see for the case now:
 * those whose role, kind, state and office fit, each enabled or with what is still missing.
 */
export function availableActions(facts: CaseFacts, role: Role, now: string, officeId?: string): AvailableAction[] {
  const regime = findRegime(facts.regime);
  if (!regime) return [];
  const ctx = factContext(facts, regime, now);
  return CASE_ACTIONS.filter((action) => gate(facts, ACTIONS[action], role, officeId) === null).map((action) => {
    const info = ACTIONS[action];
    const notReady = rulesOf(action).ready?.(ctx) ?? [];
    const targets = action === 'minta-keterangan-tambahan' ? [facts.state] : info.to;
    return { action, label: info.label, targets, enabled: notReady.length === 0, missing: notReady };
  });
}
