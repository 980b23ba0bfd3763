// The shape of a legal regime: one election law with its Bawaslu regulation, stated as data.
// A regime names its clocks (each with its duration, its counting and its article), its
// settings (where the law is uncertain, with a flag the UI shows) and the Sentra Gakkumdu
// stages. A new election (pilkada-2029) is a new value of this type, not new code.
import type { WorkWeekPolicy } from './calendar.js';

export type Counting = 'calendar' | 'working';
/** Confidence of the domain reference: Confirmed, Secondary, Unconfirmed, sources conflict. */
export type Confidence = 'C' | 'S' | 'U' | '!';
/** Shown by the UI on every rule that is a configurable default rather than settled law. */
export type Flag = 'U' | '!';

export const CLOCK_IDS = [
  'filing',
  'temuan',
  'kajianAwal',
  'noticeToComplete',
  'completion',
  'decision',
  'criminalForwarding',
] as const;
export type ClockId = (typeof CLOCK_IDS)[number];

/** What starts a clock. Dates are local dates of the office's region. */
export type ClockAnchor =
  | 'knownOn' // the day the violation became known
  | 'foundOn' // the day supervisors found it (temuan)
  | 'receivedAt' // the report was received
  | 'registeredAt' // the report was registered (registrasi)
  | 'kajianAwalDue' // end of the kajian awal
  | 'noticeDue' // the reporter was told to complete the report
  | 'decidedAt' // the plenary decision (pleno)
  | 'stage'; // a Gakkumdu stage: the event named in anchorId/anchorEn

export interface LegalBasis {
  citation: string;
  /** Where the text (or the statement relied upon) was read. */
  source: string;
  confidence: Confidence;
  flag?: Flag;
  noteEn?: string;
}

interface RuleBase extends LegalBasis {
  id: string;
  nameId: string;
  nameEn: string;
  anchor: ClockAnchor;
}

/** Extra time: 'add' counts more days from the base deadline; 'replace' recounts from the anchor. */
export interface ExtensionRule extends LegalBasis {
  mode: 'add' | 'replace';
  days: number;
  counting: Counting;
}

export interface DayRule extends RuleBase {
  unit: 'days';
  days: number;
  counting: Counting;
  extension?: ExtensionRule;
}

export interface HourRule extends RuleBase {
  unit: 'hours';
  hours: number;
}

export type ClockRule = DayRule | HourRule;

export interface GakkumduStageRule extends DayRule {
  anchor: 'stage';
  anchorId: string;
  anchorEn: string;
}

/** A value the law leaves open or states uncertainly, with its cited default. */
export interface Setting<T> extends LegalBasis {
  value: T;
}

export interface RegimeSettings {
  cutiBersamaIsWorkingDay: Setting<boolean>;
  weekendDays: Setting<number[]>;
  /** Local hours during which reports are received on voting day, 'HH:mm' inclusive. */
  votingDayReception: Setting<{ from: string; to: string }>;
}

export interface Regime {
  id: string;
  kind: 'pemilu' | 'pilkada';
  /** Bumped when a rule of the regime changes, so stored deadlines know what they were computed with. */
  version: string;
  nameId: string;
  nameEn: string;
  instruments: string[];
  votingDay: string;
  votingDayDecree: string;
  campaignPeriod: { from: string; to: string; source: string };
  settings: RegimeSettings;
  /** Derived from the settings: how working days are counted. */
  workWeek: WorkWeekPolicy;
  clocks: Record<ClockId, ClockRule>;
  gakkumdu: GakkumduStageRule[];
}

export type RegimeSpec = Omit<Regime, 'workWeek'>;

/** Completes a regime: the work week follows from its settings. */
export function defineRegime(spec: RegimeSpec): Regime {
  return {
    ...spec,
    workWeek: {
      weekendDays: [...spec.settings.weekendDays.value],
      cutiBersamaIsWorkingDay: spec.settings.cutiBersamaIsWorkingDay.value,
    },
  };
}
