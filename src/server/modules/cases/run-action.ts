// One transition: read the case, let the state machine decide, then write what happened, the
// recomputed deadlines and the audit row in one statement that applies only if the case is still
// as read. If someone changed it in between, queue on the row lock, read again and decide again.
// Actions that write more than the case (a register number, a delegation, a linked case) run in
// one transaction. A refused or failed action changes nothing. With an If-Match condition, the
// case must still be at a revision the caller saw, each time it is decided (decision 018).
import { randomUUID } from 'node:crypto';
import { computeDeadline, getRegime, type Calendar } from '../../../core/law/index.js';
import { decideTransition, delegationTargetIssues, registerNumberShape, revisionAllows, type ActionPayloads, type CaseAction, type Effect, type RevisionCondition } from '../../../core/cases/index.js';
import { invitationWitnessIssues } from '../../../core/cases/contacts.js';
import type { Executor } from '../../db/client.js';
import { auditActor, type Actor } from '../../http/context.js';
import type { Deps } from '../../http/deps.js';
import { AppError } from '../../errors.js';
import { auditDraft } from '../audit/append-audit.js';
import { findOfficeById } from '../offices/offices.repository.js';
import { needsLetter } from '../../../core/cases/notices.js';
import { applyAction } from './apply-action.js';
import { clockRegion, decisionClocks } from './case-deadlines.js';
import { revisionOf, type CaseRecord } from './case-record.js';
import { CaseRefusedError } from './case-refused-error.js';
import { listsTheSame, lockCase, readCaseWithExtras, writeTransition, type CaseExtras, type CaseWithExtras, type Confirm } from './case-statements.js';
import type { CaseRow } from './cases.repository.js';
import { localDate, localIso } from './local-time.js';
import { openLinkedCase } from './open-linked-case.js';
import { claimKey, type KeyClaim } from './idempotency-keys.js';
import { derivedColumns } from './persist-case.js';
import { numberMarker, sequenceKey, type DrawnNumber } from './sequences.repository.js';

/**
 * Effects that write more than the case row: they need a transaction around the write. A register
 * number does not: the write statement draws it (drawNumberCtes).
 */
const TRANSACTIONAL_EFFECTS = new Set<Effect['type']>(['delegate', 'transfer-office', 'open-case']);
/** `replayed`: an Idempotency-Key an earlier request took this action with; nothing was written now. */
export type ActionResult = { row: CaseRow; opened: string[]; extras: CaseExtras; replayed?: boolean };

/** The case is no longer at a revision the caller's If-Match named: 412, nothing written. */
export class CaseChangedError extends AppError {
  constructor(
    readonly caseId: string,
    readonly revision: number,
    /** the case's clock region, for the time of the last action */
    readonly region: string,
  ) {
    super('CASE_CHANGED');
  }
}

/**
 * `read`: the case as the caller's request already read it through their scope
 * (readCaseWithSession). `ifMatch`: the revisions the caller acted on (If-Match). `key`: the
 * claim of the request's Idempotency-Key, which the write claims (or, on the locked path, the
 * first thing written).
 */
export async function runAction(deps: Deps, actor: Actor, caseId: string, action: CaseAction, payload: unknown, opts: { read?: CaseWithExtras; ifMatch?: RevisionCondition; key?: KeyClaim } = {}): Promise<ActionResult> {
  const { ifMatch } = opts;
  const calendar = await deps.calendar.current();
  const found = opts.read ?? (await readCaseWithExtras(deps.db, actor.scope, caseId));
  if (!found) throw new AppError('NOT_FOUND');
  if (opts.key) {
    // A keyed action is written in one statement like any other, which claims its key and applies
    // only while the key is unclaimed. Anything else (the key claimed already: a repeat; the
    // case changed; a refusal, which a repeat of a step taken would also meet) is decided again
    // on the locked case, where the key is looked up first.
    try {
      const written = await attemptAction(deps, actor, found.row, action, payload, calendar, { ifMatch, key: opts.key });
      if (written) return remember(deps, withExtras(written, found.extras));
    } catch (err) {
      if (!(err instanceof AppError || err instanceof CaseRefusedError)) throw err;
    }
    return keyedAction(deps, actor, caseId, action, payload, calendar, opts.key, ifMatch);
  }
  const written = await attemptAction(deps, actor, found.row, action, payload, calendar, { ifMatch });
  if (written) return remember(deps, withExtras(written, found.extras));
  // Someone changed the case in between: queue on its row lock, then read and decide again. Under
  // the lock the write cannot go stale, so a busy case never starves a caller.
  return deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId);
    const again = await readCaseWithExtras(tx, actor.scope, caseId);
    if (!again) throw new AppError('NOT_FOUND');
    const locked = await attemptAction(deps, actor, again.row, action, payload, calendar, { tx, ifMatch });
    if (!locked) throw new AppError('CASE_BUSY');
    return withExtras(locked, again.extras);
  }).then((result) => remember(deps, result));
}

