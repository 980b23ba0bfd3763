// How an accepted action changes the stored record. The machine decided the action is legal and
// parsed its payload; this writes what happened into the record (pure: ids and time come in).
import type { ActionPayloads, CaseAction, CaseState, ChecklistEntry, Effect } from '../../../core/cases/index.js';
import { owedNotices } from '../../../core/cases/notices.js';
import { revisionOf, type CaseRecord } from './case-record.js';

export type ApplyContext = { now: string; today: string; newId: () => string; completionDue: string | null };

/** Clock pauses and resumes requested by the machine, as pause intervals on local dates. */
function applyClockEffects(record: CaseRecord, effects: Effect[], today: string): void {
  for (const e of effects) {
    if (e.type !== 'clock' || e.clock !== 'kajianAwal') continue;
    if (e.op === 'pause' && !record.pauses.some((p) => p.to === null)) record.pauses.push({ from: today, to: null });
    if (e.op === 'resume') record.pauses = record.pauses.map((p) => (p.to === null ? { ...p, to: today } : p));
  }
}

/**
 * A copy of the record that applyAction may change: the record and its machine copied, and the
 * lists it appends to. Everything else is shared with the record given and never changed in
 * place: that record may be the one this process caches (decision 011), which the tests freeze
 * (case-cache.ts). Cheaper than a deep clone of the ~5 KB record at every action.
 */
function editable(record: CaseRecord): CaseRecord {
  const m = record.machine;
  return {
    ...record,
    machine: { ...m, invitations: [...m.invitations], forwarded: [...m.forwarded] },
    invitations: [...record.invitations],
    forwards: [...record.forwards],
    pauses: [...record.pauses],
    links: [...record.links],
  };
}

export function applyAction(record: CaseRecord, action: CaseAction, payload: unknown, to: CaseState, effects: Effect[], ctx: ApplyContext): CaseRecord {
  const r = editable(record);
  const m = r.machine;
  const invitationIds: string[] = [];
  m.state = to;
  switch (action) {
    case 'nilai-syarat': {
      const { entries } = payload as ActionPayloads['nilai-syarat'];
      const byId = new Map<string, ChecklistEntry>(m.checklist.map((c) => [c.itemId, c]));
      for (const e of entries) byId.set(e.itemId, { itemId: e.itemId, result: e.result, ...(e.note ? { note: e.note } : {}) });
      m.checklist = [...byId.values()];
      break;
    }
    case 'minta-kelengkapan':
      m.completion = { requestedAt: ctx.now, due: ctx.completionDue };
      break;
    case 'cabut':
    case 'tidak-registrasi':
    case 'arsipkan':
    case 'tandai-duplikat':
      r.closing = { action, reason: (payload as { reason?: string; note?: string }).reason ?? (payload as { note?: string }).note ?? '', at: ctx.now };
      break;
    case 'limpahkan': {
      const p = payload as ActionPayloads['limpahkan'];
      m.delegation = { toOfficeId: p.toOfficeId, toOfficeRegionCode: p.toOfficeRegionCode };
      break;
    }
    case 'undang-klarifikasi': {
      const { invitations } = payload as ActionPayloads['undang-klarifikasi'];
      for (const inv of invitations) {
        const id = ctx.newId();
        invitationIds.push(id);
        r.invitations.push({ id, party: inv.party, name: inv.name, scheduledAt: inv.scheduledAt, place: inv.place, letterRef: inv.letterRef ?? null, ...(inv.witness !== undefined ? { witness: inv.witness } : {}), hearing: null });
        m.invitations.push({ id, party: inv.party, name: inv.name, hearing: null });
      }
      break;
    }
    case 'catat-klarifikasi': {
      const p = payload as ActionPayloads['catat-klarifikasi'];
      const hearing = { heldAt: p.heldAt, attended: p.attended, minutesRef: p.minutesRef ?? null, summary: p.summary ?? null };
      r.invitations = r.invitations.map((i) => (i.id === p.invitationId ? { ...i, hearing } : i));
      m.invitations = m.invitations.map((i) => (i.id === p.invitationId ? { ...i, hearing: { attended: p.attended, minutesRecorded: Boolean(p.minutesRef) } } : i));
      break;
    }
    case 'minta-keterangan-tambahan':
      m.decisionExtended = true;
      break;
    case 'catat-kajian': {
      const p = payload as ActionPayloads['catat-kajian'];
      r.kajian = { facts: p.facts, actCodes: p.actCodes, otherBasis: p.otherBasis, conclusion: p.conclusion, proposedTypes: p.proposedTypes };
      m.kajian = { hasFacts: p.facts.trim().length > 0, actCodes: p.actCodes, otherBasis: p.otherBasis, conclusion: p.conclusion };
      break;
    }
    case 'ajukan-pleno':
      r.pleno = { scheduledAt: (payload as ActionPayloads['ajukan-pleno']).scheduledAt };
      break;
    case 'putus-pleno': {
      const p = payload as ActionPayloads['putus-pleno'];
      const types = p.decision === 'pelanggaran' ? p.types : [];
      r.decision = p.decision === 'pelanggaran' ? { ...p, decidedAt: ctx.now } : { ...p, decidedAt: ctx.now };
      m.decision = { outcome: p.decision, types, decidedAt: ctx.now, membersPresent: p.membersPresent.length, membersTotal: m.officeMemberCount };
      break;
    }
    default:
      break;
  }
  for (const e of effects) {
    if (e.type === 'forward') {
      r.forwards.push({ type: e.violationType, recipient: e.recipient, recipientName: e.recipientName, letterRef: e.letterRef, basis: e.basis, at: ctx.now });
      if (!m.forwarded.includes(e.violationType)) m.forwarded.push(e.violationType);
    }
    if (e.type === 'link-case') r.links.push({ relation: e.relation, caseId: e.caseId });
  }
  applyClockEffects(r, effects, ctx.today);
  // The notices the law requires of this transition, owed until a document carries them.
  const owed = owedNotices(effects, { now: ctx.now, newId: ctx.newId, invitationIds });
  if (owed.length > 0) r.notices = [...(r.notices ?? []), ...owed];
  r.revision = revisionOf(record) + 1;
  return r;
}
