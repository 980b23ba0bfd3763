// The facts the state machine reads: plain data the server builds from its rows. The machine
// never reads anything else (no clock, no database), so the same facts give the same answer on
// the server and in the browser.
import type { ActorKind } from '../law/index.js';
import type { IntakeKind } from './intake.js';
import type { ChecklistEntry } from './requirements.js';
import type { CaseState } from './states.js';

/** Types of violation a pleno can decide (Bawaslu's four statistics types). */
export const VIOLATION_TYPES = [
  'administratif', // administrative: to KPU
  'pidana', // election crime: to the police through Sentra Gakkumdu
  'kode-etik', // ethics of election organisers: to DKPP
  'peraturan-lain', // other laws, ASN neutrality among them: to BKN (formerly KASN) or another agency
] as const;
export type ViolationType = (typeof VIOLATION_TYPES)[number];

export const CLARIFICATION_PARTIES = ['pelapor', 'terlapor', 'saksi', 'ahli'] as const;
/** pelapor: reporter; terlapor: reported party; saksi: witness; ahli: expert. */
export type ClarificationParty = (typeof CLARIFICATION_PARTIES)[number];

export const KAJIAN_CONCLUSIONS = ['pelanggaran', 'bukan-pelanggaran'] as const;
export type KajianConclusion = (typeof KAJIAN_CONCLUSIONS)[number];

/** A clarification invitation and, once held (or missed), its hearing. */
export interface InvitationFact {
  id: string;
  party: ClarificationParty;
  name: string;
  hearing: { attended: boolean; minutesRecorded: boolean } | null;
}

/** The kajian (legal analysis) as recorded. */
export interface KajianFact {
  hasFacts: boolean;
  /** Prohibited acts from the law catalogue (ACT_CODES). */
  actCodes: string[];
  /** Other legal bases cited as text (articles outside the catalogue). */
  otherBasis: string[];
  conclusion: KajianConclusion | null;
}

/** The plenary decision as recorded. */
export interface DecisionFact {
  outcome: KajianConclusion;
  types: ViolationType[];
  decidedAt: string;
  membersPresent: number;
  membersTotal: number;
}

export interface CaseFacts {
  caseId: string;
  kind: IntakeKind;
  state: CaseState;
  /** A law regime id (REGIME_IDS), e.g. 'pilkada-2024'. */
  regime: string;
  /** The office handling the case. */
  officeId: string;
  /** Region of that office; null for Bawaslu RI. */
  officeRegionCode: string | null;
  /** Members (anggota) of that office who sit in its pleno. */
  officeMemberCount: number;
  /** ISO 8601 instant with offset. */
  receivedAt: string;
  /** Kajian awal results; items without an entry are belum-dinilai. */
  checklist: ChecklistEntry[];
  /** The notice to complete, once sent; `due` is the completion deadline from the law engine. */
  completion: { requestedAt: string; due: string | null } | null;
  registeredAt: string | null;
  registerNumber: string | null;
  /** The decision clock's extension (additional information) has been used. */
  decisionExtended: boolean;
  invitations: InvitationFact[];
  kajian: KajianFact | null;
  decision: DecisionFact | null;
  /** Violation types already forwarded to their recipient. */
  forwarded: ViolationType[];
  /** The reported party in the law engine's terms; decides the recipient of 'peraturan-lain'. */
  reportedActorKind: ActorKind | null;
  /** A pending delegation (pelimpahan) to another office. */
  delegation: { toOfficeId: string; toOfficeRegionCode: string | null } | null;
}

/** Facts of a case just taken in (the server fills ids and times). */
export function newCaseFacts(
  base: Pick<CaseFacts, 'caseId' | 'kind' | 'regime' | 'officeId' | 'officeRegionCode' | 'officeMemberCount' | 'receivedAt'> &
    Partial<Pick<CaseFacts, 'reportedActorKind'>>,
  initial: CaseState,
): CaseFacts {
  return {
    reportedActorKind: null,
    ...base,
    state: initial,
    checklist: [],
    completion: null,
    registeredAt: null,
    registerNumber: null,
    decisionExtended: false,
    invitations: [],
    kajian: null,
    decision: null,
    forwarded: [],
    delegation: null,
  };
}