/**
 * The action decided on the case as this process has it cached, for the session as cached
 * (decision 011): written only if the write confirms both. `undefined` when it did not (the case
 * changed, the session ended or changed, the scope no longer covers the case): nothing was
 * written, and the caller reads afresh and runs the action again. A refusal is thrown as usual;
 * the caller must not answer with it either, since it was decided on cached data.
 */
export async function runConfirmedAction(deps: Deps, actor: Actor, cached: CaseWithExtras, action: CaseAction, payload: unknown, confirm: Confirm, ifMatch?: RevisionCondition, key?: KeyClaim): Promise<ActionResult | undefined> {
  const calendar = await deps.calendar.current();
  const written = await attemptAction(deps, actor, cached.row, action, payload, calendar, { confirm, ifMatch, key });
  if (!written) {
    deps.caseCache.dropCase(cached.row.id);
    return undefined;
  }
  let result = withExtras(written, cached.extras);
  // Evidence, a document or a note added since (through another process): list them afresh. For
  // a receipt (no `confirm.list`), the cached list is kept as it was: unchecked, as it was before
  // this write, and checked by the next write that answers with the page.
  if (confirm.list && (!written.listed || !listsTheSame(result.extras, written.listed))) {
    const fresh = await readCaseWithExtras(deps.db, null, cached.row.id);
    if (fresh) result = { ...result, extras: fresh.extras };
  }
  return remember(deps, result);
}

/**
 * An action sent with an Idempotency-Key, in one transaction on the locked case: the key is claimed
 * first, then the action decided and written. A key claimed already (the same request sent again,
 * or sent twice at once: the lock makes the second wait for the first) is answered with the case as
 * it stands, `replayed`, and nothing is written, whatever the If-Match says. A refused action rolls
 * the claim back with it, so the key may be sent again once what was missing is done.
 */
async function keyedAction(deps: Deps, actor: Actor, caseId: string, action: CaseAction, payload: unknown, calendar: Calendar, key: KeyClaim, ifMatch: RevisionCondition | undefined): Promise<ActionResult> {
  const result = await deps.db.transaction(async (tx) => {
    await lockCase(tx, caseId);
    const found = await readCaseWithExtras(tx, actor.scope, caseId);
    if (!found) throw new AppError('NOT_FOUND');
    if (await claimKey(tx, 'action', key, caseId, deps.now())) return { row: found.row, opened: [], extras: found.extras, replayed: true };
    const written = await attemptAction(deps, actor, found.row, action, payload, calendar, { tx, ifMatch });
    if (!written) throw new AppError('CASE_BUSY');
    return withExtras(written, found.extras);
  });
  return remember(deps, result);
}

/** The case as just written, for the next action on it in this process. */
function remember(deps: Deps, result: ActionResult): ActionResult {
  deps.caseCache.putCase({ row: result.row, extras: result.extras });
  return result;
}

function withExtras(written: { row: CaseRow; opened: string[]; office: CaseExtras['office'] | undefined }, extras: CaseExtras): ActionResult {
  return { row: written.row, opened: written.opened, extras: written.office ? { ...extras, office: written.office } : extras };
}

const STALE = Symbol('stale');

/**
 * Decides on the row as read and writes; `undefined` when the case changed in between (or, with
 * `confirm`, when the session or the scope no longer hold). Inside `tx` (the case row locked) it
 * writes there; otherwise in one statement, or in a transaction of its own when the action writes
 * more than the case.
 */
