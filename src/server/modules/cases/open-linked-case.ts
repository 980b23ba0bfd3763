// A case opened from another: a withdrawn or unregistered report kept as informasi awal, or an
// informasi awal a supervisor turns into a temuan. Same transaction as the action that asks.
import { randomUUID } from 'node:crypto';
import { formatReceiptNumber, initialState, newCaseFacts } from '../../../core/cases/index.js';
import type { Calendar } from '../../../core/law/index.js';
import type { Executor } from '../../db/client.js';
import { clockRegion } from './case-deadlines.js';
import { emptyRecord, type CaseRecord } from './case-record.js';
import { insertCase, type CaseRow } from './cases.repository.js';
import { localDate, localIso } from './local-time.js';
import { derivedColumns } from './persist-case.js';
import { nextInSequence, receiptSequenceKey } from './sequences.repository.js';

export async function openLinkedCase(
  tx: Executor,
  opts: { source: CaseRow; sourceRecord: CaseRecord; kind: 'temuan' | 'informasi-awal'; summary: string; foundOn: string | null; now: Date; calendar: Calendar },
): Promise<CaseRow> {
  const { source, now } = opts;
  const region = clockRegion(source.regionCode || null, source.eventRegionCode);
  const id = randomUUID();
  const machine = newCaseFacts(
    {
      caseId: id,
      kind: opts.kind,
      regime: source.regime,
      officeId: source.officeId,
      officeRegionCode: source.regionCode || null,
      officeMemberCount: opts.sourceRecord.machine.officeMemberCount,
      receivedAt: localIso(now, region),
      reportedActorKind: opts.sourceRecord.machine.reportedActorKind,
    },
    initialState(opts.kind),
  );
  const record = emptyRecord(machine, {
    election: opts.sourceRecord.election,
    foundOn: opts.foundOn,
    knownOn: opts.sourceRecord.knownOn,
    intake: { derivedFrom: source.id, summary: opts.summary },
    links: [{ relation: 'berasal-dari', caseId: source.id }],
  });
  const year = Number(localDate(now, region).slice(0, 4));
  const seq = await nextInSequence(tx, receiptSequenceKey(source.regionCode || null, year));
  return insertCase(tx, {
    id,
    officeId: source.officeId,
    regionCode: source.regionCode,
    kind: opts.kind,
    regime: source.regime,
    receiptNumber: formatReceiptNumber({ sequence: seq, officeRegionCode: source.regionCode || null, receivedOn: localDate(now, region) }),
    receivedAt: now,
    knownOn: record.knownOn,
    occurredOn: source.occurredOn,
    eventRegionCode: source.eventRegionCode,
    eventPlace: source.eventPlace,
    summary: opts.summary.slice(0, 300),
    reported: source.reported,
    reportedAgency: source.reportedAgency,
    ...derivedColumns(record, source.regionCode || null, source.eventRegionCode, opts.calendar, now),
  });
}
