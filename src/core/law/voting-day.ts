// Report reception on voting day: only between the regime's hours, local time of the office.
import { localDateOf, localInstant, parseInstant } from './dates.js';
import type { Flag, Regime } from './regime-types.js';
import { regionTimeZone, TIME_ZONES } from '../regions/time-zone.js';

export interface VotingDayReception {
  /** The instant falls on the regime's voting day, local time. */
  isVotingDay: boolean;
  /** On voting day and inside the reception hours (both ends inclusive). */
  withinWindow: boolean;
  localDate: string;
  window: { from: string; to: string };
  citation: string;
  flag?: Flag;
}

export function checkVotingDayReception(instant: string, regionCode: string, regime: Regime): VotingDayReception {
  const offset = TIME_ZONES[regionTimeZone(regionCode)].offsetMinutes;
  const ms = parseInstant(instant);
  const localDate = localDateOf(ms, offset);
  const setting = regime.settings.votingDayReception;
  const window = setting.value;
  const isVotingDay = localDate === regime.votingDay;
  const withinWindow =
    isVotingDay &&
    ms >= localInstant(localDate, window.from, offset) &&
    ms <= localInstant(localDate, window.to, offset);
  return {
    isVotingDay,
    withinWindow,
    localDate,
    window: { ...window },
    citation: setting.citation,
    ...(setting.flag ? { flag: setting.flag } : {}),
  };
}

/** True when `instant` is on the regime's voting day inside the reception hours of the region's zone. */
export function isWithinVotingDayWindow(instant: string, regionCode: string, regime: Regime): boolean {
  return checkVotingDayReception(instant, regionCode, regime).withinWindow;
}