async function attemptAction(deps: Deps, actor: Actor, row: CaseRow, action: CaseAction, payload: unknown, calendar: Calendar, opts: { tx?: Executor; confirm?: Confirm; ifMatch?: RevisionCondition | undefined; key?: KeyClaim | undefined } = {}) {
  const { tx, confirm, ifMatch, key } = opts;
  const now = deps.now();
  const record = row.facts as CaseRecord;
  // Checked on the row decided on: if it changes before the write, the write does not apply and
  // the caller decides again on the new row, checking again.
  const region = clockRegion(row.regionCode || null, row.eventRegionCode);
  if (ifMatch && !revisionAllows(ifMatch, revisionOf(record))) throw new CaseChangedError(row.id, revisionOf(record), region);
  const nowIso = localIso(now, region);
  const decision = decideTransition(record.machine, action, payload, { role: actor.role, officeId: actor.officeId }, nowIso, decisionClocks(row));
  if (!decision.ok) throw new CaseRefusedError(decision.code, decision.missing);
  if (action === 'undang-klarifikasi') {
    // A saksi's number must name a witness of the intake, of that name (the letter's address).
    const issues = invitationWitnessIssues(record.intake.witnesses, (decision.payload as ActionPayloads['undang-klarifikasi']).invitations);
    if (issues.length > 0) throw new AppError('VALIDATION_FAILED', issues.map((i) => ({ path: `body.${i.path}`, message: i.message })));
  }

  const regime = getRegime(row.regime);
  const today = localDate(now, region);
  const completionDue = action === 'minta-kelengkapan' ? computeDeadline(regime.clocks.completion, { regionCode: region, anchorDate: today, workWeek: regime.workWeek }, calendar).due : null;
  const applied = applyAction(record, action, decision.payload, decision.to, decision.effects, { now: nowIso, today, newId: randomUUID, completionDue });
  const effects = decision.effects as Effect[];

  const write = async (ex: Executor) => {
    let next = applied;
    const extra: { registerNumber?: string; officeId?: string; regionCode?: string; duplicateOfId?: string } = {};
    let office: CaseExtras['office'] | undefined;
    let number: DrawnNumber | undefined;
    const opened: string[] = [];
    for (const effect of effects) {
      if (effect.type === 'assign-register-number') {
        const shape = registerNumberShape({ intakeKind: effect.intakeKind, election: next.election ?? 'pemilu', officeRegionCode: row.regionCode || null, registeredOn: effect.registeredOn });
        number = { key: sequenceKey({ purpose: 'register', officeId: effect.officeId, kind: effect.intakeKind, year: effect.year }), shape, marker: numberMarker() };
        extra.registerNumber = number.marker;
        next = { ...next, machine: { ...next.machine, registeredAt: nowIso, registerNumber: number.marker } };
      }
      if (effect.type === 'delegate' || effect.type === 'transfer-office') {
        const target = await findOfficeById(ex, effect.toOfficeId);
        if (!target) throw new AppError('NOT_FOUND');
        // Only an office that handles violations receives a case (a delegation's office is named
        // by the request; a transfer's, by the delegation accepted).
        const issues = effect.type === 'delegate' ? delegationTargetIssues(target) : [];
        if (issues.length > 0) throw new CaseRefusedError('PRECONDITION_FAILED', issues);
        extra.officeId = target.id;
        extra.regionCode = target.regionCode ?? '';
        office = { id: target.id, name: target.name, regionCode: target.regionCode };
        const machine = { ...next.machine, officeId: target.id, officeRegionCode: target.regionCode };
        // The delegation names the receiving office's region as the office has it, not as sent.
        if (effect.type === 'delegate' && machine.delegation) machine.delegation = { ...machine.delegation, toOfficeRegionCode: target.regionCode };
        next = { ...next, machine };
      }
      if (effect.type === 'link-case') extra.duplicateOfId = effect.caseId;
      if (effect.type === 'open-case') {
        const p = decision.payload as { summary?: string; foundOn?: string; reason?: string };
        const linked = await openLinkedCase(ex, { source: row, sourceRecord: next, kind: effect.intakeKind, summary: p.summary ?? p.reason ?? row.summary, foundOn: p.foundOn ?? null, now, calendar });
        opened.push(linked.id);
        next = { ...next, links: [...next.links, { relation: 'menjadi', caseId: linked.id }] };
      }
    }
    const regionCode = extra.regionCode ?? row.regionCode;
    const updated = await writeTransition(ex, row, {
      id: row.id,
      version: row.version,
      values: {
        ...derivedColumns(next, regionCode || null, row.eventRegionCode, calendar, now, { record, regionCode: row.regionCode || null, deadlines: row.deadlines, deadlinesCalendar: row.deadlinesCalendar }),
        registerNumber: extra.registerNumber ?? row.registerNumber,
        officeId: extra.officeId ?? row.officeId,
        regionCode,
        duplicateOfId: extra.duplicateOfId ?? row.duplicateOfId,
      },
      updatedAt: now,
      // New notices have new ids: no document made so far carries them.
      owesNewNotice: (next.notices ?? []).slice((record.notices ?? []).length).some(needsLetter),
      audit: auditDraft({
        at: now,
        actor: auditActor(actor),
        action: `case.${action}`,
        entityType: 'case',
        entityId: row.id,
        // Where the step was taken: a delegation is the sending office's act, in its audit log,
        // though the case is the receiving office's from then on.
        regionCode: (effects.some((e) => e.type === 'delegate') ? row.regionCode : regionCode) || null,
        summary: {
          from: decision.from,
          to: decision.to,
          payload: decision.payload,
          effects: decision.effects.map((e) => e.type),
          ...(extra.registerNumber ? { registerNumber: extra.registerNumber } : {}),
          ...(opened.length ? { opened } : {}),
          // The office a delegation hands the case to, by name, for the history of both offices.
          ...(office ? { toOfficeName: office.name } : {}),
        },
      }),
    }, number, confirm, key);
    return updated && { row: updated.row, listed: updated.listed, opened, office };
  };

  if (tx) return write(tx);
  if (!effects.some((e) => TRANSACTIONAL_EFFECTS.has(e.type))) return write(deps.db);
  try {
    return await deps.db.transaction(async (tx) => {
      const written = await write(tx);
      if (!written) throw STALE; // roll back the register number or the linked case, then retry
      return written;
    });
  } catch (err) {
    if (err === STALE) return undefined;
    throw err;
  }
}
