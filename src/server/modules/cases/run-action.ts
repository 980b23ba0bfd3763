// One transition: lock the case, let the state machine decide, write what happened, recompute the
// deadlines, and audit — all in one transaction, so a refused or failed action changes nothing.
import { randomUUID } from 'node:crypto';
import { computeDeadline, getRegime } from '../../../core/law/index.js';
import { decideTransition, formatRegisterNumber, type CaseAction, type Effect } from '../../../core/cases/index.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/append-audit.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { applyAction } from './apply-action.js';
import { clockRegion } from './case-deadlines.js';
import type { CaseRecord } from './case-record.js';
import { CaseRefusedError } from './case-refused-error.js';
import { lockCaseInScope, updateCase } from './cases.repository.js';
import { localDate, localIso } from './local-time.js';
import { openLinkedCase } from './open-linked-case.js';
import { derivedColumns } from './persist-case.js';
import { nextInSequence, sequenceKey } from './sequences.repository.js';

export async function runAction(deps: Deps, actor: Actor, caseId: string, action: CaseAction, payload: unknown) {
  const calendar = await deps.calendar.current();
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await lockCaseInScope(tx, actor.scope, caseId);
    if (!row) throw new AppError('NOT_FOUND');
    const record = row.facts as CaseRecord;
    const region = clockRegion(row.regionCode || null, row.eventRegionCode);
    const nowIso = localIso(now, region);
    const decision = decideTransition(record.machine, action, payload, { role: actor.role, officeId: actor.officeId }, nowIso);
    if (!decision.ok) throw new CaseRefusedError(decision.code, decision.missing);

    const extra: { registerNumber?: string; officeId?: string; regionCode?: string; duplicateOfId?: string } = {};
    const regime = getRegime(row.regime);
    const today = localDate(now, region);
    const completionDue = action === 'minta-kelengkapan' ? computeDeadline(regime.clocks.completion, { regionCode: region, anchorDate: today, workWeek: regime.workWeek }, calendar).due : null;
    let next = applyAction(record, action, decision.payload, decision.to, decision.effects, { now: nowIso, today, newId: randomUUID, completionDue });
    const opened: string[] = [];

    for (const effect of decision.effects as Effect[]) {
      if (effect.type === 'assign-register-number') {
        const seq = await nextInSequence(tx, sequenceKey({ purpose: 'register', officeId: effect.officeId, kind: effect.intakeKind, year: effect.year }));
        extra.registerNumber = formatRegisterNumber({ sequence: seq, intakeKind: effect.intakeKind, election: next.election ?? 'pemilu', officeRegionCode: row.regionCode || null, registeredOn: effect.registeredOn });
        next = { ...next, machine: { ...next.machine, registeredAt: nowIso, registerNumber: extra.registerNumber } };
      }
      if (effect.type === 'delegate' || effect.type === 'transfer-office') {
        const target = await findOfficeById(tx, effect.toOfficeId);
        if (!target) throw new AppError('NOT_FOUND');
        extra.officeId = target.id;
        extra.regionCode = target.regionCode ?? '';
        next = { ...next, machine: { ...next.machine, officeId: target.id, officeRegionCode: target.regionCode } };
      }
      if (effect.type === 'link-case') extra.duplicateOfId = effect.caseId;
      if (effect.type === 'open-case') {
        const p = decision.payload as { summary?: string; foundOn?: string; reason?: string };
        const linked = await openLinkedCase(tx, { source: row, sourceRecord: next, kind: effect.intakeKind, summary: p.summary ?? p.reason ?? row.summary, foundOn: p.foundOn ?? null, now, calendar });
        opened.push(linked.id);
        next = { ...next, links: [...next.links, { relation: 'menjadi', caseId: linked.id }] };
      }
    }

    const updated = await updateCase(tx, row.id, {
      ...extra,
      ...derivedColumns(next, extra.regionCode !== undefined ? extra.regionCode || null : row.regionCode || null, row.eventRegionCode, calendar, now),
    });
    await appendAudit(tx, {
      actor: auditActor(actor),
      action: `case.${action}`,
      entityType: 'case',
      entityId: row.id,
      regionCode: updated.regionCode || null,
      summary: {
        from: decision.from,
        to: decision.to,
        payload: decision.payload,
        effects: decision.effects.map((e) => e.type),
        ...(extra.registerNumber ? { registerNumber: extra.registerNumber } : {}),
        ...(opened.length ? { opened } : {}),
      },
    });
    return { row: updated, opened };
  });
}
