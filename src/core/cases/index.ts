// Public surface of the case workflow: states, actions, the kajian awal checklist, register
// numbers and the one function that decides every transition. Pure; the server and the web
// import from here only.
export { CASE_ACTIONS, ACTIONS, isCaseAction, stateGraph, type ActionInfo, type CaseAction, type Edge } from './actions.js';
export {
  CLARIFICATION_PARTIES,
  KAJIAN_CONCLUSIONS,
  VIOLATION_TYPES,
  newCaseFacts,
  type CaseFacts,
  type ClarificationParty,
  type DecisionFact,
  type InvitationFact,
  type KajianConclusion,
  type KajianFact,
  type ViolationType,
} from './case-facts.js';
export {
  CLOCK_OPS,
  NOTICES,
  decisionRunsFromReceipt,
  intakeEffects,
  type ClockOp,
  type Effect,
  type EffectType,
  type Notice,
} from './effects.js';
export { splitPartyContacts, type PartyContact, type PartyContacts } from './contacts.js';
export { DELEGATION_BASIS, DELEGATION_OFFICE_KINDS, delegationTargetIssues, mayReceiveDelegation, suggestionRank } from './delegation.js';
export { forwardingTarget, type ForwardingTarget } from './forwarding.js';
export { INTAKE_KINDS, INTAKE_KIND_LABELS, initialState, isRegistrable, type IntakeKind, type RegistrableKind } from './intake.js';
export { ACTION_PAYLOADS, type ActionPayloadInput, type ActionPayloads } from './payloads.js';
export { PLENO_QUORUM, quorumOf, type QuorumSetting } from './quorum.js';
export {
  ELECTION_CODES,
  ELECTION_KINDS,
  KIND_CODES,
  OFFICE_LEVEL_CODES,
  RECEIPT_NUMBER_TEMPLATE,
  REGISTER_NUMBER_TEMPLATE,
  formatReceiptNumber,
  formatNumber,
  formatRegisterNumber,
  officeLevelCode,
  receiptNumberShape,
  registerNumberShape,
  parseReceiptNumber,
  parseRegisterNumber,
  type ElectionKind,
  type NumberOptions,
  type NumberShape,
  type NumberSetting,
  type OfficeLevelCode,
  type ReceiptNumberFacts,
  type RegisterNumberFacts,
  type RegisterNumberParts,
} from './register-number.js';
export {
  REQUIREMENT_GROUPS,
  REQUIREMENT_GROUP_LABELS,
  REQUIREMENT_RESULTS,
  assessChecklist,
  checklistFor,
  type ChecklistAssessment,
  type ChecklistEntry,
  type ChecklistOutcome,
  type RequirementGroup,
  type RequirementItem,
  type RequirementResult,
} from './requirements.js';
export type { Actor, DecisionClocks } from './rule-types.js';
export {
  CASE_STATES,
  OPEN_STATES,
  REGISTERED_STATES,
  STATES,
  STATISTICS,
  STATISTIC_LABELS,
  TERMINAL_STATES,
  isCaseState,
  isTerminal,
  statisticsOf,
  type CaseState,
  type StateInfo,
  type Statistic,
} from './states.js';
export { type Bilingual, type Missing } from './text.js';
export {
  REFUSAL_CODES,
  REFUSAL_MESSAGES,
  availableActions,
  decideTransition,
  type AvailableAction,
  type RefusalCode,
  type TransitionDecision,
} from './transitions.js';
export { parseIfMatch, revisionAllows, revisionTag, type RevisionCondition } from './revision.js';
