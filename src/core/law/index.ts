// Public surface of the law engine: regimes and their clocks, the official calendar, deadlines,
// the catalogue of prohibited acts, the assessment of a case and its recipients. Pure functions
// over data; the server and the web import from here only.
export {
  REGIMES,
  REGIME_IDS,
  CLOCK_IDS,
  findRegime,
  getRegime,
  withOverrides,
  type Regime,
  type RegimeOverrides,
  type ClockId,
  type ClockRule,
  type DayRule,
  type HourRule,
  type GakkumduStageRule,
  type Counting,
  type Confidence,
  type Flag,
  type Setting,
} from './regimes.js';
export {
  OFFICIAL_CALENDAR,
  CALENDAR_ENTRY_KINDS,
  DEFAULT_WORK_WEEK,
  buildCalendar,
  calendarYear,
  isWorkingDay,
  isYearCovered,
  nextWorkingDay,
  nonWorkingReason,
  type Calendar,
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarYear,
  type WorkWeekPolicy,
} from './calendar.js';
export { addDays, isIsoDate, isIsoInstant, localDateOf } from './dates.js';
export { computeDeadline, countDays, isOnTime, type Deadline, type DeadlineFacts, type Pause } from './deadlines.js';
export {
  computeCaseDeadlines,
  type CaseDeadlines,
  type CaseDeadlinesInput,
  type ClockEntry,
  type DecisionEntry,
} from './case-deadlines.js';
export { computeGakkumduStage, findGakkumduStage, gakkumduStages, type GakkumduStageFacts } from './gakkumdu.js';
export { checkVotingDayReception, isWithinVotingDayWindow, type VotingDayReception } from './voting-day.js';
export {
  CATALOGUE,
  ACT_CODES,
  SKB_2022,
  findAct,
  offencesFor,
  type DisciplineLevel,
  type ProhibitedAct,
} from './catalogue.js';
export { ACTOR_KINDS, CRIMINAL_ARTICLES, type ActorKind, type CriminalArticle } from './criminal-articles.js';
export { assessViolation, type AssessInput, type Assessment, type CriminalExposure } from './assess.js';
export {
  RECIPIENT_IDS,
  RECIPIENT_KINDS,
  RECIPIENT_NAMES,
  RECIPIENT_PERIODS,
  recipientFor,
  type RecipientId,
  type RecipientKind,
  type RecipientPeriod,
} from './recipients.js';
