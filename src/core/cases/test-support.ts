// Test helpers: case facts as the server would build them, and a stand-in for the server that
// applies an accepted transition to the facts (used by the table and property tests only).
import { ACT_CODES, getRegime } from '../law/index.js';
import type { CaseAction } from './actions.js';
import { newCaseFacts, type CaseFacts, type ViolationType } from './case-facts.js';
import { initialState, type IntakeKind } from './intake.js';
import type { ActionPayloads } from './payloads.js';
import { checklistFor, type ChecklistEntry, type RequirementResult } from './requirements.js';
import type { Actor } from './rule-types.js';
import type { TransitionDecision } from './transitions.js';

export const CASE_ID = '00000000-0000-4000-8000-000000000001';
export const OTHER_CASE_ID = '00000000-0000-4000-8000-000000000002';
export const OFFICE = '10000000-0000-4000-8000-000000000001';
export const OTHER_OFFICE = '20000000-0000-4000-8000-000000000002';
export const RECEIVED_AT = '2024-11-10T09:00:00+07:00';
export const NOW = '2024-11-11T10:00:00+07:00';
export const ACT = ACT_CODES[0];

export const actor = (role: Actor['role'], officeId = OFFICE): Actor => ({ role, officeId });

export function makeFacts(overrides: Partial<CaseFacts> = {}, kind: IntakeKind = overrides.kind ?? 'laporan'): CaseFacts {
  const base = newCaseFacts(
    {
      caseId: CASE_ID,
      kind,
      regime: 'pilkada-2024',
      officeId: OFFICE,
      officeRegionCode: '36.04',
      officeMemberCount: 5,
      receivedAt: RECEIVED_AT,
      reportedActorKind: 'asn',
    },
    initialState(kind),
  );
  return { ...base, ...overrides };
}

/** Every checklist item of the case's kind and regime with one result (notes where required). */
export function checklist(facts: Pick<CaseFacts, 'kind' | 'regime'>, result: RequirementResult = 'memenuhi', except: Record<string, RequirementResult> = {}): ChecklistEntry[] {
  if (facts.kind === 'informasi-awal') return [];
  return checklistFor(facts.kind, getRegime(facts.regime).kind).map((item) => {
    const r = except[item.id] ?? result;
    return { itemId: item.id, result: r, ...(r === 'tidak-memenuhi' ? { note: 'tidak ada' } : {}) };
  });
}

