// Presenters whitelist what leaves the server. The reporter's identity is never in these: it has
// its own endpoint, for the roles that need it, and every read is audited.
import { availableActions, checklistFor, isTerminal, STATES, statisticsOf, type CaseState, type ElectionKind } from '../../../core/cases/index.js';
import { getRegime } from '../../../core/law/index.js';
import type { IntakeKind } from '../../../core/cases/intake.js';
import { can, type Role } from '../../../core/access.js';
import { invitationName } from '../../../core/cases/pelapor-names.js';
import { letterAddressees, letterToPelapor, noticeProgress, type OwedNotice } from '../../../core/cases/notices.js';
import { DOCUMENT_TITLES, type DocumentKind } from '../documents/index.js';
import { isDeliverable } from '../../../core/cases/documents.js';
import type { OfficeRow } from '../offices/offices.repository.js';
import { clockRegion, clockStatus, runningClocks } from './case-deadlines.js';
import { revisionOf, type CaseRecord } from './case-record.js';
import type { CaseRow } from './cases.repository.js';
import { localIso, offsetOf } from './local-time.js';
import type { CaseExtras } from './case-statements.js';

type OfficeLite = Pick<OfficeRow, 'id' | 'name' | 'regionCode'>;

function running(row: CaseRow, now: Date) {
  const record = row.facts as CaseRecord;
  const deadlines = row.kind === 'informasi-awal' ? null : (row.deadlines as Parameters<typeof runningClocks>[2]);
  if (!deadlines || !('kajianAwal' in deadlines)) return [];
  const offset = offsetOf(clockRegion(row.regionCode || null, row.eventRegionCode));
  return runningClocks(row.state as CaseState, record, deadlines).map((c) => ({ ...c, status: clockStatus(c.due, now, offset) }));
}

export function presentSummary(row: CaseRow, office: OfficeLite, now: Date) {
  const record = row.facts as CaseRecord;
  const state = row.state as CaseState;
  const clocks = running(row, now);
  return {
    id: row.id,
    kind: row.kind as CaseRecord['machine']['kind'],
    regime: row.regime,
    election: (record.election ?? null) as ElectionKind | null,
    state,
    stateLabel: { id: STATES[state].label.id, en: STATES[state].label.en },
    terminal: isTerminal(state),
    statistics: [...statisticsOf(state, record.machine.kind)],
    receiptNumber: row.receiptNumber,
    registerNumber: row.registerNumber,
    office: { id: office.id, name: office.name, regionCode: office.regionCode },
    reportedPartyName: ((row.reported as { name?: string } | null)?.name ?? null) as string | null,
    receivedAt: localIso(row.receivedAt, clockRegion(row.regionCode || null, row.eventRegionCode)),
    registeredAt: record.machine.registeredAt,
    nextDue: clocks[0] ? { clock: clocks[0].clock, due: clocks[0].due } : null,
    clockStatus: clocks[0]?.status ?? null,
    reportedAgency: row.reportedAgency,
    assigneeId: row.assigneeId,
    duplicateOfId: row.duplicateOfId,
    revision: revisionOf(record),
  };
}

