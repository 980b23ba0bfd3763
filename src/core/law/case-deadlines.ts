// Every applicable clock of one report, in the shape of POST /api/v1/law/deadlines.
import type { Calendar } from './calendar.js';
import { formatOffset, localDateOf, parseInstant } from './dates.js';
import { computeDeadline, isOnTime, type Deadline, type DeadlineFacts } from './deadlines.js';
import { getRegime } from './regimes.js';
import type { ClockAnchor, ClockRule, Counting, Flag, Regime } from './regime-types.js';
import { regionTimeZone, TIME_ZONES, type IndonesianTimeZone } from '../regions/time-zone.js';

export interface CaseDeadlinesInput {
  regime: string;
  regionCode: string;
  /** Day the violation became known (YYYY-MM-DD). */
  knownOn: string;
  /** ISO 8601 with offset. */
  receivedAt: string;
  registeredAt?: string;
  decidedAt?: string;
  /** More information was requested from the reporter: the decision clock is extended. */
  extended?: boolean;
  /** Day supervisors found the violation, for a temuan. */
  foundOn?: string;
}

export interface ClockEntry {
  lastDay: string;
  due: string;
  counting: Counting | 'hours';
  /** Days (or hours) counted. */
  amount: number;
  anchorDate: string;
  citation: string;
  provisional: boolean;
  flag?: Flag;
}

export interface DecisionEntry extends ClockEntry {
  /** Which fact started the clock; 'receivedAt' stands in when a Pemilu report has no registeredAt yet. */
  anchor: 'receivedAt' | 'registeredAt';
  extended: boolean;
  baseLastDay: string;
  baseDue: string;
  lastDayIfExtended: string;
  dueIfExtended: string;
  countingIfExtended: Counting;
  citationIfExtended: string;
  /** Present when decidedAt is given. */
  onTime?: boolean;
}

export interface CaseDeadlines {
  regime: string;
  regimeVersion: string;
  regionCode: string;
  timeZone: IndonesianTimeZone;
  utcOffset: string;
  /** Local date on which the report was received. */
  receivedOn: string;
  /** True when any clock crossed a year without official calendar data. */
  provisional: boolean;
  filing: ClockEntry & { onTime: boolean };
  temuan?: ClockEntry;
  kajianAwal: ClockEntry;
  noticeToComplete: ClockEntry;
  completion: ClockEntry;
  decision: DecisionEntry;
  criminalForwarding?: ClockEntry;
}

function entry(deadline: Deadline): ClockEntry {
  return {
    lastDay: deadline.lastDay,
    due: deadline.due,
    counting: deadline.counting,
    amount: deadline.amount,
    anchorDate: deadline.anchorDate,
    citation: deadline.citation,
    provisional: deadline.provisional,
    ...(deadline.flag ? { flag: deadline.flag } : {}),
  };
}

export function computeCaseDeadlines(
  input: CaseDeadlinesInput,
  calendar: Calendar,
  regime: Regime = getRegime(input.regime),
): CaseDeadlines {
  const zone = regionTimeZone(input.regionCode);
  const offset = TIME_ZONES[zone].offsetMinutes;
  const receivedOn = localDateOf(parseInstant(input.receivedAt), offset);
  const kajianAwalRule = regime.clocks.kajianAwal;
  const base: Omit<DeadlineFacts, 'anchorDate'> = { regionCode: input.regionCode, workWeek: regime.workWeek };

  const dateOf: Record<Exclude<ClockAnchor, 'stage'>, () => string | undefined> = {
    knownOn: () => input.knownOn,
    foundOn: () => input.foundOn,
    receivedAt: () => receivedOn,
    registeredAt: () => (input.registeredAt ? localDateOf(parseInstant(input.registeredAt), offset) : undefined),
    kajianAwalDue: () => clock(kajianAwalRule).lastDay,
    noticeDue: () => clock(regime.clocks.noticeToComplete).lastDay,
    decidedAt: () => (input.decidedAt ? localDateOf(parseInstant(input.decidedAt), offset) : undefined),
  };
  function clock(rule: ClockRule, extended = false, anchorDate?: string): Deadline {
    if (rule.anchor === 'stage') throw new Error('a Gakkumdu stage is not a case clock');
    const anchor = anchorDate ?? dateOf[rule.anchor]();
    if (!anchor) throw new Error(`${rule.id}: missing ${rule.anchor}`);
    return computeDeadline(rule, { ...base, anchorDate: anchor, extended }, calendar);
  }

  const filing = clock(regime.clocks.filing);
  const decisionRule = regime.clocks.decision;
  const decisionAnchor = decisionRule.anchor === 'registeredAt' && input.registeredAt ? 'registeredAt' : 'receivedAt';
  const decisionDate = dateOf[decisionAnchor]();
  const baseDecision = clock(decisionRule, false, decisionDate);
  const extendedDecision = clock(decisionRule, true, decisionDate);
  const applied = input.extended ? extendedDecision : baseDecision;

  const decision: DecisionEntry = {
    ...entry(applied),
    anchor: decisionAnchor,
    extended: Boolean(input.extended),
    baseLastDay: baseDecision.lastDay,
    baseDue: baseDecision.due,
    lastDayIfExtended: extendedDecision.lastDay,
    dueIfExtended: extendedDecision.due,
    countingIfExtended: extendedDecision.counting === 'hours' ? 'calendar' : extendedDecision.counting,
    citationIfExtended: extendedDecision.citation,
    ...(input.decidedAt ? { onTime: isOnTime(input.decidedAt, applied) } : {}),
  };

  const result: CaseDeadlines = {
    regime: regime.id,
    regimeVersion: regime.version,
    regionCode: input.regionCode,
    timeZone: zone,
    utcOffset: formatOffset(offset),
    receivedOn,
    provisional: false,
    filing: { ...entry(filing), onTime: isOnTime(input.receivedAt, filing) },
    ...(input.foundOn ? { temuan: entry(clock(regime.clocks.temuan)) } : {}),
    kajianAwal: entry(clock(kajianAwalRule)),
    noticeToComplete: entry(clock(regime.clocks.noticeToComplete)),
    completion: entry(clock(regime.clocks.completion)),
    decision,
  };
  if (input.decidedAt) {
    const forwarding = regime.clocks.criminalForwarding;
    result.criminalForwarding = entry(
      computeDeadline(forwarding, { ...base, anchorInstant: input.decidedAt }, calendar),
    );
  }
  result.provisional = [result.filing, result.kajianAwal, result.decision, extendedDecision, result.completion].some(
    (e) => e.provisional,
  );
  return result;
}
