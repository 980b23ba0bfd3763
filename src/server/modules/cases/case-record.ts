// What the server stores in cases.facts: the state machine's facts (`machine`) plus the details
// around them (invitations with places and minutes, the kajian text, the plenary decision, the
// forwarding letters, the pauses of the clocks). Plain JSON, versioned by the row's `version`.
import type { CaseFacts, ClarificationParty, ElectionKind, KajianConclusion, ViolationType } from '../../../core/cases/index.js';
import type { RecipientId } from '../../../core/law/index.js';
import type { OwedNotice } from '../../../core/cases/notices.js';

export type InvitationRecord = {
  id: string;
  party: ClarificationParty;
  name: string;
  scheduledAt: string;
  place: string;
  letterRef: string | null;
  /** a saksi named at intake: their place in intake.witnesses (absent for others, and before it was asked) */
  witness?: number;
  hearing: { heldAt: string; attended: boolean; minutesRef: string | null; summary: string | null } | null;
};

export type CaseRecord = {
  machine: CaseFacts;
  election: ElectionKind | null;
  knownOn: string | null;
  foundOn: string | null;
  /**
   * the intake as submitted, without the reporter's identity (kept in case_reporters) and without
   * the address and phone of the saksi and the terlapor (kept in case_contacts)
   */
  intake: Record<string, unknown>;
  /** set when the intake gave contacts of the saksi or the terlapor (a case_contacts row exists) */
  hasContacts?: true;
  invitations: InvitationRecord[];
  kajian: { facts: string; actCodes: string[]; otherBasis: string[]; conclusion: KajianConclusion; proposedTypes: ViolationType[] } | null;
  pleno: { scheduledAt: string } | null;
  decision:
    | { decision: 'pelanggaran'; types: ViolationType[]; membersPresent: string[]; minutesRef: string; decidedAt: string }
    | { decision: 'bukan-pelanggaran'; reason: string; membersPresent: string[]; minutesRef: string; decidedAt: string }
    | null;
  forwards: { type: ViolationType; recipient: RecipientId | null; recipientName: { id: string; en: string }; letterRef: string; basis: string; at: string }[];
  /** days the reporter was asked to complete the report: the kajian awal (and Pilkada decision) clocks stand still */
  pauses: { from: string; to: string | null }[];
  /** why the case ended without a decision, when it did */
  closing: { action: string; reason: string; at: string } | null;
  links: { relation: string; caseId: string }[];
  /** the notices the transitions required (`notify` effects); absent in records made before them */
  notices?: OwedNotice[];
  /**
   * how many workflow actions were taken (core/cases/revision.ts): the case's ETag, checked against
   * If-Match. Absent at intake and in records made before it (revision 0).
   */
  revision?: number;
};

export function revisionOf(record: Pick<CaseRecord, 'revision'>): number {
  return record.revision ?? 0;
}

export function emptyRecord(machine: CaseFacts, extra: Partial<CaseRecord> = {}): CaseRecord {
  return {
    machine,
    election: null,
    knownOn: null,
    foundOn: null,
    intake: {},
    invitations: [],
    kajian: null,
    pleno: null,
    decision: null,
    forwards: [],
    pauses: [],
    closing: null,
    links: [],
    ...extra,
  };
}