const addHours = (instant: string, hours: number) =>
  new Date(Date.parse(instant) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');

export { addHours };

let invitationCounter = 0;
const nextInvitationId = () => `30000000-0000-4000-8000-${String(++invitationCounter).padStart(12, '0')}`;

/** What the server would store after an accepted transition. */
export function applyDecision(facts: CaseFacts, decision: TransitionDecision & { ok: true }, now: string): CaseFacts {
  const next: CaseFacts = { ...facts, state: decision.to };
  const p = decision.payload as Partial<ActionPayloads[CaseAction]> & Record<string, unknown>;
  switch (decision.action) {
    case 'nilai-syarat': {
      const entries = (p as ActionPayloads['nilai-syarat']).entries;
      next.checklist = [...facts.checklist.filter((e) => !entries.some((n) => n.itemId === e.itemId)), ...entries];
      break;
    }
    case 'minta-kelengkapan':
      next.completion = { requestedAt: now, due: addHours(now, 48) };
      break;
    case 'registrasi':
      next.registeredAt = now;
      next.registerNumber = '001/Reg/LP/PB/Kab/36.04/XI/2024';
      break;
    case 'limpahkan': {
      const d = p as ActionPayloads['limpahkan'];
      next.delegation = { toOfficeId: d.toOfficeId, toOfficeRegionCode: d.toOfficeRegionCode };
      break;
    }
    case 'terima-limpahan':
      if (facts.delegation) {
        next.officeId = facts.delegation.toOfficeId;
        next.officeRegionCode = facts.delegation.toOfficeRegionCode;
      }
      next.delegation = null;
      break;
    case 'undang-klarifikasi':
      next.invitations = [
        ...facts.invitations,
        ...(p as ActionPayloads['undang-klarifikasi']).invitations.map((i) => ({ id: nextInvitationId(), party: i.party, name: i.name, hearing: null })),
      ];
      break;
    case 'catat-klarifikasi': {
      const h = p as ActionPayloads['catat-klarifikasi'];
      next.invitations = facts.invitations.map((i) =>
        i.id === h.invitationId ? { ...i, hearing: { attended: h.attended, minutesRecorded: Boolean(h.minutesRef) } } : i,
      );
      break;
    }
    case 'minta-keterangan-tambahan':
      next.decisionExtended = true;
      break;
    case 'catat-kajian': {
      const k = p as ActionPayloads['catat-kajian'];
      next.kajian = { hasFacts: true, actCodes: k.actCodes, otherBasis: k.otherBasis, conclusion: k.conclusion };
      break;
    }
    case 'putus-pleno': {
      const d = p as ActionPayloads['putus-pleno'];
      next.decision = {
        outcome: d.decision,
        types: d.decision === 'pelanggaran' ? d.types : [],
        decidedAt: now,
        membersPresent: d.membersPresent.length,
        membersTotal: facts.officeMemberCount,
      };
      break;
    }
    case 'teruskan':
      next.forwarded = [...facts.forwarded, (p as ActionPayloads['teruskan']).type];
      break;
    default:
      break;
  }
  return next;
}

const TYPES: ViolationType[] = ['administratif', 'pidana', 'kode-etik', 'peraturan-lain'];

/**
 * A payload for `action` drawn from `variant` (0-999): variant 0 is invalid, others are mostly
 * valid and differ by their digits (which item, which result, which decision...).
 */
export function payloadFor(action: CaseAction, facts: CaseFacts, variant: number, now: string): unknown {
  if (variant === 0) return { bogus: true, reason: '' };
  const digit = (k: number) => Math.floor(variant / 10 ** k) % 10;
  const pick = <T>(values: readonly T[], k = 0): T => values[digit(k) % values.length] as T;
  switch (action) {
    case 'nilai-syarat': {
      const entries = checklist(facts, 'memenuhi');
      if (digit(2) < 3 || entries.length === 0) return { entries };
      const item = entries[variant % entries.length] ?? entries[0];
      const result = pick<RequirementResult>(['memenuhi', 'tidak-memenuhi', 'belum-dinilai', 'memenuhi', 'tidak-memenuhi'], 1);
      return { entries: [{ itemId: item?.itemId ?? 'bukti', result, note: 'catatan' }] };
    }
    case 'lengkapi': return { completedAt: now };
    case 'cabut': return { withdrawnAt: now, reason: 'dicabut pelapor', jadikanInformasiAwal: digit(0) % 2 === 0 };
    case 'tidak-registrasi': return { reason: 'tidak memenuhi syarat', jadikanInformasiAwal: digit(0) % 2 === 0 };
    case 'tandai-duplikat': return { duplicateOfCaseId: pick([OTHER_CASE_ID, OTHER_CASE_ID, CASE_ID]) };
    case 'limpahkan': return { toOfficeId: pick([OTHER_OFFICE, OTHER_OFFICE, OFFICE]), toOfficeRegionCode: '36.03', reason: 'kewenangan' };
    case 'undang-klarifikasi':
      return { invitations: [{ party: pick(['terlapor', 'pelapor', 'saksi', 'ahli'] as const), name: 'Budi', scheduledAt: now, place: 'Kantor' }] };
    case 'catat-klarifikasi': {
      const pending = facts.invitations.find((i) => !i.hearing) ?? facts.invitations[0];
      return { invitationId: pending?.id ?? CASE_ID, heldAt: now, attended: digit(0) % 3 !== 2, minutesRef: digit(1) === 9 ? undefined : 'BA-1' };
    }
    case 'minta-keterangan-tambahan': case 'kembalikan-kajian': case 'arsipkan': return { reason: 'alasan' };
    case 'catat-kajian': {
      const conclusion = pick(['pelanggaran', 'bukan-pelanggaran'] as const);
      return { facts: 'fakta', actCodes: digit(1) === 9 ? [] : [ACT], otherBasis: ['UU 10/2016 Pasal 71'], conclusion, proposedTypes: conclusion === 'pelanggaran' ? ['peraturan-lain'] : [] };
    }
    case 'ajukan-pleno': return { scheduledAt: now };
    case 'putus-pleno': {
      const members = ['A', 'B', 'C', 'D', 'E'].slice(0, 1 + (digit(1) % 5));
      const types = [pick(TYPES, 2), ...(digit(0) % 3 === 0 ? ['pidana'] : [])].filter((t, i, a) => a.indexOf(t) === i);
      return digit(0) % 2 === 0
        ? { decision: 'bukan-pelanggaran', reason: 'tidak terbukti', membersPresent: members, minutesRef: 'BA-P' }
        : { decision: 'pelanggaran', types, membersPresent: members, minutesRef: 'BA-P' };
    }
    case 'teruskan': {
      const types = facts.decision?.types.length ? facts.decision.types : TYPES;
      return { type: pick(types), letterRef: 'S-1', ...(digit(1) === 9 ? { otherRecipientName: 'Bupati' } : {}) };
    }
    case 'jadikan-temuan': return { foundOn: now.slice(0, 10), summary: 'hasil penelusuran' };
    default: return {};
  }
}