export function presentCase(
  row: CaseRow,
  office: OfficeLite,
  ctx: { now: Date; role: Role; officeId: string } & Omit<CaseExtras, 'office'>,
) {
  const record = row.facts as CaseRecord;
  const m = record.machine;
  const region = clockRegion(row.regionCode || null, row.eventRegionCode);
  const summary = presentSummary(row, office, ctx.now);
  const regimeKind = getRegime(row.regime).kind;
  const items = m.kind === 'informasi-awal' ? [] : checklistFor(m.kind, regimeKind);
  const results = new Map(m.checklist.map((c) => [c.itemId, c]));
  const mayReadReporter = can(ctx.role, 'cases.reporter');
  const deadlines = row.kind === 'informasi-awal' || !('kajianAwal' in (row.deadlines as object)) ? null : (row.deadlines as never);
  return {
    ...summary,
    checklist: items.map((item) => ({
      itemId: item.id,
      group: item.group,
      label: item.label,
      citation: item.citation,
      ...(item.flag ? { flag: item.flag } : {}),
      result: results.get(item.id)?.result ?? ('belum-dinilai' as const),
      ...(results.get(item.id)?.note ? { note: results.get(item.id)!.note! } : {}),
    })),
    deadlines,
    running: running(row, ctx.now),
    paused: record.pauses.some((p) => p.to === null),
    invitations: record.invitations.map((i) => ({ id: i.id, party: i.party, name: invitationName(i, mayReadReporter), scheduledAt: i.scheduledAt, witness: i.witness ?? null, hearing: i.hearing ? { heldAt: i.hearing.heldAt, attended: i.hearing.attended, minutesRef: i.hearing.minutesRef } : null })),
    kajian: record.kajian ? { actCodes: record.kajian.actCodes, otherBasis: record.kajian.otherBasis, conclusion: record.kajian.conclusion } : null,
    kajianText: record.kajian?.facts ?? null,
    decision: m.decision,
    forwardings: record.forwards.map((f) => ({ type: f.type, recipient: f.recipient, recipientName: f.recipientName, letterRef: f.letterRef, sentAt: f.at })),
    availableActions: availableActions(m, ctx.role, localIso(ctx.now, region), ctx.officeId).map((a) => ({ ...a, targets: [...a.targets] })),
    reportedParty: (row.reported as Record<string, unknown> | null) ?? null,
    event: { place: row.eventPlace, regionCode: row.eventRegionCode, occurredOn: row.occurredOn, knownOn: row.knownOn },
    summaryText: row.summary,
    // A kuasa sent outside the identity before that was refused: only for roles that read the reporter.
    intake: mayReadReporter || !('representative' in record.intake) ? record.intake : { ...record.intake, representative: null },
    hasReporter: ctx.hasReporter,
    hasContacts: record.hasContacts === true,
    links: record.links,
    closing: record.closing,
    evidence: ctx.evidence.map((e) => ({ id: e.id, label: e.label, mediaType: e.mediaType, sizeBytes: e.sizeBytes, sha256: e.sha256, sourceUrl: e.sourceUrl, capturedAt: e.capturedAt, createdAt: e.createdAt })),
    documents: ctx.documents.map((d) => presentDocument(d, row.kind, record.notices ?? [])),
    notices: noticeProgress(record.notices ?? [], ctx.documents),
    notes: ctx.notes.map((n) => ({ id: n.id, authorId: n.authorId, body: n.body, createdAt: n.createdAt })),
    version: row.version,
  };
}

/** The intake's answer (intakeCreateResponse): for a case just taken in, or the one a repeated key names. */
export function presentIntakeReceipt(row: Pick<CaseRow, 'id' | 'kind' | 'receiptNumber' | 'state' | 'receivedAt'>) {
  return { id: row.id, kind: row.kind as IntakeKind, receiptNumber: row.receiptNumber, state: row.state as CaseState, receivedAt: row.receivedAt.toISOString() };
}

/** The action's answer for a client that asked for no page (`Prefer: return=minimal`): caseActionReceipt. */
export function presentActionReceipt(row: CaseRow) {
  const record = row.facts as CaseRecord;
  return {
    id: row.id,
    state: row.state as CaseState,
    version: row.version,
    revision: revisionOf(record),
    registerNumber: row.registerNumber,
    invitations: record.invitations.map((i) => ({ id: i.id, party: i.party, scheduledAt: i.scheduledAt })),
    links: record.links,
  };
}

/**
 * One document of the case page (and of the answer that made it), for a case of `caseKind` owing
 * `owed`; its deliveries in the order of its addressees (the letter's own first).
 */
export function presentDocument(d: CaseExtras['documents'][number], caseKind: string, owed: readonly OwedNotice[]) {
  const addressees = letterAddressees(d, owed);
  const rank = (to: string | null | undefined) => (to ? addressees.indexOf(to as (typeof addressees)[number]) : -1);
  return {
    id: d.id,
    kind: d.kind,
    title: DOCUMENT_TITLES[d.kind as DocumentKind],
    number: d.number,
    version: d.version,
    sha256: d.sha256,
    personalData: d.personalData,
    toPelapor: letterToPelapor(caseKind, d, owed),
    emailedAt: d.emailedAt ?? null,
    deliverable: isDeliverable(d.kind),
    addressees,
    deliveries: [...(d.deliveries ?? [])].sort((a, b) => rank(a.to) - rank(b.to)).map((x) => ({ to: x.to ?? null, method: x.method, deliveredOn: x.deliveredOn, note: x.note, recordedAt: x.recordedAt })),
    createdAt: d.createdAt,
  };
}
